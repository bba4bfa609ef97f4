import {
  optionKeysOf,
  type SurveyDefinition,
  type SurveyQuestion,
} from '../../../core/surveys/model.ts';

/** A sample cell of `question` on the `n`th example row (0 or 1). */
function sample(question: SurveyQuestion, n: number): string {
  const keys = optionKeysOf(question);
  switch (question.type) {
    case 'rating':
      return n ? '4' : '5';
    case 'yes_no':
      return n ? 'no' : 'yes';
    case 'number':
      return String(question.min ?? 1);
    case 'free_text':
      return '';
    case 'multiple_choice':
      return n ? (keys[1] ?? '') : keys.slice(0, 2).join('|');
    case 'single_choice':
      // The visitor profile's municipality: a postal code is accepted too.
      if (keys.includes('21012')) return n ? '21004' : '1080';
      return keys[n] ?? keys[0] ?? '';
  }
}

/**
 * Two example rows of an answers file for `definition` (its first questions without a
 * condition), with `;` between the columns: a date-time and a date, an external id and a
 * form language.
 */
export function exampleCsv(definition: SurveyDefinition): string {
  const questions = definition.questions.filter((q) => !q.condition).slice(0, 5);
  const rows = [
    ['submitted_at', 'external_id', 'language', ...questions.map((q) => q.key)],
    ['2025-03-14 10:30', 'F-0001', 'fr', ...questions.map((q) => sample(q, 0))],
    ['17/03/2025', 'F-0002', 'nl', ...questions.map((q) => sample(q, 1))],
  ];
  return rows.map((row) => row.join(';')).join('\n');
}
