import type { UiLanguage } from '../../core/common/languages.ts';

/** One message in ICU MessageFormat, in each UI language. The type makes a missing language a compile error. */
export type MessageEntry = Record<UiLanguage, string>;

/** Declares a group of messages; keeps the literal keys so that `t()` is typed. */
export function defineMessages<const T extends Record<string, MessageEntry>>(messages: T): T {
  return messages;
}
