import type { FormLanguage } from '../../../core/surveys/model.ts';

/**
 * The public form's own interface texts, in every language the form speaks. The app's
 * catalogs only cover nl, fr and en; this record is typed so that a text missing in one
 * of the six languages is a compile error. Question texts come from the definition.
 */

/** The issue codes the form explains in words; any other code gets `errors.generic`. */
export const KNOWN_ISSUES = [
  'required',
  'unknown_option',
  'out_of_range',
  'too_long',
  'invalid_number',
  'question_not_shown',
  'form_expired',
] as const;
export type KnownIssue = (typeof KNOWN_ISSUES)[number];

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The plural form of `n` in `lang` (Ukrainian and Arabic have several). */
export function plural(lang: FormLanguage, n: number, forms: Plural): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}

/** Keeps a name written in another script from reordering the sentence around it. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

export interface FormStrings {
  /** The language's own name, shown on its button in the switcher. */
  languageName: string;
  languageSwitcher: string;
  loading: string;
  loadFailedTitle: string;
  loadFailed: string;
  retry: string;
  notFoundTitle: string;
  notFoundBody: string;
  closedTitle: string;
  closedBody: string;
  fromOrganisation: (name: string) => string;
  anonymousTitle: string;
  anonymousBody: string;
  start: string;
  progress: (n: number, total: number) => string;
  required: string;
  chooseOne: string;
  chooseAny: string;
  ratingScale: string;
  yes: string;
  no: string;
  numberHint: (min?: number, max?: number) => string;
  freeTextWarning: string;
  characters: (n: number, max: number) => string;
  next: string;
  back: string;
  skip: string;
  send: string;
  skipAndSend: string;
  sending: string;
  errors: {
    required: string;
    unknown_option: string;
    out_of_range: (min: number, max: number) => string;
    too_long: (max: number) => string;
    invalid_number: string;
    question_not_shown: string;
    form_expired: string;
    generic: string;
  };
  rateLimited: string;
  networkError: string;
  serverError: string;
  thanksTitle: string;
  thanksDefault: string;
  countdown: (seconds: number) => string;
  startAgain: string;
  idleTitle: string;
  idleBody: (seconds: number) => string;
  keepGoing: string;
  honeypotLabel: string;
}
