import { ACTIVITY_CATEGORIES } from '../../../core/contacts/model.ts';
import type { SelectOption } from '../../components/Select.tsx';
import { useI18n, type I18n, type UiLanguage } from '../../lib/i18n.tsx';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useReference } from '../../lib/reference.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { ActivityKind } from '../../../shared/schemas/activities.ts';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import type { Location } from '../../../shared/schemas/locations.ts';
import type { Reference } from '../../../shared/schemas/reference.ts';

export interface OptionGroup {
  label: string;
  options: SelectOption[];
}

type Labelled = { nl?: string | undefined; fr?: string | undefined; en?: string | undefined };

/** The organisation's label in the UI language; for built-in kinds the catalog's; else the slug. */
export function kindLabel(
  i18n: Pick<I18n, 'lang' | 'tDynamic'>,
  slug: string,
  kind: { builtIn: boolean; labels: Labelled } | undefined,
): string {
  const own = kind?.labels[i18n.lang];
  if (own) return own;
  return i18n.tDynamic(`activityKind.${slug}`, undefined, slug);
}

function municipalityName(m: Reference['municipalities'][number], lang: UiLanguage) {
  const [first, second] = lang === 'nl' ? [m.nl, m.fr] : [m.fr, m.nl];
  return first === second ? first : `${first} / ${second}`;
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
  const themeByKey = new Map((reference?.themes ?? []).map((theme) => [theme.key, theme]));
  const languageByCode = new Map(
    (reference?.serviceLanguages ?? []).map((language) => [language.code, language]),
  );
  const municipalityByNis = new Map(
    (reference?.municipalities ?? []).map((municipality) => [municipality.nis, municipality]),
  );
  const tagList = tags.data ?? [];

  const label = {
    kind: (slug: string) => kindLabel(i18n, slug, kindBySlug.get(slug)),
    location: (id: string | null) => (id ? (locationById.get(id)?.name ?? '') : ''),
    theme: (key: string | null) => (key ? (themeByKey.get(key)?.labels[lang] ?? key) : ''),
    language: (code: string | null) =>
      code ? (languageByCode.get(code)?.labels[lang] ?? code) : '',
    municipality: (nis: string | null) => {
      const municipality = nis ? municipalityByNis.get(nis) : undefined;
      return municipality ? municipalityName(municipality, lang) : (nis ?? '');
    },
    tag: (slug: string) => tagList.find((tag) => tag.slug === slug)?.labels[lang] ?? slug,
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
    themes: (reference?.themes ?? []).map((theme) => ({
      value: theme.key,
      label: theme.labels[lang],
    })),
    languages: (reference?.serviceLanguages ?? []).map((language) => ({
      value: language.code,
      label: language.labels[lang],
    })),
    municipalities: (reference?.municipalities ?? [])
      .map((municipality) => ({
        value: municipality.nis,
        label: municipalityName(municipality, lang),
      }))
      .sort(byLabel(lang)),
    locations: (keep?: string | null) =>
      locationList
        .filter((location) => location.active || location.id === keep)
        .map((location) => ({ value: location.id, label: location.name }))
        .sort(byLabel(lang)),
    tags: tagList
      .map((tag) => ({ value: tag.slug, label: label.tag(tag.slug) }))
      .sort(byLabel(lang)),
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
