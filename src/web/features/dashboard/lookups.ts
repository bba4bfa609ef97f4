import { useCallback } from 'react';
import { municipalityByNis, municipalityName } from '../../../core/reference/municipalities.ts';
import { SERVICE_LANGUAGE_LABELS } from '../../../core/reference/service-languages.ts';
import { THEME_LABELS, type Theme } from '../../../core/reference/themes.ts';
import type { ActivityKind } from '../../../shared/schemas/activities.ts';
import type { ContactTag, Dashboard } from '../../../shared/schemas/contacts.ts';
import type { Location } from '../../../shared/schemas/locations.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { kindLabel, tagLabel } from '../../lib/labels.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';

export type Breakdown = keyof Dashboard['breakdowns'];

/**
 * The organisation's locations, tags and activity kinds, and the label of any breakdown key
 * in the UI language: reference data, the catalogs, the organisation's own labels, else the
 * key itself; a missing value is "not recorded". The exports label alike on the server.
 */
export function useLookups() {
  const { lang, t, tDynamic } = useI18n();
  const locations = useApiQuery<Page<Location>>('/api/locations', { limit: 200 }).data?.items;
  const tags = useApiQuery<ContactTag[]>('/api/contact-tags').data;
  const kinds = useApiQuery<ActivityKind[]>('/api/activity-kinds').data;

  const label = useCallback(
    (dimension: Breakdown, key: string | null): string => {
      if (key === null) return t('export.notRecorded');
      switch (dimension) {
        case 'type':
          return tDynamic(`contactType.${key}`, undefined, key);
        case 'channel':
          return tDynamic(`channel.${key}`, undefined, key);
        case 'theme':
          return THEME_LABELS[key as Theme]?.[lang] ?? key;
        case 'language':
          return SERVICE_LANGUAGE_LABELS[key]?.[lang] ?? key;
        case 'location':
          return locations?.find((l) => l.id === key)?.name ?? key;
        case 'municipality': {
          const municipality = municipalityByNis(key);
          return municipality ? municipalityName(municipality, lang) : key;
        }
        case 'tag': {
          const tag = tags?.find((candidate) => candidate.slug === key);
          return tag ? tagLabel(tag, lang) : key;
        }
        case 'activityKind':
          return kindLabel(
            { lang, tDynamic },
            key,
            kinds?.find((kind) => kind.slug === key)?.labels,
          );
      }
    },
    [lang, t, tDynamic, locations, tags, kinds],
  );

  return { label, locations: locations ?? [], tags: tags ?? [], kinds: kinds ?? [] };
}

export type Lookups = ReturnType<typeof useLookups>;
