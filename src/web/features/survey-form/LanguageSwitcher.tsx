import type { FormLanguage } from '../../../core/surveys/model.ts';
import { directionOf } from './language.ts';
import { STRINGS } from './strings.ts';

/**
 * One button per language the questionnaire offers, each named in its own language
 * (and marked up in it, so screen readers pronounce it right); the chosen one is pressed.
 */
export function LanguageSwitcher({
  languages,
  lang,
  onChange,
}: {
  languages: readonly FormLanguage[];
  lang: FormLanguage;
  onChange(lang: FormLanguage): void;
}) {
  if (languages.length < 2) return null;
  return (
    <nav className="sf-langs" aria-label={STRINGS[lang].languageSwitcher}>
      <ul className="sf-langs__list">
        {languages.map((code) => (
          <li key={code}>
            <button
              type="button"
              className="sf-langs__button"
              lang={code}
              dir={directionOf(code)}
              aria-pressed={code === lang}
              onClick={() => onChange(code)}
            >
              {STRINGS[code].languageName}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
