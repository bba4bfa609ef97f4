import { CHANNELS, CONTACT_TYPES } from '../../../core/contacts/model.ts';
import type { SelectOption } from '../../components/Select.tsx';
import type { Formatters } from '../../lib/format.ts';
import type { Translate, UiLanguage } from '../../lib/i18n.tsx';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import type { Location } from '../../../shared/schemas/locations.ts';
import type { Reference } from '../../../shared/schemas/reference.ts';

/** Choices and labels of the contact fields, in the UI language. */
export interface ContactChoices {
  types: SelectOption[];
  channels: SelectOption[];
  themes: SelectOption[];
  languages: SelectOption[];
  locations: SelectOption[];
  municipalities: SelectOption[];
  tags: SelectOption[];
}

function municipalityOptions(reference: Reference | null, lang: UiLanguage): SelectOption[] {
  return (reference?.municipalities ?? [])
    .map((m) => {
      // Both official names, the UI language's first (English follows French).
      const [first, second] = lang === 'nl' ? [m.nl, m.fr] : [m.fr, m.nl];
      return { value: m.nis, label: first === second ? first : `${first} / ${second}` };
    })
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

export function tagLabel(tag: ContactTag, lang: UiLanguage): string {
  return tag.labels[lang] ?? tag.labels.en ?? tag.labels.nl ?? tag.labels.fr ?? tag.slug;
}

export function contactChoices(
  t: Translate,
  lang: UiLanguage,
  reference: Reference | null,
  locations: readonly Location[],
  tags: readonly ContactTag[],
): ContactChoices {
  return {
    types: CONTACT_TYPES.map((type) => ({ value: type, label: t(`contactType.${type}`) })),
    channels: CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) })),
    themes: (reference?.themes ?? []).map((theme) => ({
      value: theme.key,
      label: theme.labels[lang],
    })),
    languages: (reference?.serviceLanguages ?? []).map((language) => ({
      value: language.code,
      label: language.labels[lang],
      lang: language.code,
    })),
    locations: locations.map((location) => ({
      value: location.id,
      label: location.active
        ? location.name
        : t('contacts.location.inactive', { name: location.name }),
    })),
    municipalities: municipalityOptions(reference, lang),
    tags: tags.map((tag) => ({ value: tag.slug, label: tagLabel(tag, lang) })),
  };
}

/** The label of a value among the choices; the value itself while they load. */
export function labelOf(options: readonly SelectOption[], value: string | null): string {
  if (!value) return '';
  return options.find((option) => option.value === value)?.label ?? value;
}

/** A calendar date (YYYY-MM-DD) as the reader writes it: a day, not an instant, so read in UTC. */
export function calendarDate(format: Formatters, date: string): string {
  return format.date(date, 'UTC');
}
