import { sql } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import { wholeMonths } from '../../core/surveys/periods.ts';
import { effectiveThreshold, suppress } from '../../core/surveys/suppression.ts';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../contacts/drafts.ts';
import type { Grouped } from './sql.ts';

/**
 * Questionnaire answers through the indicator engine are published like the questionnaire's
 * own results (decision 0006): periods widen to whole months, and a count in (0, threshold)
 * is hidden, with a second one where the first could be worked out from the total. Without
 * this, a one-day evaluation broken down by option would show one visitor's answers.
 */
export function answerPeriod(from: string, to: string): { from: string; to: string } {
  const widened = wholeMonths(from, to);
  return { from: widened.from!, to: widened.to! };
}

export interface SuppressedGrouped extends Grouped {
  /** The total is hidden (reported as 0). */
  suppressed: boolean;
  /** Groups left out because they were small or could give a small one away. */
  hiddenGroups: number;
}

/** The organisation's small-cell threshold (never below 3). */
async function thresholdOf(tx: Executor, organisationId: string): Promise<number> {
  const result = await tx.execute(
    sql`SELECT small_cell_threshold AS t FROM organisations WHERE id = ${organisationId}`,
  );
  return effectiveThreshold(rowsOf<{ t: number }>(result)[0]?.t);
}

/**
 * Hides small counts of an answers evaluation. The groups add up to the total unless they
 * count respondents per question or option (one respondent may tick several).
 */
export async function suppressAnswers(
  tx: Executor,
  organisationId: string,
  def: IndicatorDefinition,
  breakdown: string | undefined,
  result: Grouped,
): Promise<SuppressedGrouped> {
  const threshold = await thresholdOf(tx, organisationId);
  const counts = [result.total, ...result.groups.map((g) => g.value)];
  const additive = def.measure === 'count' || (breakdown !== 'option' && breakdown !== 'question');
  const lines =
    additive && result.groups.length
      ? [{ total: 0, parts: result.groups.map((_, i) => i + 1) }]
      : [];
  const hidden = suppress(counts, lines, threshold);
  const groups = result.groups.filter((_, i) => !hidden[i + 1]);
  return {
    total: hidden[0] ? 0 : result.total,
    groups: hidden[0] ? [] : groups,
    suppressed: hidden[0] === true,
    hiddenGroups: hidden[0] ? result.groups.length : result.groups.length - groups.length,
  };
}
