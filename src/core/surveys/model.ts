/**
 * The anonymous questionnaire: its question types, the languages its public form speaks
 * and the shape of a definition. A definition is plain data (stored as JSON per version),
 * so the builder, the public form, the import and the results read the same thing.
 */
export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'rating',
  'number',
  'yes_no',
  'free_text',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Types whose answers are option keys, so they can be counted, filtered and crossed. */
export const CHOICE_TYPES: readonly QuestionType[] = [
  'single_choice',
  'multiple_choice',
  'rating',
  'yes_no',
];
/** Types where one respondent gives at most one option: their options add up to `answered`. */
export const EXCLUSIVE_TYPES: readonly QuestionType[] = ['single_choice', 'rating', 'yes_no'];

export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** How an answer reached us; kept because results are often read per channel. */
export const RESPONSE_CHANNELS = ['web', 'kiosk', 'import'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

/** The three languages every text must have. */
export const BASE_LANGUAGES = ['nl', 'fr', 'en'] as const;
/** Extra languages a public form may offer (Arabic is written right to left). */
export const EXTRA_FORM_LANGUAGES = ['uk', 'ar', 'es'] as const;
export const FORM_LANGUAGES = [...BASE_LANGUAGES, ...EXTRA_FORM_LANGUAGES] as const;
export type FormLanguage = (typeof FORM_LANGUAGES)[number];
export type ExtraFormLanguage = (typeof EXTRA_FORM_LANGUAGES)[number];
export const RTL_LANGUAGES: readonly FormLanguage[] = ['ar'];

/** A text in every base language, optionally in the extra ones. */
export type SurveyText = Record<(typeof BASE_LANGUAGES)[number], string> &
  Partial<Record<ExtraFormLanguage, string>>;

export interface SurveyOption {
  key: string;
  labels: SurveyText;
}

/** Show the question only when an earlier question's answer is one of `anyOf`. */
export interface SurveyCondition {
  question: string;
  anyOf: string[];
}

export interface SurveyQuestion {
  key: string;
  type: QuestionType;
  required: boolean;
  labels: SurveyText;
  help?: SurveyText | undefined;
  /** single_choice and multiple_choice only. */
  options?: SurveyOption[] | undefined;
  /** number only: the accepted range (inclusive). */
  min?: number | undefined;
  max?: number | undefined;
  condition?: SurveyCondition | undefined;
}

export interface SurveyDefinition {
  title: SurveyText;
  intro?: SurveyText | undefined;
  thanks?: SurveyText | undefined;
  /** Extra languages the public form offers beside nl, fr and en. */
  languages: ExtraFormLanguage[];
  questions: SurveyQuestion[];
}

export const RATING_KEYS = ['1', '2', '3', '4', '5'] as const;
export const YES_NO_KEYS = ['yes', 'no'] as const;
export const FREE_TEXT_MAX_LENGTH = 500;
export const MAX_QUESTIONS = 100;
export const MAX_OPTIONS = 60;
export const NUMBER_LIMIT = 1_000_000;

/** The option keys a choice question accepts (rating and yes/no have fixed ones). */
export function optionKeysOf(question: SurveyQuestion): string[] {
  if (question.type === 'rating') return [...RATING_KEYS];
  if (question.type === 'yes_no') return [...YES_NO_KEYS];
  return (question.options ?? []).map((o) => o.key);
}

/** The text in `lang`, falling back to English, then Dutch. */
export function textIn(text: SurveyText | undefined, lang: FormLanguage): string {
  if (!text) return '';
  return text[lang] || text.en || text.nl || text.fr || '';
}

/** Small-cell threshold: default 5, never below 3. */
export const DEFAULT_SMALL_CELL_THRESHOLD = 5;
export const MIN_SMALL_CELL_THRESHOLD = 3;
export const MAX_SMALL_CELL_THRESHOLD = 50;

/** A form submitted faster than this is a bot: discarded without a word. */
export const MIN_FILL_SECONDS = 2;
/** A form token older than this is refused (the form is reloaded). */
export const FORM_TOKEN_MAX_AGE_HOURS = 24;

/** The submission time as stored: the start of its hour (UTC), nothing finer. */
export function toHour(instant: Date): Date {
  const hour = new Date(instant.getTime());
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}
