import type { ContactType } from '../../../core/contacts/model.ts';
import type { Translate, UiLanguage } from '../../lib/i18n.tsx';
import type { SelectOption } from '../../components/Select.tsx';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import type { Reference } from '../../../shared/schemas/reference.ts';

/** The languages a Brussels front desk uses most: shown as toggles, the others in a select. */
export const MAIN_LANGUAGES = ['nl', 'fr', 'en'] as const;

export function themeOptions(reference: Reference | null, lang: UiLanguage): SelectOption[] {
  return (reference?.themes ?? []).map((theme) => ({
    value: theme.key,
    label: theme.labels[lang],
  }));
}

export function serviceLanguageOptions(
  reference: Reference | null,
  lang: UiLanguage,
): SelectOption[] {
  return (reference?.serviceLanguages ?? []).map((language) => ({
    value: language.code,
    label: language.labels[lang],
    lang: language.code,
  }));
}

/** A tag's label in the UI language, else in another one, else its slug. */
export function tagLabel(tag: ContactTag, lang: UiLanguage): string {
  return tag.labels[lang] ?? tag.labels.en ?? tag.labels.nl ?? tag.labels.fr ?? tag.slug;
}

/** Looks a code up in a list of options; the code itself while the list loads. */
export function labelOf(options: readonly SelectOption[], value: string | null): string | null {
  if (!value) return null;
  return options.find((option) => option.value === value)?.label ?? value;
}

/** "Individual advice · Work · Dutch": what an entry was, for confirmations and the undo list. */
export function describeEntry(
  t: Translate,
  entry: { type: ContactType; theme: string | null; language: string | null },
  themes: readonly SelectOption[],
  languages: readonly SelectOption[],
): string {
  return [
    t(`contactType.${entry.type}`),
    labelOf(themes, entry.theme),
    labelOf(languages, entry.language),
  ]
    .filter(Boolean)
    .join(' · ');
}
