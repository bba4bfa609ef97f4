import { isSmall, suppress, type AdditiveLine } from '../../core/surveys/suppression.ts';
import { isExclusive } from './results-catalog.ts';
import { optionId, type AnswerCounts, type ResponseCounts } from './results-counts.ts';
import type { SurveyScope } from './results-scope.ts';

/**
 * Small-cell suppression over the whole results view at once. Every published count and
 * every count that can be worked out from them is one cell; each sum between cells is an
 * additive line. Per question the lines are those of `suppressQuestion` (options add up to
 * `answered` when exclusive; answered + no answer = the responses to versions asking it),
 * the months add up to the responses, and the responses per version add up to the total.
 * A question asked in every answered version shares the total's cell, so hiding the
 * total hides a part of each such question too (and the other way round).
 */
export interface QuestionSuppression {
  /** Responses to the versions that ask the question. */
  responses: number;
  answered: number;
  options: number[];
  hidden: { options: boolean[]; answered: boolean; noAnswer: boolean };
}

export interface ResultsSuppression {
  responsesHidden: boolean;
  monthsHidden: boolean[];
  questions: Map<string, QuestionSuppression>;
}

/** Which cells of the results view to hide at `scope.threshold`. */
export function suppressResults(
  scope: SurveyScope,
  responses: ResponseCounts,
  answers: AnswerCounts,
  months: readonly string[],
  whole?: { responses: ResponseCounts; answers: AnswerCounts },
  /** Hide the whole view (the subgroup's very size is a hidden count). */
  hideAll = false,
): ResultsSuppression {
  const counts: number[] = [responses.total];
  // For a subgroup view, each count of the whole group: where the two differ by a small
  // number, the subgroup's count would single out the rest, so it is hidden too.
  const wholeCounts: number[] = [whole?.responses.total ?? responses.total];
  const lines: AdditiveLine[] = [];
  const cell = (count: number, wholeCount = count) => {
    wholeCounts.push(wholeCount);
    return counts.push(count) - 1;
  };
  const monthCells = months.map((m) =>
    cell(responses.byMonth.get(m) ?? 0, whole?.responses.byMonth.get(m) ?? 0),
  );
  if (monthCells.length > 0) lines.push({ parts: monthCells, total: 0 });

  const versionCells = new Map<string, number>();
  if (scope.versions.length > 1) {
    for (const v of scope.versions)
      versionCells.set(
        v.id,
        cell(responses.byVersion.get(v.id) ?? 0, whole?.responses.byVersion.get(v.id) ?? 0),
      );
    lines.push({ parts: [...versionCells.values()], total: 0 });
  }
  // One cell per set of versions asking a question: questions of the same versions share it.
  const versionSetCells = new Map<string, number>();
  const askedIn = (counts: ResponseCounts | undefined, versionIds: readonly string[]) =>
    versionIds.reduce((n, id) => n + (counts?.byVersion.get(id) ?? 0), 0);
  const responsesCell = (versionIds: readonly string[], count: number) => {
    if (count === responses.total && askedIn(whole?.responses, versionIds) === wholeCounts[0])
      return 0;
    const signature = [...versionIds].sort().join(',');
    let index = versionSetCells.get(signature);
    if (index === undefined) {
      index = cell(count, whole ? askedIn(whole.responses, versionIds) : count);
      versionSetCells.set(signature, index);
      lines.push({ parts: versionIds.map((id) => versionCells.get(id)!), total: index });
    }
    return index;
  };

  const layout = scope.questions.map((question) => {
    const asked = askedIn(responses, question.versionIds);
    const answered = answers.answered.get(question.key) ?? 0;
    const options = question.options.map(
      (o) => answers.options.get(optionId(question.key, o.key)) ?? 0,
    );
    const wholeOf = (counts: AnswerCounts | undefined, optionKey: string) =>
      counts?.options.get(optionId(question.key, optionKey)) ?? 0;
    const total = responsesCell(question.versionIds, asked);
    const optionCells = question.options.map((o, i) =>
      cell(options[i]!, whole ? wholeOf(whole.answers, o.key) : options[i]),
    );
    const wholeAsked = whole ? askedIn(whole.responses, question.versionIds) : asked;
    const wholeAnswered = whole?.answers.answered.get(question.key) ?? answered;
    const answeredCell = cell(answered, whole ? wholeAnswered : answered);
    const noAnswerCell = cell(asked - answered, whole ? wholeAsked - wholeAnswered : undefined);
    lines.push({ parts: [answeredCell, noAnswerCell], total });
    if (isExclusive(question)) lines.push({ parts: optionCells, total: answeredCell });
    return { question, asked, answered, options, optionCells, answeredCell, noAnswerCell };
  });

  const differsBySmall = counts.map(
    (count, i) => (i === 0 && hideAll) || isSmall(wholeCounts[i]! - count, scope.threshold),
  );
  const hidden = suppress(counts, lines, scope.threshold, differsBySmall);
  return {
    responsesHidden: hidden[0]!,
    monthsHidden: monthCells.map((i) => hidden[i]!),
    questions: new Map(
      layout.map((q) => [
        q.question.key,
        {
          responses: q.asked,
          answered: q.answered,
          options: q.options,
          hidden: {
            options: q.optionCells.map((i) => hidden[i]!),
            answered: hidden[q.answeredCell]!,
            noAnswer: hidden[q.noAnswerCell]!,
          },
        },
      ]),
    ),
  };
}
