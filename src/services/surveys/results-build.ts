import type { Executor } from '../../db/client.ts';
import type { ResultsQuery } from '../../shared/schemas/surveys.ts';
import type { SurveyResultsView as SurveyResults } from './results-types.ts';
import { wholeMonths } from '../../core/surveys/periods.ts';
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
import type { SurveyScope } from './results-scope.ts';
import { suppressResults } from './results-suppression.ts';

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
  months: readonly string[],
): boolean {
  if (filter.answers.length === 0) return false;
  const shown = suppressResults(scope, whole.responses, whole.answers, months);
  return filter.answers.some((f) => {
    const question = scope.questions.find((q) => q.key === f.question);
    const hidden = shown.questions.get(f.question)?.hidden.options ?? [];
    return question?.options.some((o, i) => f.anyOf.includes(o.key) && hidden[i]) ?? true;
  });
}

/** The whole group's counts for a subgroup view (same period, no answer or channel filter). */
export async function countWholeGroup(tx: Executor, scope: SurveyScope, filter: ResponseFilter) {
  return {
    responses: await countResponses(tx, scope, wholeGroupOf(filter)),
    answers: await countAnswers(tx, scope, wholeGroupOf(filter)),
  };
}

/** The filter of a results query, checked against the questionnaire (400 when unknown). */
export function responseFilterOf(scope: SurveyScope, query: ResultsQuery): ResponseFilter {
  checkPeriod(query.from, query.to);
  const answers: AnswerFilter[] = parseAnswerFilter(query.filter, scope);
  const { from, to } = wholeMonths(query.from, query.to);
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

const shareOf = (count: number, answered: number) =>
  answered === 0 ? 0 : Math.round((count / answered) * 10_000) / 10_000;

/**
 * The aggregated results of a questionnaire for a query: counted in SQL, then suppressed
 * as one view. Means and medians need `threshold` answers; free texts need `threshold`
 * answers and a shown answered count (the list's length would give it away).
 */
export async function readResults(
  tx: Executor,
  scope: SurveyScope,
  query: ResultsQuery,
): Promise<SurveyResults> {
  const filter = responseFilterOf(scope, query);
  await preferHashJoins(tx);
  const responses = await countResponses(tx, scope, filter);
  const answers = await countAnswers(tx, scope, filter);
  // A subgroup's figures must not give away those of the rest of the group either.
  const whole = isSubgroup(filter) ? await countWholeGroup(tx, scope, filter) : undefined;
  const months = periodMonths(filter.from, filter.to, responses.byMonth.keys());
  const hideAll = whole ? filterSelectsHidden(scope, filter, whole, months) : false;
  const suppression = suppressResults(scope, responses, answers, months, whole, hideAll);
  const { threshold } = scope;
  const enough = (type: string) =>
    scope.questions
      .filter((q) => q.type === type)
      .filter((q) => {
        const s = suppression.questions.get(q.key)!;
        // A hidden answered count (small, or small against the whole group) hides them too.
        return s.answered >= threshold && !s.hidden.answered;
      })
      .map((q) => q.key);
  const numbers = await numberStats(tx, scope, filter, enough('number'));
  const texts = await freeTexts(tx, scope, filter, enough('free_text'));
  const textKeys = new Set(enough('free_text'));

  return {
    survey: scope.survey,
    threshold,
    from: filter.from ?? null,
    to: filter.to ?? null,
    filter: filter.answers,
    responses: suppression.responsesHidden ? null : responses.total,
    responsesSuppressed: suppression.responsesHidden,
    months: months.map((month, i) => {
      const hidden = suppression.monthsHidden[i]!;
      return {
        month,
        count: hidden ? null : (responses.byMonth.get(month) ?? 0),
        suppressed: hidden,
      };
    }),
    questions: scope.questions.map((question) => {
      const s = suppression.questions.get(question.key)!;
      const answeredShown = !s.hidden.answered;
      return {
        key: question.key,
        type: question.type,
        labels: question.labels,
        answered: answeredShown ? s.answered : null,
        answeredSuppressed: s.hidden.answered,
        noAnswer: s.hidden.noAnswer ? null : s.responses - s.answered,
        noAnswerSuppressed: s.hidden.noAnswer,
        options: question.options.map((option, i) => {
          const hidden = s.hidden.options[i]!;
          const count = s.options[i]!;
          return {
            key: option.key,
            labels: option.labels,
            count: hidden ? null : count,
            // A share over a hidden base would give the base away.
            share: hidden || !answeredShown ? null : shareOf(count, s.answered),
            suppressed: hidden,
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
