import { IntlMessageFormat } from 'intl-messageformat';
import type { UiLanguage } from '../../core/common/languages.ts';
import { MESSAGES, type MessageKey } from './catalog.ts';

export type MessageParams = Record<string, string | number | Date>;

const cache = new Map<string, IntlMessageFormat>();

function formatter(lang: UiLanguage, key: MessageKey): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new IntlMessageFormat(MESSAGES[key][lang], lang);
    cache.set(id, format);
  }
  return format;
}

/** Translates a typed message key with ICU parameters (plurals, numbers, dates). */
export function translate(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  return String(formatter(lang, key).format(params));
}

/** Translates a key that arrives as a plain string (an error code from the server); unknown keys give `fallback`. */
export function translateDynamic(
  lang: UiLanguage,
  key: string,
  params?: MessageParams,
  fallback?: string,
): string {
  if (!(key in MESSAGES)) return fallback ?? key;
  try {
    return translate(lang, key as MessageKey, params);
  } catch {
    // A value the message needs is missing: the untranslated pattern beats a failed error page.
    return MESSAGES[key as MessageKey][lang];
  }
}

export function hasMessage(key: string): key is MessageKey {
  return key in MESSAGES;
}
