import { eq } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { UiLanguage } from '../../core/common/languages.ts';
import { builtInIndicator } from '../../core/indicators/built-in.ts';
import { effectiveThreshold } from '../../core/disclosure/suppression.ts';
import type { Tx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ProgrammeProgress } from '../../shared/schemas/programmes.ts';
import { changeOf } from '../export/table.ts';
import { programmesProgressFor } from '../programmes/progress-read.ts';
import { activitiesInYear, yearFigures, type YearFigures } from './figures.ts';
import { narrativesFor } from './narratives.ts';
import { reportSurvey, responsesByYear, visitorProfileScope } from './survey.ts';

type Figures = YearFigures & { responses: [number, number] };
/** The key figures of the report, in order, and how to read each (this year, the year before). */
const KEY_FIGURES: readonly [string, (f: Figures) => [number, number]][] = [
  ['contacts_total', (f) => [f.total, f.previousTotal]],
  ['individual_advice', (f) => [f.byType.individual_advice, f.previousByType.individual_advice]],
  [
    'documentation_centre_visits',
    (f) => [f.byType.documentation_centre, f.previousByType.documentation_centre],
  ],
  [
    'collective_participants',
    (f) => [f.byType.collective_activity, f.previousByType.collective_activity],
  ],
  ['collective_sessions', (f) => f.sessions],
  ['event_reached', (f) => [f.byType.event, f.previousByType.event]],
  ['events_count', (f) => f.events],
  ['outreach_reached', (f) => [f.byType.outreach, f.previousByType.outreach]],
  ['outreach_trips', (f) => f.trips],
  ['survey_responses', (f) => f.responses],
];

/**
 * A figure beside last year's: previous, change and change in % (one decimal) are null when
 * the previous year has no data for it (`hadData` false); the % is also null from zero.
 */
export function comparison(value: number, previous: number, hadData: boolean) {
  if (!hadData) return { previousYear: null, change: null, changePercent: null };
  const { change, percent } = changeOf(value, previous);
  return { previousYear: previous, change, changePercent: percent };
}

function shares(counts: Record<string, number>): Record<string, number> {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return Object.fromEntries(
    Object.entries(counts).map(([key, n]) => [
      key,
      total === 0 ? 0 : Math.round((n / total) * 10_000) / 10_000,
    ]),
  );
}

/** The contract's programme targets from the progress of the organisation's programmes. */
export function reportProgrammes(
  progress: readonly ProgrammeProgress[],
  language: UiLanguage,
): AnnualReport['programmes'] {
  return progress.map(({ programme, targets }) => ({
    id: programme.id,
    name: programme.name,
    targets: targets.map((t) => ({
      indicator: t.target.indicator,
      indicatorLabel: t.target.indicatorLabels[language],
      target: t.target.target,
      actual: t.actual,
      deadline: t.target.deadline,
      forecast: t.forecast,
      status: t.status,
      shareDone: t.shareDone,
      shareElapsed: t.shareElapsed,
      partner: t.target.partner?.name ?? null,
    })),
  }));
}

/**
 * The annual report of an organisation for `year` in `language` (the JSON contract): figures
 * from the indicator engine, the visitor profile suppressed as in the questionnaire results,
 * programme progress as of `asOf` (YYYY-MM-DD) and the edition's narratives. A year without
 * contacts, activities or answers gives a report of zeros with `empty: true`. `tx` carries
 * the organisation's context.
 */
export async function buildAnnualReport(
  tx: Tx,
  organisationId: string,
  year: number,
  language: UiLanguage,
  asOf: string,
  generatedAt: Date = new Date(),
): Promise<AnnualReport> {
  const [organisation] = await tx
    .select({
      slug: organisations.slug,
      name: organisations.name,
      threshold: organisations.smallCellThreshold,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw new AppError('NOT_FOUND');
  const scope = await visitorProfileScope(tx, organisationId, generatedAt);
  const f: Figures = {
    ...(await yearFigures(tx, organisationId, year)),
    responses: await responsesByYear(tx, scope, year),
  };
  const empty =
    f.total === 0 &&
    f.responses[0] === 0 &&
    (await activitiesInYear(tx, organisationId, year)) === 0;
  // Programmes running some time in the report's year (a 2010 report lists none of 2024–2027).
  const programmes = reportProgrammes(
    (await programmesProgressFor(tx, organisationId, asOf)).filter(
      ({ programme }) =>
        programme.periodStart <= `${year}-12-31` && programme.periodEnd >= `${year}-01-01`,
    ),
    language,
  );
  const narratives = await narrativesFor(tx, organisationId, year, language);
  // Last: the results code turns nested loops off for the rest of the transaction.
  const survey = await reportSurvey(
    tx,
    scope,
    year,
    effectiveThreshold(organisation.threshold),
    f.responses[0],
  );
  // The year in progress shows its responses as the survey section publishes them.
  if (survey.protection?.method === 'cell_key') f.responses[0] = survey.responses;
  const hadContacts = f.previousTotal > 0;
  const keyFigures = KEY_FIGURES.map(([code, read]) => {
    const [value, previous] = read(f);
    const hadData = code === 'survey_responses' ? f.responses[1] > 0 : hadContacts;
    return {
      indicator: code,
      label: builtInIndicator(code)!.labels[language],
      value,
      ...comparison(value, previous, hadData),
    };
  });
  const participants = f.byType.collective_activity;
  return {
    organisation: organisation.slug,
    organisationName: organisation.name,
    year,
    language,
    generatedAt: generatedAt.toISOString(),
    empty,
    contacts: {
      total: f.total,
      ...comparison(f.total, f.previousTotal, hadContacts),
      byType: f.byType,
      byTheme: f.byTheme,
      byLanguage: f.byLanguage,
      byMonth: f.byMonth,
    },
    collectiveActivities: {
      participants,
      sessions: f.sessions[0],
      byLanguage: f.collectiveByLanguage,
      shareByLanguage: shares(f.collectiveByLanguage),
    },
    events: { count: f.events[0], reached: f.byType.event },
    outreach: { trips: f.trips[0], reached: f.byType.outreach },
    targetGroups: f.targetGroups,
    survey,
    programmes,
    keyFigures,
    narratives,
  };
}
