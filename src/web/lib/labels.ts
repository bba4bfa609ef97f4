import { labelIn } from '../../core/common/languages.ts';
import type { SelectOption } from '../components/Select.tsx';
import type { I18n, UiLanguage } from './i18n.tsx';
import type { Reference } from '../../shared/schemas/reference.ts';

/** Labels an organisation gives a tag or an activity kind: any of nl, fr and en. */
type Labels = Partial<Record<UiLanguage, string>>;

/** The themes of the reference data as choices, in the UI language. */
export function themeOptions(reference: Reference | null, lang: UiLanguage): SelectOption[] {
  return (reference?.themes ?? []).map((theme) => ({
    value: theme.key,
    label: theme.labels[lang],
  }));
}

/** The service languages of the reference data as choices; each option in its own language. */
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
export function tagLabel(tag: { slug: string; labels: Labels }, lang: UiLanguage): string {
  return labelIn(tag.labels, lang) ?? tag.slug;
}

/** An activity kind: the organisation's label in the UI language, else the catalog's, else the slug. */
export function kindLabel(
  i18n: Pick<I18n, 'lang' | 'tDynamic'>,
  slug: string,
  labels: Labels | undefined,
): string {
  return labels?.[i18n.lang] || i18n.tDynamic(`activityKind.${slug}`, undefined, slug);
}

/** The label of a value among the choices; the value itself while they load. */
export function labelOf(options: readonly SelectOption[], value: string | null): string {
  if (!value) return '';
  return options.find((option) => option.value === value)?.label ?? value;
}
