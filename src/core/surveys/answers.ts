import type { FieldIssue } from '../common/errors.ts';
import { isVisible } from './definition.ts';
import {
  FREE_TEXT_MAX_LENGTH,
  NUMBER_LIMIT,
  optionKeysOf,
  type SurveyDefinition,
  type SurveyQuestion,
} from './model.ts';

/** One stored answer row: an option key (choice, rating, yes/no), a number or a text. */
export interface StoredAnswer {
  question: string;
  option: string | null;
  number: number | null;
  text: string | null;
}

export interface CheckAnswersOptions {
  /**
   * What to do with an answer to a question its condition hides: the public form never
   * sends one, so it is refused there; a paper form may have one, so the import drops it.
   */
  hidden: 'refuse' | 'drop';
}

/**
 * Checks one respondent's answers against a definition and turns them into rows.
 * Values may come from JSON (numbers, booleans, arrays) or from a CSV cell (strings; a
 * multiple choice split on `|` beforehand). Paths are `answers.<question key>`.
 */
export function checkAnswers(
  definition: SurveyDefinition,
  input: Readonly<Record<string, unknown>>,
  options: CheckAnswersOptions,
): { answers: StoredAnswer[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const answers: StoredAnswer[] = [];
  const known = new Set(definition.questions.map((q) => q.key));
  for (const key of Object.keys(input))
    if (!known.has(key))
      issues.push({ path: `answers.${key}`, code: 'unknown_question', params: { value: key } });
  const chosen = new Map<string, string[]>();
  for (const question of definition.questions) {
    const path = `answers.${question.key}`;
    const raw = input[question.key];
    const empty = isEmpty(raw);
    if (!isVisible(question, (key) => chosen.get(key) ?? [])) {
      if (!empty && options.hidden === 'refuse') issues.push({ path, code: 'question_not_shown' });
      continue;
    }
    if (empty) {
      if (question.required) issues.push({ path, code: 'required' });
      continue;
    }
    const result = readAnswer(question, raw);
    if ('issue' in result) {
      issues.push({ path, ...result.issue });
      continue;
    }
    answers.push(...result.rows);
    const picked = result.rows.map((row) => row.option).filter((o): o is string => o !== null);
    if (picked.length > 0) chosen.set(question.key, picked);
  }
  return { answers: issues.length > 0 ? [] : answers, issues };
}

function isEmpty(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  return false;
}

type Read = { rows: StoredAnswer[] } | { issue: Omit<FieldIssue, 'path'> };

function readAnswer(question: SurveyQuestion, raw: unknown): Read {
  const row = (
    option: string | null,
    number: number | null = null,
    text: string | null = null,
  ) => ({
    question: question.key,
    option,
    number,
    text,
  });
  switch (question.type) {
    case 'single_choice':
    case 'yes_no': {
      const value =
        typeof raw === 'boolean' && question.type === 'yes_no' ? (raw ? 'yes' : 'no') : raw;
      if (typeof value !== 'string') return { issue: { code: 'invalid_type' } };
      const key = value.trim();
      if (!optionKeysOf(question).includes(key))
        return { issue: { code: 'unknown_option', params: { value: key } } };
      return { rows: [row(key)] };
    }
    case 'multiple_choice': {
      const values = typeof raw === 'string' ? raw.split('|') : raw;
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
        return { issue: { code: 'invalid_type' } };
      const keys = [...new Set((values as string[]).map((v) => v.trim()).filter(Boolean))];
      const allowed = optionKeysOf(question);
      const unknown = keys.find((key) => !allowed.includes(key));
      if (unknown !== undefined)
        return { issue: { code: 'unknown_option', params: { value: unknown } } };
      if (keys.length === 0) return { issue: { code: 'invalid_type' } };
      return { rows: keys.map((key) => row(key)) };
    }
    case 'rating': {
      const value = toNumber(raw);
      if (value === null) return { issue: { code: 'invalid_number' } };
      if (!Number.isInteger(value) || value < 1 || value > 5)
        return { issue: { code: 'out_of_range', params: { minimum: 1, maximum: 5 } } };
      return { rows: [row(String(value), value)] };
    }
    case 'number': {
      const value = toNumber(raw);
      if (value === null) return { issue: { code: 'invalid_number' } };
      const minimum = question.min ?? -NUMBER_LIMIT;
      const maximum = question.max ?? NUMBER_LIMIT;
      if (value < minimum || value > maximum)
        return { issue: { code: 'out_of_range', params: { minimum, maximum } } };
      return { rows: [row(null, value)] };
    }
    case 'free_text': {
      if (typeof raw !== 'string') return { issue: { code: 'invalid_type' } };
      const text = raw.trim();
      if (text.length > FREE_TEXT_MAX_LENGTH)
        return { issue: { code: 'too_long', params: { maximum: FREE_TEXT_MAX_LENGTH } } };
      if (hasControlCharacters(text)) return { issue: { code: 'invalid_characters' } };
      return { rows: [row(null, null, text)] };
    }
  }
}

/** A JSON number, or a CSV cell such as `12`, `-3`, `12.5` or `12,5`. */
function toNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(',', '.');
  if (!/^-?\d{1,9}(\.\d{1,6})?$/.test(text)) return null;
  return Number(text);
}

/**
 * Control characters other than tab and line breaks, and surrogates without their pair:
 * never part of a typed answer (and the database could not store the latter).
 */
function hasControlCharacters(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return true;
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}
