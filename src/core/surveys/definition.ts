import type { FieldIssue } from '../common/errors.ts';
import {
  CHOICE_TYPES,
  MAX_OPTIONS,
  optionKeysOf,
  type SurveyDefinition,
  type SurveyQuestion,
} from './model.ts';

/** A question or option key: stable, readable in exports and in CSV headers. */
export const SURVEY_KEY_PATTERN = /^[a-z0-9][a-z0-9_]{0,39}$/;

/**
 * The rules a definition must meet beyond its shape: unique question and option keys,
 * options only where they belong, a sensible number range, and conditions that point
 * back at an earlier choice question and at options it has. Paths are relative to the
 * definition (`questions.2.options.1.key`).
 */
export function checkDefinition(definition: SurveyDefinition): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Map<string, SurveyQuestion>();
  if (definition.questions.length === 0)
    issues.push({ path: 'questions', code: 'survey_no_questions' });
  definition.questions.forEach((question, index) => {
    const at = `questions.${index}`;
    if (!SURVEY_KEY_PATTERN.test(question.key))
      issues.push({ path: `${at}.key`, code: 'invalid_survey_key' });
    else if (seen.has(question.key))
      issues.push({ path: `${at}.key`, code: 'duplicate_key', params: { value: question.key } });
    issues.push(...checkOptions(question, at));
    if (question.type === 'number') {
      if (question.min !== undefined && question.max !== undefined && question.min > question.max)
        issues.push({ path: `${at}.max`, code: 'range_inverted' });
    } else if (question.min !== undefined || question.max !== undefined) {
      issues.push({ path: `${at}.min`, code: 'range_not_allowed' });
    }
    if (question.condition) issues.push(...checkCondition(question, seen, at));
    if (SURVEY_KEY_PATTERN.test(question.key) && !seen.has(question.key))
      seen.set(question.key, question);
  });
  return issues;
}

function checkOptions(question: SurveyQuestion, at: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const hasOwnOptions = question.type === 'single_choice' || question.type === 'multiple_choice';
  const options = question.options ?? [];
  if (!hasOwnOptions) {
    if (options.length > 0) issues.push({ path: `${at}.options`, code: 'options_not_allowed' });
    return issues;
  }
  if (options.length < 2)
    issues.push({ path: `${at}.options`, code: 'too_few_options', params: { minimum: 2 } });
  if (options.length > MAX_OPTIONS)
    issues.push({
      path: `${at}.options`,
      code: 'too_many_options',
      params: { maximum: MAX_OPTIONS },
    });
  const keys = new Set<string>();
  options.forEach((option, index) => {
    const path = `${at}.options.${index}.key`;
    if (!SURVEY_KEY_PATTERN.test(option.key)) issues.push({ path, code: 'invalid_survey_key' });
    else if (keys.has(option.key))
      issues.push({ path, code: 'duplicate_key', params: { value: option.key } });
    keys.add(option.key);
  });
  return issues;
}

function checkCondition(
  question: SurveyQuestion,
  earlier: Map<string, SurveyQuestion>,
  at: string,
): FieldIssue[] {
  const condition = question.condition!;
  const source = earlier.get(condition.question);
  if (!source)
    return [
      {
        path: `${at}.condition.question`,
        code: 'condition_unknown_question',
        params: { value: condition.question },
      },
    ];
  if (!CHOICE_TYPES.includes(source.type))
    return [{ path: `${at}.condition.question`, code: 'condition_not_choice' }];
  if (condition.anyOf.length === 0)
    return [{ path: `${at}.condition.anyOf`, code: 'condition_no_options' }];
  const allowed = new Set(optionKeysOf(source));
  return condition.anyOf
    .map((key, index) => ({ key, index }))
    .filter(({ key }) => !allowed.has(key))
    .map(({ key, index }) => ({
      path: `${at}.condition.anyOf.${index}`,
      code: 'unknown_option',
      params: { value: key },
    }));
}

/** Whether `question` is shown, given the answers so far (option keys per question key). */
export function isVisible(
  question: SurveyQuestion,
  chosen: (questionKey: string) => readonly string[],
): boolean {
  if (!question.condition) return true;
  const picked = chosen(question.condition.question);
  return question.condition.anyOf.some((key) => picked.includes(key));
}
