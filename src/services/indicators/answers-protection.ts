import { sql } from 'drizzle-orm';
import { publishedPeriod, yearIsOver } from '../../core/disclosure/periods.ts';
import {
  monthSizes,
  protect,
  protectionOf,
  withheldBy,
  type DisclosureRules,
  type Protection,
  type WithheldReason,
} from '../../core/disclosure/protect.ts';
import { effectiveThreshold, isSmall } from '../../core/disclosure/suppression.ts';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { countAnswerCells } from './answers.ts';
import type { Grouped } from './sql.ts';

/**
 * Questionnaire answers through the indicator engine are published like the questionnaire's
 * own results (decisions 0006 and 0008): whole months, never the month in progress; a view
 * next to a small group (its first or last month, one value of a filter, the same without
 * one filter, the rest of a year that is over) is withheld; small counts are hidden and the
 * shown ones perturbed by their cell keys. Without this, a one-day evaluation, or filters
 * ["female"] beside ["female", "other"], would show one visitor's answers.
 */
export interface ProtectedAnswers extends Grouped {
  /** The total is hidden (reported as 0). */
  suppressed: boolean;
  /** Groups left out because they were small or could give a small one away. */
  hiddenGroups: number;
  protection: Protection;
  /** The period actually counted. */
  period: { from: string; to: string };
}

/** The organisation's small-cell threshold (never below 3). */
async function thresholdOf(tx: Executor, organisationId: string): Promise<number> {
  const result = await tx.execute(
    sql`SELECT small_cell_threshold AS t FROM organisations WHERE id = ${organisationId}`,
  );
  return effectiveThreshold(rowsOf<{ t: number }>(result)[0]?.t);
}

/**
 * Why the evaluation must show nothing, if it must (see `withheldBy`). Every size is a number
 * of respondents (the answer rows of one person can be many), and every month is checked in
 * the evaluation's population and in all the answers of its questionnaires: a small month of
 * the whole would otherwise show as "withheld" under a filter its few people match and "0"
 * under one they do not.
 */
async function withheld(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  period: { from: string; to: string; zone: string },
  respondents: number,
  today: string,
  threshold: number,
): Promise<WithheldReason | null> {
  const people: IndicatorDefinition = {
    ...def,
    measure: 'count_distinct',
    distinctField: 'response',
  };
  const count = (d: IndicatorDefinition, p: typeof period, key?: string) =>
    countAnswerCells(tx, organisationId, d, p, key);
  const checks: { reason: WithheldReason; size: number }[] = [];
  const sizesByMonth = async (d: IndicatorDefinition) =>
    new Map(
      [...(await count(d, period, 'month')).respondents.groups].map(([k, n]) => [k ?? '', n]),
    );
  const byMonth = await sizesByMonth(people);
  const everyone = { ...people, filters: people.filters.filter((f) => f.field === 'survey') };
  for (const sizes of [byMonth, await sizesByMonth(everyone)])
    for (const size of monthSizes(sizes)) checks.push({ reason: 'period_edge', size });
  for (const [i, filter] of people.filters.entries()) {
    if (filter.values.length > 1) {
      const byValue = await count(people, period, filter.field);
      for (const n of byValue.respondents.groups.values())
        checks.push({ reason: 'filter_value', size: n });
    }
    const without = { ...people, filters: people.filters.filter((_, j) => j !== i) };
    checks.push({
      reason: 'subgroup_rest',
      size: (await count(without, period)).respondents.total - respondents,
    });
  }
  // The rest of a year that is over, whose exact figures the annual report publishes.
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  for (let year = first; year <= last; year += 1) {
    if (!yearIsOver(year, today)) continue;
    const whole = await count(people, {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      zone: period.zone,
    });
    let inView = 0;
    for (const [month, n] of byMonth) if (month.startsWith(`${year}-`)) inView += n;
    checks.push({ reason: 'published_year', size: whole.respondents.total - inView });
  }
  return withheldBy(checks, threshold);
}

/** Counts, guards and protects one evaluation of the `survey_answers` source. */
export async function evaluateAnswersProtected(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  options: {
    from: string;
    to: string;
    breakdown?: string | undefined;
    today: string;
    zone: string;
  },
): Promise<ProtectedAnswers> {
  const threshold = await thresholdOf(tx, organisationId);
  const rules: DisclosureRules = { threshold, mode: 'perturbed' };
  const published = publishedPeriod(options.from, options.to, options.today);
  const period = { from: published.from!, to: published.to, zone: options.zone };
  const counted = await countAnswerCells(tx, organisationId, def, period, options.breakdown);
  const reason = await withheld(
    tx,
    organisationId,
    def,
    period,
    counted.respondents.total,
    options.today,
    threshold,
  );
  const groups = [...counted.groups];
  // Groups add up to the total unless they count respondents per question or option (one
  // respondent may tick several): then each is only bounded by it.
  const additive =
    def.measure === 'count' || (options.breakdown !== 'option' && options.breakdown !== 'question');
  const cells = [counted.total, ...groups.map(([, cell]) => cell)];
  const shown = protect(
    {
      cells,
      lines: groups.length ? [{ total: 0, parts: groups.map((_, i) => i + 1), additive }] : [],
      // A count of answer rows is hidden when it stands for fewer than threshold people.
      alsoHide: [
        isSmall(counted.respondents.total, threshold),
        ...groups.map(([key]) => isSmall(counted.respondents.groups.get(key) ?? 0, threshold)),
      ],
      hideAll: reason !== null,
    },
    rules,
  );
  const visible = groups
    .map(([key], i) => ({ key, value: shown[i + 1]!.value, hidden: shown[i + 1]!.hidden }))
    .filter((g) => !g.hidden)
    .map((g) => ({ key: g.key, value: g.value! }));
  return {
    total: shown[0]!.value ?? 0,
    groups: shown[0]!.hidden ? [] : visible,
    suppressed: shown[0]!.hidden,
    // A hidden total hides how many groups there were too (how many options one person ticked).
    hiddenGroups: shown[0]!.hidden ? 0 : groups.length - visible.length,
    protection: protectionOf(rules, reason),
    period: { from: period.from, to: period.to },
  };
}
