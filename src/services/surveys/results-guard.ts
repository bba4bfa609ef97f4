import { sql } from 'drizzle-orm';
import { yearIsOver } from '../../core/disclosure/periods.ts';
import {
  monthSizes,
  withheldBy,
  type DisclosureRules,
  type WithheldReason,
} from '../../core/disclosure/protect.ts';
import { VISITOR_PROFILE_TEMPLATE } from '../../core/surveys/visitor-profile.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { filteredResponses, type ResponseFilter } from './filters.ts';
import {
  countResponses,
  countsOf,
  optionId,
  type AnswerCounts,
  type ResponseCounts,
} from './results-counts.ts';
import type { SurveyScope } from './results-scope.ts';

/**
 * Which views a user could ask for next to this one, and by how many respondents they
 * differ (decision 0008). Perturbation hides small differences between large cells, but the
 * same records always show the same value: a view that differs from another by a small
 * group would tell, cell by cell, whether that group is in it. Such a view is withheld:
 * - `period_edge`: a month of the period with fewer answers than the threshold, in the view
 *   or in the whole group (a view of January and February beside one of January; January to
 *   March beside January and March, whose zeros are exact);
 * - `subgroup_rest`: the same period without the channel and answer filters;
 * - `filter_value`: one option fewer in a filter with several options;
 * - `published_year`: the organisation's exact annual figures of a year that is over (the
 *   visitor profile), minus this view's part of that year.
 */
export async function withheldReason(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
  view: { responses: ResponseCounts; answers: AnswerCounts },
  whole: { responses: ResponseCounts } | undefined,
  rules: DisclosureRules,
): Promise<WithheldReason | null> {
  if (rules.mode === 'exact') return null;
  const checks: { reason: WithheldReason; size: number }[] = [];
  // Every month, in the view and in the whole group: a small month of the whole group would
  // show, under any answer filter, as "withheld" against "0 responses".
  for (const size of monthSizes(countsOf(view.responses.byMonth)))
    checks.push({ reason: 'period_edge', size });
  const all = whole?.responses ?? view.responses;
  for (const size of monthSizes(countsOf(all.byMonth)))
    checks.push({ reason: 'period_edge', size });
  if (whole)
    checks.push({
      reason: 'subgroup_rest',
      size: whole.responses.total.n - view.responses.total.n,
    });
  for (const answer of filter.answers)
    if (answer.anyOf.length > 1)
      for (const option of answer.anyOf)
        checks.push({
          reason: 'filter_value',
          size: view.answers.options.get(optionId(answer.question, option))?.n ?? 0,
        });
  // With several filters, each one left out is a view of its own.
  const filters = filter.answers.length + (filter.channel ? 1 : 0);
  if (filters > 1) {
    const leaveOneOut: ResponseFilter[] = filter.answers.map((_, i) => ({
      ...filter,
      answers: filter.answers.filter((__, j) => j !== i),
    }));
    if (filter.channel) leaveOneOut.push({ ...filter, channel: undefined });
    for (const other of leaveOneOut) {
      const counted = await countResponses(tx, scope, other);
      checks.push({ reason: 'subgroup_rest', size: counted.total.n - view.responses.total.n });
    }
  }
  if (scope.survey.template === VISITOR_PROFILE_TEMPLATE)
    for (const [year, total] of await closedYearTotals(tx, scope, filter)) {
      let inView = 0;
      for (const [month, cell] of view.responses.byMonth)
        if (month.startsWith(`${year}-`)) inView += cell.n;
      checks.push({ reason: 'published_year', size: total - inView });
    }
  return withheldBy(checks, rules.threshold);
}

/** Responses of every year the view touches that is over (what its annual report shows). */
async function closedYearTotals(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
): Promise<Map<number, number>> {
  const first = Number((filter.from ?? '1900').slice(0, 4));
  const last = Number(filter.to!.slice(0, 4));
  const from = `${first}-01-01`;
  const to = `${last}-12-31`;
  const result = await tx.execute(sql`
    SELECT extract(year FROM r.submitted_hour AT TIME ZONE ${scope.timeZone})::int AS y,
           count(*)::int AS n
    FROM (${filteredResponses(scope, { from, to, answers: [] })}) r
    GROUP BY 1`);
  const totals = new Map<number, number>();
  for (const row of rowsOf<{ y: number; n: number }>(result))
    if (yearIsOver(Number(row.y), scope.today)) totals.set(Number(row.y), Number(row.n));
  return totals;
}
