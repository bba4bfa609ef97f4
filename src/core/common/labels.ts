import type { UiLanguage } from './languages.ts';

/** A text in each of the three UI languages. */
export type Labels = Record<UiLanguage, string>;
