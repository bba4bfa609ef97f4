import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../../core/common/languages.ts';
import type { MessageKey } from '../../shared/i18n/catalog.ts';
import { translate, translateDynamic, type MessageParams } from '../../shared/i18n/translate.ts';
import { setApiLanguage } from './api.ts';
import { createFormatters, type Formatters } from './format.ts';

export type { MessageKey, UiLanguage };
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18n {
  lang: UiLanguage;
  setLang(lang: UiLanguage): void;
  t: Translate;
  /** For keys built at run time (error codes, audit actions): `fallback` when the catalog lacks it. */
  tDynamic(key: string, params?: MessageParams, fallback?: string): string;
  format: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

/** The browser's preferred UI language (public pages); English when none of ours is listed. */
export function browserLanguage(): UiLanguage {
  const preferred =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}

export const LANGUAGES: readonly UiLanguage[] = UI_LANGUAGES;

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: UiLanguage }) {
  const [lang, setLangState] = useState<UiLanguage>(() => initial ?? browserLanguage());

  useEffect(() => {
    document.documentElement.lang = lang;
    setApiLanguage(lang);
  }, [lang]);

  const setLang = useCallback((next: UiLanguage) => {
    setApiLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      tDynamic: (key, params, fallback) => translateDynamic(lang, key, params, fallback),
      format: createFormatters(lang),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}

/** The typed translate function of the current UI language. */
export function useT(): Translate {
  return useI18n().t;
}
