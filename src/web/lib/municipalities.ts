import type { UiLanguage } from './i18n.tsx';
import type { Reference } from '../../shared/schemas/reference.ts';
import type { SelectOption } from '../components/Select.tsx';

type Municipality = Reference['municipalities'][number];

/** "Sint-Gillis / Saint-Gilles": both official names, the UI language's first (English follows French). */
export function municipalityName(municipality: Municipality, lang: UiLanguage): string {
  const [first, second] =
    lang === 'nl' ? [municipality.nl, municipality.fr] : [municipality.fr, municipality.nl];
  return first === second ? first : `${first} / ${second}`;
}

/** The municipalities of the reference data as choices, by name in the UI language. */
export function municipalityOptions(reference: Reference | null, lang: UiLanguage): SelectOption[] {
  const items = reference?.municipalities ?? [];
  return items
    .map((municipality) => ({
      value: municipality.nis,
      label: municipalityName(municipality, lang),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** Label of a NIS code, or the code itself while the reference data loads. */
export function municipalityLabeller(reference: Reference | null, lang: UiLanguage) {
  const byNis = new Map(
    (reference?.municipalities ?? []).map((municipality) => [municipality.nis, municipality]),
  );
  return (nis: string | null) => {
    if (!nis) return '';
    const municipality = byNis.get(nis);
    return municipality ? municipalityName(municipality, lang) : nis;
  };
}
