import { useId } from 'react';
import { LANGUAGES, useI18n, type UiLanguage } from '../lib/i18n.tsx';

/** The nl/fr/en switcher; each language is named in itself. */
export function LanguageSelect({
  onChange,
  disabled,
}: {
  onChange(lang: UiLanguage): void;
  disabled?: boolean;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  return (
    <div className="toolbar-field">
      <label htmlFor={id} className="toolbar-field__label">
        {t('nav.language')}
      </label>
      <select
        id={id}
        className="input select select--compact"
        value={lang}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as UiLanguage)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
