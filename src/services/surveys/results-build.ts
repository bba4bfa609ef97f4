import type { Executor } from '../../db/client.ts';
import type { ResultsQuery } from '../../shared/schemas/surveys.ts';
import type { SurveyResultsView as SurveyResults } from './results-types.ts';
import { monthsOf } from '../contacts/stats.ts';
import {
  checkPeriod,
  parseAnswerFilter,
  preferHashJoins,
  type AnswerFilter,
  type ResponseFilter,
} from './filters.ts';
import { countAnswers, countResponses, freeTexts, numberStats } from './results-counts.ts';
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

/** The filter of a results query, checked against the questionnaire (400 when unknown). */
export function responseFilterOf(scope: SurveyScope, query: ResultsQuery): ResponseFilter {
  checkPeriod(query.from, query.to);
  const answers: AnswerFilter[] = parseAnswerFilter(query.filter, scope);
  return { from: query.from, to: query.to, channel: query.channel, answers };
}

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
  const months = periodMonths(query.from, query.to, responses.byMonth.keys());
  const suppression = suppressResults(scope, responses, answers, months);
  const { threshold } = scope;
  const enough = (type: string) =>
    scope.questions
      .filter((q) => q.type === type)
      .filter((q) => {
        const s = suppression.questions.get(q.key)!;
        return s.answered >= threshold && (type !== 'free_text' || !s.hidden.answered);
      })
      .map((q) => q.key);
  const numbers = await numberStats(tx, scope, filter, enough('number'));
  const texts = await freeTexts(tx, scope, filter, enough('free_text'));
  const textKeys = new Set(enough('free_text'));

  return {
    survey: scope.survey,
    threshold,
    from: query.from ?? null,
    to: query.to ?? null,
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
