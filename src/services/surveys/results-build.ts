import type { Executor } from '../../db/client.ts';
import type { ResultsQuery } from '../../shared/schemas/surveys.ts';
import type { SurveyResultsView as SurveyResults } from './results-types.ts';
import { publishedPeriod, wholeMonths } from '../../core/disclosure/periods.ts';
import {
  protectionOf,
  publishedShare,
  type DisclosureMode,
  type DisclosureRules,
  type WithheldReason,
} from '../../core/disclosure/protect.ts';
import { monthsOf } from '../contacts/stats.ts';
import {
  checkPeriod,
  parseAnswerFilter,
  preferHashJoins,
  type AnswerFilter,
  type ResponseFilter,
} from './filters.ts';
import {
  countAnswers,
  countResponses,
  freeTexts,
  numberStats,
  type AnswerCounts,
  type ResponseCounts,
} from './results-counts.ts';
import { withheldReason } from './results-guard.ts';
import { protectResults } from './results-protection.ts';
import type { SurveyScope } from './results-scope.ts';

/** The period's months; without a bound, the months that have responses set it. */
export function periodMonths(
  from: string | undefined,
  to: string | undefined,
  withResponses: Iterable<string>,
): string[] {
  const seen = [...withResponses].sort();
  const first = from?.slice(0, 7) ?? seen[0] ?? to?.slice(0, 7);
  const last = to?.slice(0, 7) ?? seen.at(-1) ?? first;
  if (!first || !last || last < first) return [];
  return monthsOf(first, last);
}

/**
 * Whether a subgroup is defined by an answer whose count the whole group's view hides: its
 * size is that hidden count (or gives it away by difference), so nothing of it is shown.
 */
export function filterSelectsHidden(
  scope: SurveyScope,
  filter: ResponseFilter,
  whole: { responses: ResponseCounts; answers: AnswerCounts },
  rules: DisclosureRules,
): boolean {
  if (filter.answers.length === 0) return false;
  const months = periodMonths(filter.from, filter.to, whole.responses.byMonth.keys());
  const shown = protectResults(scope, whole.responses, whole.answers, months, rules);
  return filter.answers.some((f) => {
    const question = scope.questions.find((q) => q.key === f.question);
    const hidden = shown.questions.get(f.question)?.published.options ?? [];
    return question?.options.some((o, i) => f.anyOf.includes(o.key) && hidden[i]?.hidden) ?? true;
  });
}

/**
 * Why a view shows nothing: a view next to it differs from it by a small group
 * (`withheldReason`), or it selects people by an answer the whole group's view hides.
 */
export async function viewWithheld(
  tx: Executor,
  scope: SurveyScope,
  filter: ResponseFilter,
  view: { responses: ResponseCounts; answers: AnswerCounts },
  whole: { responses: ResponseCounts; answers: AnswerCounts } | undefined,
  rules: DisclosureRules,
): Promise<WithheldReason | null> {
  if (whole && filterSelectsHidden(scope, filter, whole, rules)) return 'filter_value';
  return withheldReason(tx, scope, filter, view, whole, rules);
}

/** The whole group's counts for a subgroup view (same period, no answer or channel filter). */
export async function countWholeGroup(tx: Executor, scope: SurveyScope, filter: ResponseFilter) {
  return {
    responses: await countResponses(tx, scope, wholeGroupOf(filter)),
    answers: await countAnswers(tx, scope, wholeGroupOf(filter)),
  };
}

/**
 * The filter of a results query, checked against the questionnaire (400 when unknown).
 * Periods are whole months; a perturbed view never counts the month in progress.
 */
export function responseFilterOf(
  scope: SurveyScope,
  query: ResultsQuery,
  mode: DisclosureMode,
): ResponseFilter {
  checkPeriod(query.from, query.to);
  const answers: AnswerFilter[] = parseAnswerFilter(query.filter, scope);
  const { from, to } =
    mode === 'exact'
      ? wholeMonths(query.from, query.to)
      : publishedPeriod(query.from, query.to, scope.today);
  return { from, to, channel: query.channel, answers };
}

/** Whether a view selects a subgroup (by answers or channel) beyond the period. */
export const isSubgroup = (filter: ResponseFilter) =>
  filter.answers.length > 0 || filter.channel !== undefined;

/** The same period without the subgroup: what a subgroup view is compared with. */
export const wholeGroupOf = (filter: ResponseFilter): ResponseFilter => ({
  from: filter.from,
  to: filter.to,
  answers: [],
});

/** How a view is published: perturbed, unless it is the report of a year that is over. */
export interface ViewOptions {
  mode: DisclosureMode;
}

/**
 * The aggregated results of a questionnaire for a query: counted in SQL, then protected as
 * one view by the disclosure-control module (decision 0008). Means and medians need
 * `threshold` answers and a shown answered count; free texts too (the list's length would
 * give the count away).
 */
export async function readResults(
  tx: Executor,
  scope: SurveyScope,
  query: ResultsQuery,
  options: ViewOptions = { mode: 'perturbed' },
): Promise<SurveyResults> {
  const rules: DisclosureRules = { threshold: scope.threshold, mode: options.mode };
  const filter = responseFilterOf(scope, query, options.mode);
  await preferHashJoins(tx);
  const responses = await countResponses(tx, scope, filter);
  const answers = await countAnswers(tx, scope, filter);
  // A subgroup's figures must not give away those of the rest of the group either.
  const whole = isSubgroup(filter) ? await countWholeGroup(tx, scope, filter) : undefined;
  const months = periodMonths(filter.from, filter.to, responses.byMonth.keys());
  const withheld = await viewWithheld(tx, scope, filter, { responses, answers }, whole, rules);
  const view = protectResults(scope, responses, answers, months, rules, whole, withheld !== null);
  const { threshold } = scope;
  const enough = (type: string) =>
    scope.questions
      .filter((q) => q.type === type)
      .filter((q) => {
        const s = view.questions.get(q.key)!;
        return s.answered >= threshold && !s.published.answered.hidden;
      })
      .map((q) => q.key);
  const numbers = await numberStats(tx, scope, filter, enough('number'));
  const texts = await freeTexts(tx, scope, filter, enough('free_text'));
  const textKeys = new Set(enough('free_text'));

  return {
    survey: { id: scope.survey.id, slug: scope.survey.slug, title: scope.survey.title },
    threshold,
    protection: protectionOf(rules, withheld),
    from: filter.from ?? null,
    to: filter.to ?? null,
    filter: filter.answers,
    responses: view.responses.value,
    responsesSuppressed: view.responses.hidden,
    months: months.map((month, i) => ({
      month,
      count: view.months[i]!.value,
      suppressed: view.months[i]!.hidden,
    })),
    questions: scope.questions.map((question) => {
      const s = view.questions.get(question.key)!;
      const { answered, noAnswer } = s.published;
      return {
        key: question.key,
        type: question.type,
        labels: question.labels,
        answered: answered.value,
        answeredSuppressed: answered.hidden,
        noAnswer: noAnswer.value,
        noAnswerSuppressed: noAnswer.hidden,
        options: question.options.map((option, i) => {
          const published = s.published.options[i]!;
          return {
            key: option.key,
            labels: option.labels,
            count: published.value,
            // A share over a hidden base would give the base away.
            share: publishedShare(published, answered),
            suppressed: published.hidden,
          };
        }),
        number: question.type === 'number' ? (numbers.get(question.key) ?? null) : null,
        texts:
          question.type === 'free_text' && textKeys.has(question.key)
            ? (texts.get(question.key) ?? [])
            : null,
      };
    }),
  };
}
