import { useEffect } from 'react';
import { FORM_LANGUAGES, RTL_LANGUAGES, type FormLanguage } from '../../../core/surveys/model.ts';

export type Direction = 'ltr' | 'rtl';

export function directionOf(lang: FormLanguage): Direction {
  return RTL_LANGUAGES.includes(lang) ? 'rtl' : 'ltr';
}

function isFormLanguage(value: string): value is FormLanguage {
  return (FORM_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The form's first language: the first of the browser's languages that the questionnaire
 * offers, else the organisation's language (else English).
 */
export function preferredLanguage(
  offered: readonly string[],
  fallback: string | undefined,
): FormLanguage {
  const browser =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isFormLanguage(primary) && offered.includes(primary)) return primary;
  }
  if (fallback && isFormLanguage(fallback) && offered.includes(fallback)) return fallback;
  const first = offered.find(isFormLanguage);
  return first ?? 'en';
}

/**
 * Keeps the page itself in the form's language: `<html lang dir>` (screen readers, the
 * browser's own texts, mirrored layout).
 */
export function useDocumentLanguage(lang: FormLanguage) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = directionOf(lang);
  }, [lang]);
}
