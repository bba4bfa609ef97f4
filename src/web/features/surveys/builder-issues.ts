import { BASE_LANGUAGES, FORM_LANGUAGES, type FormLanguage } from '../../../core/surveys/model.ts';
import type { FieldIssue } from '../../lib/api.ts';
import {
  conditionSources,
  hasAnyBase,
  hasOwnOptions,
  type Draft,
  type DraftText,
} from './builder-model.ts';

/**
 * A problem with one field of the builder. `ref` names the field by the uids of its
 * question and option (`q:u3.o:u7.labels.fr`), so it stays on the right field when
 * questions or options move.
 */
export interface BuilderIssue {
  ref: string;
  code: string;
  params?: Record<string, string | number> | undefined;
}

/** References of the builder's fields. */
export const ref = {
  question: (q: string, field: string) => `q:${q}.${field}`,
  option: (q: string, o: string, field: string) => `q:${q}.o:${o}.${field}`,
};

/** The DOM id of the control (or group) a reference names. */
export const domId = (reference: string) => `sb-${reference.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const isFormLanguage = (value: string | undefined): value is FormLanguage =>
  FORM_LANGUAGES.includes(value as FormLanguage);
const langOf = (value: string | undefined): FormLanguage => (isFormLanguage(value) ? value : 'nl');

function missingBase(text: DraftText, at: string): BuilderIssue[] {
  return BASE_LANGUAGES.filter((lang) => !text[lang].trim()).map((lang) => ({
    ref: `${at}.${lang}`,
    code: 'required',
  }));
}

const isNumber = (text: string) => text.trim() === '' || Number.isFinite(Number(text));

/**
 * What the page can see for itself before saving: empty required texts and keys, numbers
 * that are not numbers, a condition without its question. The server checks the rest.
 */
export function checkDraft(draft: Draft, withSlug: boolean): BuilderIssue[] {
  const issues: BuilderIssue[] = [];
  if (withSlug && !draft.slug.trim()) issues.push({ ref: 'slug', code: 'required' });
  issues.push(...missingBase(draft.title, 'title'));
  for (const group of ['intro', 'thanks'] as const)
    if (hasAnyBase(draft[group])) issues.push(...missingBase(draft[group], group));
  if (draft.questions.length === 0) issues.push({ ref: 'questions', code: 'survey_no_questions' });
  draft.questions.forEach((question, index) => {
    const at = (field: string) => ref.question(question.uid, field);
    if (!question.key.trim()) issues.push({ ref: at('key'), code: 'required' });
    issues.push(...missingBase(question.labels, at('labels')));
    if (hasAnyBase(question.help)) issues.push(...missingBase(question.help, at('help')));
    if (hasOwnOptions(question.type))
      for (const option of question.options) {
        const field = (name: string) => ref.option(question.uid, option.uid, name);
        if (!option.key.trim()) issues.push({ ref: field('key'), code: 'required' });
        issues.push(...missingBase(option.labels, field('labels')));
      }
    if (question.type === 'number')
      for (const bound of ['min', 'max'] as const)
        if (!isNumber(question[bound])) issues.push({ ref: at(bound), code: 'invalid_number' });
    const sources = conditionSources(draft, index);
    if (question.condition && !sources.some((q) => q.uid === question.condition?.questionUid))
      issues.push({ ref: at('condition.question'), code: 'required' });
  });
  return issues;
}

const QUESTION_FIELDS = ['key', 'type', 'required', 'min', 'max', 'options'];

/** The builder field of one question's sub-path (`options.1.labels.fr`, `condition.anyOf.0`). */
function questionField(draft: Draft, index: number, rest: string[]): string {
  const question = draft.questions[index];
  if (!question) return 'questions';
  const [head, second, third, fourth] = rest;
  const at = (field: string) => ref.question(question.uid, field);
  if (head === 'labels' || head === 'help') return at(`${head}.${langOf(second)}`);
  if (head === 'condition')
    return at(second === 'anyOf' ? 'condition.anyOf' : 'condition.question');
  if (head === 'options' && second !== undefined) {
    const option = question.options[Number(second)];
    if (!option) return at('options');
    return third === 'labels'
      ? ref.option(question.uid, option.uid, `labels.${langOf(fourth)}`)
      : ref.option(question.uid, option.uid, 'key');
  }
  return at(head && QUESTION_FIELDS.includes(head) ? head : 'key');
}

/**
 * The server's field issues (paths such as `definition.questions.2.options.1.key`) placed
 * on the builder's fields of `draft`, the draft that was sent. Anything else keeps its
 * path and shows in the summary only.
 */
export function placeIssues(draft: Draft, issues: readonly FieldIssue[]): BuilderIssue[] {
  return issues.map((issue) => {
    const parts = issue.path.split('.');
    if (parts[0] === 'definition') parts.shift();
    const [head, second, ...rest] = parts;
    let placed = issue.path || 'definition';
    if (head === 'slug') placed = 'slug';
    else if (head === 'title' || head === 'intro' || head === 'thanks')
      placed = `${head}.${langOf(second)}`;
    else if (head === 'languages') placed = 'languages';
    else if (head === 'questions')
      placed = second === undefined ? 'questions' : questionField(draft, Number(second), rest);
    return { ref: placed, code: issue.code, params: issue.params };
  });
}
