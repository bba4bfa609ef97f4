import { EMPTY_CELL, type Cell } from '../../core/disclosure/cell-key.ts';
import { protect, type DisclosureRules, type Published } from '../../core/disclosure/protect.ts';
import { isSmall, type AdditiveLine } from '../../core/disclosure/suppression.ts';
import { isExclusive } from './results-catalog.ts';
import { optionId, type AnswerCounts, type ResponseCounts } from './results-counts.ts';
import type { SurveyScope } from './results-scope.ts';

/**
 * The results view as one table for the disclosure-control module: every published count
 * and every count that can be worked out from them is one cell (with its record keys);
 * each sum between cells is a line. Per question: options add up to `answered` when the
 * question is exclusive, and are bounded by it otherwise (a hidden `answered` hides them,
 * zeros included); answered + no answer = the responses to the versions asking it; the
 * months add up to the responses, and the responses per version add up to the total. A
 * question asked in every answered version shares the total's cell.
 */
export interface QuestionProtection {
  /** True counts, for rules that need them (free texts, number statistics). */
  responses: number;
  answered: number;
  published: { options: Published[]; answered: Published; noAnswer: Published };
}

export interface ResultsProtection {
  responses: Published;
  months: Published[];
  questions: Map<string, QuestionProtection>;
}

const minus = (a: Cell, b: Cell): Cell => ({
  n: a.n - b.n,
  key: (a.key - b.key + 65_536 * 2) % 65_536,
});

/** The protected results view at `rules`. */
export function protectResults(
  scope: SurveyScope,
  responses: ResponseCounts,
  answers: AnswerCounts,
  months: readonly string[],
  rules: DisclosureRules,
  whole?: { responses: ResponseCounts; answers: AnswerCounts },
  /** Withhold the whole view. */
  hideAll = false,
): ResultsProtection {
  const cells: Cell[] = [responses.total];
  // For a subgroup view, each count of the whole group: where the two differ by a small
  // number, the subgroup's count would single out the rest, so it is hidden too.
  const wholeCounts: number[] = [whole?.responses.total.n ?? responses.total.n];
  const lines: AdditiveLine[] = [];
  const cell = (value: Cell, wholeCount = value.n) => {
    wholeCounts.push(wholeCount);
    return cells.push(value) - 1;
  };
  const monthCells = months.map((m) =>
    cell(responses.byMonth.get(m) ?? EMPTY_CELL, whole?.responses.byMonth.get(m)?.n ?? 0),
  );
  if (monthCells.length > 0) lines.push({ parts: monthCells, total: 0 });

  const versionCells = new Map<string, number>();
  if (scope.versions.length > 1) {
    for (const v of scope.versions)
      versionCells.set(
        v.id,
        cell(
          responses.byVersion.get(v.id) ?? EMPTY_CELL,
          whole?.responses.byVersion.get(v.id)?.n ?? 0,
        ),
      );
    lines.push({ parts: [...versionCells.values()], total: 0 });
  }
  const askedIn = (counts: ResponseCounts | undefined, versionIds: readonly string[]): Cell =>
    versionIds.reduce(
      (sum, id) => {
        const c = counts?.byVersion.get(id) ?? EMPTY_CELL;
        return { n: sum.n + c.n, key: (sum.key + c.key) % 65_536 };
      },
      { n: 0, key: 0 },
    );
  // One cell per set of versions asking a question: questions of the same versions share it.
  const versionSetCells = new Map<string, number>();
  const responsesCell = (versionIds: readonly string[], asked: Cell) => {
    if (asked.n === responses.total.n && askedIn(whole?.responses, versionIds).n === wholeCounts[0])
      return 0;
    const signature = [...versionIds].sort().join(',');
    let index = versionSetCells.get(signature);
    if (index === undefined) {
      index = cell(asked, whole ? askedIn(whole.responses, versionIds).n : asked.n);
      versionSetCells.set(signature, index);
      lines.push({ parts: versionIds.map((id) => versionCells.get(id)!), total: index });
    }
    return index;
  };

  const layout = scope.questions.map((question) => {
    const asked = askedIn(responses, question.versionIds);
    const answered = answers.answered.get(question.key) ?? EMPTY_CELL;
    const total = responsesCell(question.versionIds, asked);
    const optionCells = question.options.map((o) => {
      const id = optionId(question.key, o.key);
      const value = answers.options.get(id) ?? EMPTY_CELL;
      return cell(value, whole ? (whole.answers.options.get(id)?.n ?? 0) : value.n);
    });
    const wholeAsked = whole ? askedIn(whole.responses, question.versionIds).n : asked.n;
    const wholeAnswered = whole?.answers.answered.get(question.key)?.n ?? answered.n;
    const answeredCell = cell(answered, whole ? wholeAnswered : answered.n);
    const noAnswer = minus(asked, answered);
    const noAnswerCell = cell(noAnswer, whole ? wholeAsked - wholeAnswered : noAnswer.n);
    lines.push({ parts: [answeredCell, noAnswerCell], total });
    if (optionCells.length > 0)
      lines.push({ parts: optionCells, total: answeredCell, additive: isExclusive(question) });
    return { question, asked, answered, optionCells, answeredCell, noAnswerCell };
  });

  const differsBySmall = cells.map((c, i) => isSmall(wholeCounts[i]! - c.n, rules.threshold));
  const published = protect({ cells, lines, alsoHide: differsBySmall, hideAll }, rules);
  return {
    responses: published[0]!,
    months: monthCells.map((i) => published[i]!),
    questions: new Map(
      layout.map((q) => [
        q.question.key,
        {
          responses: q.asked.n,
          answered: q.answered.n,
          published: {
            options: q.optionCells.map((i) => published[i]!),
            answered: published[q.answeredCell]!,
            noAnswer: published[q.noAnswerCell]!,
          },
        },
      ]),
    ),
  };
}
