import { CHANNELS, CONTACT_TYPES } from '../../../core/contacts/model.ts';
import type { SelectOption } from '../../components/Select.tsx';
import type { Formatters } from '../../lib/format.ts';
import type { Translate, UiLanguage } from '../../lib/i18n.tsx';
import { serviceLanguageOptions, tagLabel, themeOptions } from '../../lib/labels.ts';
import { municipalityOptions } from '../../lib/municipalities.ts';
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
    themes: themeOptions(reference, lang),
    languages: serviceLanguageOptions(reference, lang),
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

/** A calendar date (YYYY-MM-DD) as the reader writes it: a day, not an instant, so read in UTC. */
export function calendarDate(format: Formatters, date: string): string {
  return format.date(date, 'UTC');
}
