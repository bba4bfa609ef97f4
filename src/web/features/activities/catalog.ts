import { ACTIVITY_CATEGORIES } from '../../../core/contacts/model.ts';
import type { SelectOption } from '../../components/Select.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import {
  kindLabel,
  labelOf,
  serviceLanguageOptions,
  tagLabel,
  themeOptions,
} from '../../lib/labels.ts';
import { municipalityLabeller, municipalityOptions } from '../../lib/municipalities.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useReference } from '../../lib/reference.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { ActivityKind } from '../../../shared/schemas/activities.ts';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import type { Location } from '../../../shared/schemas/locations.ts';

export interface OptionGroup {
  label: string;
  options: SelectOption[];
}

const byLabel = (lang: string) => (a: SelectOption, b: SelectOption) =>
  a.label.localeCompare(b.label, lang);

/**
 * Everything the activity pages label and choose from: kinds, locations, tags and the
 * reference data (themes, service languages, municipalities), with labellers and options.
 */
export function useActivityCatalog() {
  const i18n = useI18n();
  const { lang, t } = i18n;
  const session = useRequiredSession();
  const timeZone = session.currentOrganisation?.timeZone ?? 'Europe/Brussels';
  const reference = useReference();
  const kinds = useApiQuery<ActivityKind[]>('/api/activity-kinds');
  const locations = useApiQuery<Page<Location>>('/api/locations', { limit: 200 });
  const tags = useApiQuery<ContactTag[]>('/api/contact-tags');

  const kindList = kinds.data ?? [];
  const kindBySlug = new Map(kindList.map((kind) => [kind.slug, kind]));
  const locationList = locations.data?.items ?? [];
  const locationById = new Map(locationList.map((location) => [location.id, location]));
  const themes = themeOptions(reference, lang);
  const languages = serviceLanguageOptions(reference, lang);
  const tagOptions = (tags.data ?? [])
    .map((tag) => ({ value: tag.slug, label: tagLabel(tag, lang) }))
    .sort(byLabel(lang));

  const label = {
    kind: (slug: string) => kindLabel(i18n, slug, kindBySlug.get(slug)?.labels),
    location: (id: string | null) => (id ? (locationById.get(id)?.name ?? '') : ''),
    theme: (key: string | null) => labelOf(themes, key),
    language: (code: string | null) => labelOf(languages, code),
    municipality: municipalityLabeller(reference, lang),
    tag: (slug: string) => labelOf(tagOptions, slug),
  };

  /** Kinds grouped by category; `keep` stays listed even when switched off (the current one). */
  const kindGroups = (onlyActive: boolean, keep?: string): OptionGroup[] =>
    ACTIVITY_CATEGORIES.map((category) => ({
      label: t(`activityCategory.${category}`),
      options: kindList
        .filter((kind) => kind.category === category)
        .filter((kind) => !onlyActive || kind.active || kind.slug === keep)
        .map((kind) => ({ value: kind.slug, label: label.kind(kind.slug) }))
        .sort(byLabel(lang)),
    })).filter((group) => group.options.length > 0);

  const options = {
    kinds: kindGroups,
    categories: ACTIVITY_CATEGORIES.map((category) => ({
      value: category,
      label: t(`activityCategory.${category}`),
    })),
    themes,
    languages,
    municipalities: municipalityOptions(reference, lang),
    locations: (keep?: string | null) =>
      locationList
        .filter((location) => location.active || location.id === keep)
        .map((location) => ({ value: location.id, label: location.name }))
        .sort(byLabel(lang)),
    tags: tagOptions,
  };

  return {
    timeZone,
    label,
    options,
    ready: Boolean(reference && kinds.data && locations.data && tags.data),
    error: kinds.error ?? locations.error ?? tags.error,
  };
}

export type ActivityCatalog = ReturnType<typeof useActivityCatalog>;
