import { suppress, type AdditiveLine } from '../../core/surveys/suppression.ts';
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
): ResultsSuppression {
  const counts: number[] = [responses.total];
  const lines: AdditiveLine[] = [];
  const cell = (count: number) => counts.push(count) - 1;
  const monthCells = months.map((m) => cell(responses.byMonth.get(m) ?? 0));
  if (monthCells.length > 0) lines.push({ parts: monthCells, total: 0 });

  const versionCells = new Map<string, number>();
  if (scope.versions.length > 1) {
    for (const v of scope.versions)
      versionCells.set(v.id, cell(responses.byVersion.get(v.id) ?? 0));
    lines.push({ parts: [...versionCells.values()], total: 0 });
  }
  // One cell per set of versions asking a question: questions of the same versions share it.
  const versionSetCells = new Map<string, number>();
  const responsesCell = (versionIds: readonly string[], count: number) => {
    if (count === responses.total) return 0;
    const signature = [...versionIds].sort().join(',');
    let index = versionSetCells.get(signature);
    if (index === undefined) {
      index = cell(count);
      versionSetCells.set(signature, index);
      lines.push({ parts: versionIds.map((id) => versionCells.get(id)!), total: index });
    }
    return index;
  };

  const layout = scope.questions.map((question) => {
    const asked = question.versionIds.reduce((n, id) => n + (responses.byVersion.get(id) ?? 0), 0);
    const answered = answers.answered.get(question.key) ?? 0;
    const options = question.options.map(
      (o) => answers.options.get(optionId(question.key, o.key)) ?? 0,
    );
    const total = responsesCell(question.versionIds, asked);
    const optionCells = options.map(cell);
    const answeredCell = cell(answered);
    const noAnswerCell = cell(asked - answered);
    lines.push({ parts: [answeredCell, noAnswerCell], total });
    if (isExclusive(question)) lines.push({ parts: optionCells, total: answeredCell });
    return { question, asked, answered, options, optionCells, answeredCell, noAnswerCell };
  });

  const hidden = suppress(counts, lines, scope.threshold);
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
