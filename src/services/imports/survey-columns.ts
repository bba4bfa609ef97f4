import { FORM_LANGUAGES, optionKeysOf, type SurveyQuestion } from '../../core/surveys/model.ts';
import type { SurveyDefinition } from '../../core/surveys/model.ts';
import {
  municipalitiesByPostalCode,
  municipalityByNis,
} from '../../core/reference/municipalities.ts';
import type { ColumnSpec } from './columns.ts';
import type { RowIssue } from './report.ts';

/** The columns of an answers file besides one per question key. */
export const SURVEY_FIXED_COLUMNS = ['submitted_at', 'external_id', 'language'] as const;
export const FORM_LANGUAGE_SET = new Set<string>(FORM_LANGUAGES);

/**
 * The columns a questionnaire's answers file may have: `submitted_at` (required),
 * `external_id`, `language`, then its question keys. A question keyed like an optional
 * column (`language`) takes that column; `submitted_at` is always the submission time.
 * A question that must always be answered (required, no condition) needs its column.
 */
export function surveyColumns(definition: SurveyDefinition): ColumnSpec<string> {
  const keys = definition.questions.map((q) => q.key).filter((key) => key !== 'submitted_at');
  const fixed = SURVEY_FIXED_COLUMNS.filter((c) => c === 'submitted_at' || !keys.includes(c));
  const required = definition.questions
    .filter((q) => q.required && !q.condition && q.key !== 'submitted_at')
    .map((q) => q.key);
  return { known: [...fixed, ...keys], required: ['submitted_at', ...required] };
}

/** A cell made ready for `checkAnswers`, or the problem with it. */
export type CellReading = { value: string } | { issue: Omit<RowIssue, 'column'> };

/** Whether a question's options are Brussels NIS codes (the visitor profile's municipality). */
function isMunicipalityQuestion(question: SurveyQuestion): boolean {
  return optionKeysOf(question).some((key) => municipalityByNis(key));
}

/**
 * How the cells of one question are read: option keys in any case (several separated by
 * `|` for a multiple choice), yes/no in any case; for a question whose options are
 * Brussels NIS codes, a Brussels postal code too. Numbers, ratings and texts go to
 * `checkAnswers` as written.
 */
export function cellReader(question: SurveyQuestion): (text: string) => CellReading {
  if (question.type === 'number' || question.type === 'rating' || question.type === 'free_text')
    return (text) => ({ value: text });
  const byLowerCase = new Map(optionKeysOf(question).map((key) => [key.toLowerCase(), key]));
  const option = (text: string) => byLowerCase.get(text.trim().toLowerCase()) ?? text.trim();
  if (question.type === 'multiple_choice')
    return (text) => ({ value: text.split('|').map(option).join('|') });
  if (!isMunicipalityQuestion(question)) return (text) => ({ value: option(text) });
  return (text) => {
    const value = option(text);
    if (byLowerCase.has(value.toLowerCase())) return { value };
    const found = /^\d{4}$/.test(value) ? municipalitiesByPostalCode(value) : [];
    if (found.length > 1) return { issue: { code: 'ambiguous_postal_code', params: { value } } };
    if (found.length === 1 && byLowerCase.has(found[0]!.nis)) return { value: found[0]!.nis };
    return { issue: { code: 'unknown_municipality_answer', params: { value } } };
  };
}
