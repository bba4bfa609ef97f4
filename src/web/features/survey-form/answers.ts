import { isVisible } from '../../../core/surveys/definition.ts';
import {
  FREE_TEXT_MAX_LENGTH,
  NUMBER_LIMIT,
  type SurveyDefinition,
  type SurveyQuestion,
} from '../../../core/surveys/model.ts';

/**
 * What the form holds while someone fills it in, in memory only: an option key (single
 * choice, yes/no), option keys (multiple choice), a number (rating), or the typed text
 * (number and free-text questions, converted when sent).
 */
export type Draft = string | string[] | number;
export type Drafts = Readonly<Record<string, Draft>>;
export type AnswerValue = string | string[] | number;

/** A problem with one answer, as the server reports it (`code`, `params`). */
export interface FormIssue {
  code: string;
  params?: Record<string, string | number> | undefined;
}

export function isEmptyDraft(draft: Draft | undefined): boolean {
  if (draft === undefined) return true;
  if (typeof draft === 'string') return draft.trim() === '';
  if (Array.isArray(draft)) return draft.length === 0;
  return false;
}

/** The option keys a draft picks (what conditions look at). */
function picked(question: SurveyQuestion, draft: Draft | undefined): string[] {
  if (isEmptyDraft(draft) || question.type === 'number' || question.type === 'free_text') return [];
  return Array.isArray(draft) ? draft : [String(draft)];
}

/**
 * The questions shown for these answers, in order. Like the server, only answers to
 * questions that are themselves shown can make a later question appear.
 */
export function visibleQuestions(definition: SurveyDefinition, drafts: Drafts): SurveyQuestion[] {
  const chosen = new Map<string, string[]>();
  const shown: SurveyQuestion[] = [];
  for (const question of definition.questions) {
    if (!isVisible(question, (key) => chosen.get(key) ?? [])) continue;
    shown.push(question);
    chosen.set(question.key, picked(question, drafts[question.key]));
  }
  return shown;
}

/** A typed number: digits with an optional decimal point or comma. */
export function parseNumber(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^-?\d{1,9}(\.\d{1,6})?$/.test(clean)) return null;
  return Number(clean);
}

/** The problem the form can see before sending, or null. */
export function checkDraft(question: SurveyQuestion, draft: Draft | undefined): FormIssue | null {
  if (isEmptyDraft(draft)) return question.required ? { code: 'required' } : null;
  if (question.type === 'number') {
    const value = parseNumber(String(draft));
    if (value === null) return { code: 'invalid_number' };
    const minimum = question.min ?? -NUMBER_LIMIT;
    const maximum = question.max ?? NUMBER_LIMIT;
    if (value < minimum || value > maximum)
      return { code: 'out_of_range', params: { minimum, maximum } };
  }
  if (question.type === 'free_text' && String(draft).trim().length > FREE_TEXT_MAX_LENGTH)
    return { code: 'too_long', params: { maximum: FREE_TEXT_MAX_LENGTH } };
  return null;
}

/** The answers to send: shown questions only, empty ones left out, numbers as numbers. */
export function answersToSend(
  definition: SurveyDefinition,
  drafts: Drafts,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const question of visibleQuestions(definition, drafts)) {
    const draft = drafts[question.key];
    if (draft === undefined || isEmptyDraft(draft)) continue;
    if (question.type === 'number') {
      const value = parseNumber(String(draft));
      if (value !== null) answers[question.key] = value;
    } else if (question.type === 'free_text') answers[question.key] = String(draft).trim();
    else answers[question.key] = draft;
  }
  return answers;
}

/**
 * Field issues from the server (`answers.<key>`) per question key; issues about the
 * form token or anything else are returned apart.
 */
export function issuesByQuestion(issues: readonly (FormIssue & { path: string })[]): {
  byQuestion: Record<string, FormIssue>;
  other: FormIssue[];
} {
  const byQuestion: Record<string, FormIssue> = {};
  const other: FormIssue[] = [];
  for (const { path, code, params } of issues) {
    const match = /^answers\.([^.]+)/.exec(path);
    if (match && !byQuestion[match[1]!]) byQuestion[match[1]!] = { code, params };
    else if (!match) other.push({ code, params });
  }
  return { byQuestion, other };
}
