import { sql } from 'drizzle-orm';
import { labelIn, type UiLanguage } from '../../core/common/languages.ts';
import type { IndicatorSource } from '../../core/indicators/model.ts';
import {
  BRUSSELS_MUNICIPALITIES,
  municipalityByNis,
  municipalityName,
} from '../../core/reference/municipalities.ts';
import { SERVICE_LANGUAGE_LABELS } from '../../core/reference/service-languages.ts';
import { THEME_LABELS, type Theme } from '../../core/reference/themes.ts';
import { VISITOR_PROFILE, VISITOR_PROFILE_TEMPLATE } from '../../core/surveys/visitor-profile.ts';
import type { Executor } from '../../db/client.ts';
import { translate, translateDynamic } from '../../shared/i18n/translate.ts';
import { kindsOf } from '../activity-kinds.ts';
import { rowsOf } from '../contacts/drafts.ts';

/**
 * The organisation's open values (locations, tags, activity kinds, partners, questionnaires)
 * and the labels of every field value in a UI language, for the catalog and value groups.
 */
type PartialLabels = Partial<Record<UiLanguage, string>>;

export interface Lookups {
  /** Location id → name. */
  locations: Map<string, string>;
  /** Tag slug → labels (defined tags and tags used on contacts). */
  tags: Map<string, PartialLabels>;
  /** Activity kind slug → the organisation's labels; `builtIn` kinds have catalog labels. */
  kinds: Map<string, { labels: PartialLabels; builtIn: boolean }>;
  partners: string[];
  /** Questionnaire slug or template → title. */
  surveys: Map<string, PartialLabels>;
}

/** Loads the organisation's open values (`tx` carries its context). */
export async function loadLookups(tx: Executor, organisationId: string): Promise<Lookups> {
  const locationRows = rowsOf<{ id: string; name: string }>(
    await tx.execute(sql`SELECT id::text AS id, name FROM locations
      WHERE organisation_id = ${organisationId} ORDER BY name`),
  );
  // Used tags from the daily summary (cheap), defined tags with their labels.
  const tagRows = rowsOf<{ slug: string; labels: PartialLabels | null }>(
    await tx.execute(sql`SELECT slug, labels FROM contact_tags WHERE organisation_id = ${organisationId}
      UNION ALL SELECT DISTINCT key, NULL::jsonb FROM contact_day_stats
      WHERE organisation_id = ${organisationId} AND dimension = 'tag' AND key <> ''`),
  );
  const tags = new Map<string, PartialLabels>();
  for (const row of tagRows)
    if (row.labels || !tags.has(row.slug)) tags.set(row.slug, row.labels ?? {});
  const partnerRows = rowsOf<{ partner: string }>(
    await tx.execute(sql`SELECT DISTINCT partner FROM activities
      WHERE organisation_id = ${organisationId} AND partner IS NOT NULL ORDER BY partner`),
  );
  const surveyRows = rowsOf<{ slug: string; template: string | null; title: PartialLabels | null }>(
    await tx.execute(sql`SELECT s.slug, s.template,
        (SELECT v.definition->'title' FROM survey_versions v
         WHERE v.organisation_id = s.organisation_id AND v.survey_id = s.id
         ORDER BY v.version DESC LIMIT 1) AS title
      FROM surveys s WHERE s.organisation_id = ${organisationId} ORDER BY s.slug`),
  );
  const surveys = new Map<string, PartialLabels>([
    [VISITOR_PROFILE_TEMPLATE, VISITOR_PROFILE.title],
  ]);
  for (const row of surveyRows) surveys.set(row.slug, row.title ?? {});
  const kinds = new Map(
    (await kindsOf(tx, organisationId)).map((k) => [
      k.slug,
      { labels: k.labels, builtIn: k.builtIn },
    ]),
  );
  return {
    locations: new Map(locationRows.map((r) => [r.id, r.name])),
    tags,
    kinds,
    partners: partnerRows.map((r) => r.partner),
    surveys,
  };
}

/** No open values: enough to label fields whose labels come from catalogs and reference data. */
export function emptyLookups(): Lookups {
  return {
    locations: new Map(),
    tags: new Map(),
    kinds: new Map(),
    partners: [],
    surveys: new Map(),
  };
}

/** Whether labelling `field` needs the organisation's own values. */
export function needsLookups(field: string | undefined): boolean {
  return ['location', 'tag', 'activity_kind', 'kind', 'survey'].includes(field ?? '');
}

const profileQuestion = (key: string) => VISITOR_PROFILE.questions.find((q) => q.key === key);

function optionLabel(key: string, lang: UiLanguage, questions: readonly string[]): string {
  const inQuestions = questions.length
    ? VISITOR_PROFILE.questions.filter((q) => questions.includes(q.key))
    : VISITOR_PROFILE.questions;
  for (const question of inQuestions) {
    const option = question.options?.find((o) => o.key === key);
    if (option) return option.labels[lang] ?? key;
  }
  return key;
}

/**
 * The label of one value of a field in `lang`: catalogs for closed lists, reference data,
 * the organisation's own names and labels, the visitor profile's texts; date parts as is.
 * `questions`: the question filter, which says which question an option key belongs to.
 */
export function valueLabel(
  source: IndicatorSource,
  field: string,
  key: string | null,
  lang: UiLanguage,
  lookups: Lookups,
  questions: readonly string[] = [],
): string {
  if (key === null) return translate(lang, 'export.notRecorded');
  switch (field) {
    case 'type':
      return translateDynamic(lang, `contactType.${key}`, undefined, key);
    case 'channel':
      return source === 'survey_answers'
        ? translateDynamic(lang, `survey.channel.${key}`, undefined, key)
        : translateDynamic(lang, `channel.${key}`, undefined, key);
    case 'theme':
      return THEME_LABELS[key as Theme]?.[lang] ?? key;
    case 'language':
      return SERVICE_LANGUAGE_LABELS[key]?.[lang] ?? key;
    case 'municipality': {
      const municipality = municipalityByNis(key);
      return municipality ? municipalityName(municipality, lang) : key;
    }
    case 'location':
      return lookups.locations.get(key) ?? key;
    case 'tag':
      return labelIn(lookups.tags.get(key) ?? {}, lang) ?? key;
    case 'activity_kind':
    case 'kind':
      return (
        labelIn(lookups.kinds.get(key)?.labels ?? {}, lang) ??
        translateDynamic(lang, `activityKind.${key}`, undefined, key)
      );
    case 'activity_category':
    case 'category':
      return translateDynamic(lang, `activityCategory.${key}`, undefined, key);
    case 'status':
      return translateDynamic(lang, `activityStatus.${key}`, undefined, key);
    case 'survey':
      return labelIn(lookups.surveys.get(key) ?? {}, lang) ?? key;
    case 'question':
      return profileQuestion(key)?.labels[lang] ?? key;
    case 'option':
      return optionLabel(key, lang, questions);
    default:
      return key;
  }
}

/** Every option key of the visitor profile, once (the first question's label wins). */
function profileOptionKeys(): string[] {
  const keys = new Set<string>();
  for (const question of VISITOR_PROFILE.questions)
    for (const option of question.options ?? []) keys.add(option.key);
  return [...keys];
}

/** The known values of an open field, or null when the field has no list. */
export function openValues(field: string, lookups: Lookups): string[] | null {
  switch (field) {
    case 'language':
      return Object.keys(SERVICE_LANGUAGE_LABELS);
    case 'municipality':
      return BRUSSELS_MUNICIPALITIES.map((m) => m.nis);
    case 'location':
      return [...lookups.locations.keys()];
    case 'tag':
      return [...lookups.tags.keys()].sort();
    case 'activity_kind':
    case 'kind':
      return [...lookups.kinds.keys()];
    case 'partner':
      return lookups.partners;
    case 'survey':
      return [...lookups.surveys.keys()];
    case 'question':
      return VISITOR_PROFILE.questions.map((q) => q.key);
    case 'option':
      return profileOptionKeys();
    default:
      return null;
  }
}

/** Open fields whose filter values must be among the known values (others are free). */
export const CHECKED_OPEN_FIELDS = [
  'language',
  'municipality',
  'location',
  'tag',
  'activity_kind',
  'kind',
  'survey',
];
