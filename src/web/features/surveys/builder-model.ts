import {
  BASE_LANGUAGES,
  CHOICE_TYPES,
  FORM_LANGUAGES,
  RATING_KEYS,
  YES_NO_KEYS,
  type ExtraFormLanguage,
  type FormLanguage,
  type QuestionType,
  type SurveyDefinition,
  type SurveyText,
} from '../../../core/surveys/model.ts';
import type { SurveyDefinitionInput } from '../../../shared/schemas/surveys.ts';

/** A text as the builder edits it: a string per form language (empty when not given). */
export type DraftText = Record<FormLanguage, string>;

export interface DraftOption {
  /** Stable while editing: React keys, focus targets and issues follow it when options move. */
  uid: string;
  key: string;
  labels: DraftText;
}

/** Show the question after an answer to an earlier question (referred to by uid). */
export interface DraftCondition {
  questionUid: string;
  /** Option uids for single/multiple choice sources; the fixed keys for rating and yes/no. */
  anyOf: string[];
}

export interface DraftQuestion {
  uid: string;
  key: string;
  type: QuestionType;
  required: boolean;
  labels: DraftText;
  help: DraftText;
  options: DraftOption[];
  min: string;
  max: string;
  condition: DraftCondition | null;
}

export interface Draft {
  slug: string;
  languages: ExtraFormLanguage[];
  title: DraftText;
  intro: DraftText;
  thanks: DraftText;
  questions: DraftQuestion[];
}

let counter = 0;
/** A fresh id for a question or option being edited. */
export const newUid = () => `u${++counter}`;

export const emptyText = (): DraftText =>
  Object.fromEntries(FORM_LANGUAGES.map((lang) => [lang, ''])) as DraftText;

const draftText = (text: Partial<SurveyText> | undefined): DraftText => ({
  ...emptyText(),
  ...Object.fromEntries(Object.entries(text ?? {}).filter(([, value]) => value)),
});

/** Whether the question's answers are its own options (not the fixed 1–5 or yes/no). */
export const hasOwnOptions = (type: QuestionType) =>
  type === 'single_choice' || type === 'multiple_choice';

/** A key not yet used among `taken`: `prefix_1`, `prefix_2`, … */
export function freeKey(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++)
    if (!taken.includes(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

export function newOption(taken: readonly string[]): DraftOption {
  return { uid: newUid(), key: freeKey('option', taken), labels: emptyText() };
}

export function newQuestion(taken: readonly string[]): DraftQuestion {
  const first = newOption([]);
  return {
    uid: newUid(),
    key: freeKey('question', taken),
    type: 'single_choice',
    required: false,
    labels: emptyText(),
    help: emptyText(),
    options: [first, newOption([first.key])],
    min: '',
    max: '',
    condition: null,
  };
}

/** The draft of a saved definition (or of the template a new questionnaire starts from). */
export function draftOf(definition: SurveyDefinition | null, slug = ''): Draft {
  const questions: DraftQuestion[] = [];
  for (const question of definition?.questions ?? []) {
    const options = (question.options ?? []).map((option) => ({
      uid: newUid(),
      key: option.key,
      labels: draftText(option.labels),
    }));
    const source = questions.find((q) => q.key === question.condition?.question);
    questions.push({
      uid: newUid(),
      key: question.key,
      type: question.type,
      required: question.required,
      labels: draftText(question.labels),
      help: draftText(question.help),
      options,
      min: question.min === undefined ? '' : String(question.min),
      max: question.max === undefined ? '' : String(question.max),
      condition: question.condition
        ? {
            questionUid: source?.uid ?? '',
            anyOf: question.condition.anyOf.map(
              (key) => source?.options.find((option) => option.key === key)?.uid ?? key,
            ),
          }
        : null,
    });
  }
  return {
    slug,
    languages: [...(definition?.languages ?? [])],
    title: draftText(definition?.title),
    intro: draftText(definition?.intro),
    thanks: draftText(definition?.thanks),
    questions,
  };
}

/** The answers a condition can wait for: own options by uid, or the fixed keys. */
export function conditionChoices(source: DraftQuestion): { ref: string; key: string }[] {
  if (hasOwnOptions(source.type))
    return source.options.map((option) => ({ ref: option.uid, key: option.key }));
  const keys = source.type === 'rating' ? RATING_KEYS : source.type === 'yes_no' ? YES_NO_KEYS : [];
  return keys.map((key) => ({ ref: key, key }));
}

/** Earlier questions a condition of question `index` may point at. */
export function conditionSources(draft: Draft, index: number): DraftQuestion[] {
  return draft.questions.slice(0, index).filter((q) => CHOICE_TYPES.includes(q.type));
}

export const hasAnyBase = (text: DraftText) => BASE_LANGUAGES.some((lang) => text[lang].trim());

function surveyText(text: DraftText, languages: readonly ExtraFormLanguage[]): SurveyText {
  const result: SurveyText = { nl: text.nl.trim(), fr: text.fr.trim(), en: text.en.trim() };
  for (const lang of languages) if (text[lang].trim()) result[lang] = text[lang].trim();
  return result;
}

const toNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

/**
 * The definition to save. Questions and options keep the draft's order, so the server's
 * issue paths (`questions.2.options.1.key`) point back at the draft by index.
 */
export function definitionOf(draft: Draft): SurveyDefinitionInput {
  const langs = draft.languages;
  const optionalText = (text: DraftText) =>
    hasAnyBase(text) ? surveyText(text, langs) : undefined;
  return {
    title: surveyText(draft.title, langs),
    ...(hasAnyBase(draft.intro) ? { intro: optionalText(draft.intro) } : {}),
    ...(hasAnyBase(draft.thanks) ? { thanks: optionalText(draft.thanks) } : {}),
    languages: [...langs],
    questions: draft.questions.map((question) => {
      const source = draft.questions.find((q) => q.uid === question.condition?.questionUid);
      const choices = source ? conditionChoices(source) : [];
      const min = question.type === 'number' ? toNumber(question.min) : undefined;
      const max = question.type === 'number' ? toNumber(question.max) : undefined;
      return {
        key: question.key.trim(),
        type: question.type,
        required: question.required,
        labels: surveyText(question.labels, langs),
        ...(hasAnyBase(question.help) ? { help: surveyText(question.help, langs) } : {}),
        ...(hasOwnOptions(question.type)
          ? {
              options: question.options.map((option) => ({
                key: option.key.trim(),
                labels: surveyText(option.labels, langs),
              })),
            }
          : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(question.condition
          ? {
              condition: {
                question: source?.key.trim() ?? '',
                anyOf: question.condition.anyOf
                  .map((ref) => choices.find((choice) => choice.ref === ref)?.key)
                  .filter((key): key is string => Boolean(key)),
              },
            }
          : {}),
      };
    }),
  };
}

/** `list` with the item at `from` moved by `by` places (-1 up, +1 down); unchanged at an end. */
export function moved<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
