import { CONTACT_TYPES } from '../../core/contacts/model.ts';
import { builtInIndicator } from '../../core/indicators/built-in.ts';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import { evaluateDefinition, type Evaluation } from '../indicators/evaluate.ts';

type ContactTypeCounts = AnnualReport['contacts']['byType'];

/** Everything the annual report counts with the indicator engine, for a year and the one before. */
export interface YearFigures {
  total: number;
  previousTotal: number;
  byType: ContactTypeCounts;
  previousByType: ContactTypeCounts;
  byTheme: Record<string, number>;
  byLanguage: Record<string, number>;
  byMonth: Record<string, number>;
  targetGroups: Record<string, number>;
  collectiveByLanguage: Record<string, number>;
  /** Distinct activities with contacts (sessions, events, trips): this year and the one before. */
  sessions: [number, number];
  events: [number, number];
  trips: [number, number];
}

const definition = (code: string): IndicatorDefinition => {
  const indicator = builtInIndicator(code);
  if (!indicator) throw new Error(`built-in indicator ${code} is missing`);
  return indicator;
};

/**
 * Distinct activities of the contacts, broken down by type: collective_sessions, events_count
 * and outreach_trips (the same measure, each filtered on one type) in one evaluation.
 */
const ACTIVITIES_BY_TYPE: IndicatorDefinition = {
  source: 'contacts',
  measure: 'count_distinct',
  distinctField: 'activity',
  filters: [],
  breakdowns: ['type'],
};

const ALL_ACTIVITIES: IndicatorDefinition = {
  source: 'activities',
  measure: 'count',
  filters: [],
  breakdowns: [],
};

/** Activities of any status dated in the year (planned ones included). */
export async function activitiesInYear(
  tx: Executor,
  organisationId: string,
  year: number,
): Promise<number> {
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  return (await evaluateDefinition(tx, organisationId, ALL_ACTIVITIES, period)).value;
}

/** Groups as a map; a group without a value (null or '') is kept as '' unless `dropEmpty`. */
function mapOf(evaluation: Evaluation, dropEmpty = false): Record<string, number> {
  const out: Record<string, number> = {};
  for (const group of evaluation.groups) {
    const key = group.key ?? '';
    if (key === '' && dropEmpty) continue;
    if (group.value === 0) continue;
    out[key] = (out[key] ?? 0) + group.value;
  }
  return out;
}

function typesOf(evaluation: Evaluation): ContactTypeCounts {
  const byType = Object.fromEntries(CONTACT_TYPES.map((type) => [type, 0])) as ContactTypeCounts;
  for (const group of evaluation.groups)
    if (group.key && group.key in byType)
      byType[group.key as keyof ContactTypeCounts] += group.value;
  return byType;
}

const valueOf = (evaluation: Evaluation, key: string) =>
  evaluation.groups.find((g) => g.key === key)?.value ?? 0;

/** The twelve months of the year (YYYY-MM), zeros included. */
export function monthsOfYear(year: number, counts: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let m = 1; m <= 12; m += 1) {
    const key = `${year}-${String(m).padStart(2, '0')}`;
    out[key] = counts[key] ?? 0;
  }
  return out;
}

/**
 * Counts the report's figures with the indicator engine: one evaluation per breakdown (the
 * contacts' daily summary answers all but the collective participants per language). `tx`
 * carries the organisation's context.
 */
export async function yearFigures(
  tx: Executor,
  organisationId: string,
  year: number,
): Promise<YearFigures> {
  const current = { from: `${year}-01-01`, to: `${year}-12-31` };
  const previous = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const run = (code: string, options: { from: string; to: string; breakdown?: string }) =>
    evaluateDefinition(tx, organisationId, definition(code), options);
  const types = await run('contacts_total', { ...current, breakdown: 'type' });
  const previousTypes = await run('contacts_total', { ...previous, breakdown: 'type' });
  const themes = await run('contacts_total', { ...current, breakdown: 'theme' });
  const languages = await run('contacts_total', { ...current, breakdown: 'language' });
  const months = await run('contacts_total', { ...current, breakdown: 'month' });
  const tags = await run('contacts_total', { ...current, breakdown: 'tag' });
  const collective = await run('collective_participants', { ...current, breakdown: 'language' });
  const activities = await evaluateDefinition(tx, organisationId, ACTIVITIES_BY_TYPE, {
    ...current,
    breakdown: 'type',
  });
  const previousActivities = await evaluateDefinition(tx, organisationId, ACTIVITIES_BY_TYPE, {
    ...previous,
    breakdown: 'type',
  });
  const pair = (type: string): [number, number] => [
    valueOf(activities, type),
    valueOf(previousActivities, type),
  ];
  const monthCounts: Record<string, number> = {};
  for (const group of months.groups)
    if (group.key) monthCounts[group.key.slice(0, 7)] = group.value;
  return {
    total: types.value,
    previousTotal: previousTypes.value,
    byType: typesOf(types),
    previousByType: typesOf(previousTypes),
    byTheme: mapOf(themes),
    byLanguage: mapOf(languages),
    byMonth: monthsOfYear(year, monthCounts),
    targetGroups: mapOf(tags, true),
    collectiveByLanguage: mapOf(collective),
    sessions: pair('collective_activity'),
    events: pair('event'),
    trips: pair('outreach'),
  };
}
