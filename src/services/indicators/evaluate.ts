import { sql } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import { DEFAULT_TIME_ZONE } from '../../core/common/time.ts';
import { daysBetweenInclusive } from '../../core/contacts/dates.ts';
import {
  checkDefinition,
  fieldOf,
  type DefinitionIssue,
  type IndicatorDefinition,
} from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { MAX_PERIOD_DAYS } from '../contacts/stats.ts';
import { evaluateContactsRaw } from './contacts.ts';
import { evaluateContactsFromSummary } from './contacts-rollup.ts';
import type { Protection } from '../../core/disclosure/protect.ts';
import { evaluateAnswersProtected } from './answers-protection.ts';
import { evaluateActivities } from './other-sources.ts';
import { sortGroups } from './sql.ts';

/** A period (calendar days in the organisation's zone, inclusive) and at most one breakdown. */
export interface EvaluateOptions {
  from: string;
  to: string;
  breakdown?: string | undefined;
  /**
   * Today in the organisation's zone; required for questionnaire answers (the month in
   * progress is never counted).
   */
  today?: string | undefined;
}

export interface Evaluation {
  value: number;
  /** Per value of the breakdown (largest first; date parts in date order); key null = no value. */
  groups: { key: string | null; value: number }[];
  /** Questionnaire answers only: the total is hidden as a small cell (value 0). */
  suppressed?: boolean;
  /** Questionnaire answers only: groups left out as small cells. */
  hiddenGroups?: number;
  /** Questionnaire answers only: how the figures are protected. */
  protection?: Protection;
  /** Questionnaire answers only: the period counted (whole months, none in progress). */
  period?: { from: string; to: string };
}

/** Refuses a bad definition, period or breakdown with field issues (VALIDATION_FAILED). */
export function checkEvaluation(definition: IndicatorDefinition, options: EvaluateOptions): void {
  const issues: DefinitionIssue[] = checkDefinition(definition);
  if (options.breakdown !== undefined && !fieldOf(definition.source, options.breakdown)?.breakdown)
    issues.push({ path: 'breakdown', code: 'unknown_field', params: { field: options.breakdown } });
  if (options.to < options.from) issues.push({ path: 'to', code: 'period_reversed' });
  else if (daysBetweenInclusive(options.from, options.to) > MAX_PERIOD_DAYS)
    issues.push({ path: 'to', code: 'period_too_long', params: { maximum: MAX_PERIOD_DAYS } });
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
}

async function zoneOf(tx: Executor, organisationId: string): Promise<string> {
  const result = await tx.execute(
    sql`SELECT time_zone FROM organisations WHERE id = ${organisationId}`,
  );
  return rowsOf<{ time_zone: string }>(result)[0]?.time_zone ?? DEFAULT_TIME_ZONE;
}

/**
 * Evaluates a definition in SQL for the organisation whose row-level-security context `tx`
 * carries (`organisationId` must be that organisation; every query also filters on it).
 * Checks the definition, the period (≤ MAX_PERIOD_DAYS) and the breakdown (any breakdown
 * field of the source) first. Contacts are read from the daily summary where it holds the
 * answer exactly, else from the contacts themselves. CONTRACT for programmes and reports.
 */
export async function evaluateDefinition(
  tx: Executor,
  organisationId: string,
  definition: IndicatorDefinition,
  options: EvaluateOptions,
): Promise<Evaluation> {
  checkEvaluation(definition, options);
  const { from, to, breakdown } = options;
  let result;
  if (definition.source === 'contacts') {
    result = await evaluateContactsFromSummary(tx, organisationId, definition, from, to, breakdown);
    result ??= await evaluateContactsRaw(tx, organisationId, definition, from, to, breakdown);
  } else if (definition.source === 'activities') {
    const period = { from, to, zone: await zoneOf(tx, organisationId) };
    result = await evaluateActivities(tx, organisationId, definition, period, breakdown);
  } else {
    if (!options.today) throw new Error('evaluating questionnaire answers needs today');
    const safe = await evaluateAnswersProtected(tx, organisationId, definition, {
      from,
      to,
      breakdown,
      today: options.today,
      zone: await zoneOf(tx, organisationId),
    });
    return {
      value: safe.total,
      groups: sortGroups(safe.groups, breakdown),
      suppressed: safe.suppressed,
      hiddenGroups: safe.hiddenGroups,
      protection: safe.protection,
      period: safe.period,
    };
  }
  return { value: result.total, groups: sortGroups(result.groups, breakdown) };
}

/** The same evaluation always from the raw contacts (tests prove both paths agree). */
export async function evaluateContactsWithoutSummary(
  tx: Executor,
  organisationId: string,
  definition: IndicatorDefinition,
  options: EvaluateOptions,
): Promise<Evaluation> {
  checkEvaluation(definition, options);
  const result = await evaluateContactsRaw(
    tx,
    organisationId,
    definition,
    options.from,
    options.to,
    options.breakdown,
  );
  return { value: result.total, groups: sortGroups(result.groups, options.breakdown) };
}
