import type { Labels } from '../common/labels.ts';

/**
 * Indicators: declarative definitions of a figure a funder asks for, evaluated in SQL for any
 * period (src/services/indicators/). A definition names a source, a measure, filters and the
 * breakdowns it allows; it never holds SQL. Built-in indicators live in code (built-in.ts);
 * an organisation adds its own (table `indicators`).
 *
 * Sources now: anonymous contacts, activities and questionnaire answers. Later issues add
 * participants, trajectories, appointments and assessments by adding a source here and its
 * SQL in the service's source table.
 */
export const INDICATOR_SOURCES = ['contacts', 'activities', 'survey_answers'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/**
 * `sum`: the sum of the source's quantity (contacts: `count`, the people a line stands for);
 * `count`: rows (contact lines, activities, answers); `count_distinct`: distinct values of
 * one field (contacts: `activity` = sessions or trips; answers: `response` = respondents).
 */
export const INDICATOR_MEASURES = ['sum', 'count', 'count_distinct'] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

export const INDICATOR_UNITS = [
  'people',
  'contacts',
  'activities',
  'sessions',
  'trips',
  'responses',
  'answers',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Fields of a source: which can be filtered, broken down by, or counted distinct. */
export interface SourceField {
  key: string;
  /** Closed value list (validated); `null` = open values (ids, tags, question keys). */
  values: readonly string[] | null;
  filter: boolean;
  breakdown: boolean;
  distinct: boolean;
}

const CONTACT_TYPES_LIST = [
  'individual_advice',
  'documentation_centre',
  'collective_activity',
  'event',
  'outreach',
] as const;
const THEME_LIST = ['learn', 'work', 'move', 'start_business', 'choose'] as const;
const CHANNEL_LIST = ['walk_in', 'phone', 'email', 'online', 'outreach'] as const;
const CATEGORY_LIST = ['collective', 'event', 'outreach'] as const;
const ACTIVITY_STATUS_LIST = ['planned', 'held', 'cancelled'] as const;
const RESPONSE_CHANNEL_LIST = ['web', 'kiosk', 'import'] as const;

/** Date parts any source can be broken down by (in the organisation's calendar). */
export const DATE_BREAKDOWNS = ['year', 'quarter', 'month'] as const;
export type DateBreakdown = (typeof DATE_BREAKDOWNS)[number];

const dateFields: SourceField[] = DATE_BREAKDOWNS.map((key) => ({
  key,
  values: null,
  filter: false,
  breakdown: true,
  distinct: false,
}));

const f = (
  key: string,
  values: readonly string[] | null,
  opts: Partial<Pick<SourceField, 'filter' | 'breakdown' | 'distinct'>> = {},
): SourceField => ({
  key,
  values,
  filter: opts.filter ?? true,
  breakdown: opts.breakdown ?? true,
  distinct: opts.distinct ?? false,
});

/**
 * Every source's fields. Filter values of open fields are checked by the service against the
 * organisation's data where it can (locations, tags) and are otherwise taken as given.
 */
export const SOURCE_FIELDS: Record<IndicatorSource, readonly SourceField[]> = {
  contacts: [
    f('type', CONTACT_TYPES_LIST),
    f('theme', THEME_LIST),
    f('language', null),
    f('channel', CHANNEL_LIST),
    f('location', null),
    f('municipality', null),
    f('tag', null),
    f('activity_kind', null),
    f('activity_category', CATEGORY_LIST),
    f('activity', null, { filter: false, breakdown: false, distinct: true }),
    f('date', null, { filter: false, breakdown: false, distinct: true }),
    ...dateFields,
  ],
  activities: [
    f('kind', null),
    f('category', CATEGORY_LIST),
    f('status', ACTIVITY_STATUS_LIST),
    f('language', null),
    f('theme', THEME_LIST),
    f('location', null),
    f('municipality', null),
    f('partner', null, { distinct: true }),
    ...dateFields,
  ],
  survey_answers: [
    f('survey', null, { breakdown: false }),
    f('question', null),
    f('option', null),
    f('language', null),
    f('channel', RESPONSE_CHANNEL_LIST),
    f('response', null, { filter: false, breakdown: false, distinct: true }),
    ...dateFields,
  ],
};

/** Measures each source allows: only contacts carry a quantity to sum. */
export const SOURCE_MEASURES: Record<IndicatorSource, readonly IndicatorMeasure[]> = {
  contacts: ['sum', 'count', 'count_distinct'],
  activities: ['count', 'count_distinct'],
  survey_answers: ['count', 'count_distinct'],
};

/** One filter: the field must have one of `values` (OR within, AND between filters). */
export interface IndicatorFilter {
  field: string;
  values: string[];
}

export interface IndicatorDefinition {
  source: IndicatorSource;
  measure: IndicatorMeasure;
  /** The field counted distinct (measure `count_distinct` only). */
  distinctField?: string | undefined;
  filters: IndicatorFilter[];
  /** Breakdowns this indicator may be shown by (fields with `breakdown: true`). */
  breakdowns: string[];
}

/** A whole indicator: identity, labels and unit, and its definition. */
export interface Indicator extends IndicatorDefinition {
  code: string;
  labels: Labels;
  description?: Partial<Labels> | undefined;
  unit: IndicatorUnit;
  builtIn: boolean;
}

/** Codes of indicators: lower-case snake case, 2–60 characters, starting with a letter. */
export const INDICATOR_CODE_PATTERN = /^[a-z][a-z0-9_]{1,59}$/;

export const MAX_FILTERS = 10;
export const MAX_FILTER_VALUES = 50;

export function fieldOf(source: IndicatorSource, key: string): SourceField | undefined {
  return SOURCE_FIELDS[source].find((field) => field.key === key);
}

export interface DefinitionIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * Checks a definition against its source: the measure is allowed, the distinct field is
 * countable, every filter names a filterable field (`unknown_field`) with known values
 * (`unknown_value`), breakdowns are allowed fields. Returns issues with field paths
 * (`filters.0.field`), empty when the definition is sound.
 */
export function checkDefinition(def: IndicatorDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (!SOURCE_MEASURES[def.source].includes(def.measure))
    issues.push({ path: 'measure', code: 'measure_not_allowed', params: { source: def.source } });
  if (def.measure === 'count_distinct') {
    const field = def.distinctField ? fieldOf(def.source, def.distinctField) : undefined;
    if (!field?.distinct)
      issues.push({
        path: 'distinctField',
        code: 'unknown_field',
        params: { field: def.distinctField ?? '' },
      });
  } else if (def.distinctField) {
    issues.push({ path: 'distinctField', code: 'not_allowed' });
  }
  const seen = new Set<string>();
  def.filters.forEach((filter, i) => {
    const field = fieldOf(def.source, filter.field);
    if (!field?.filter) {
      issues.push({
        path: `filters.${i}.field`,
        code: 'unknown_field',
        params: { field: filter.field },
      });
      return;
    }
    if (seen.has(filter.field))
      issues.push({
        path: `filters.${i}.field`,
        code: 'duplicate',
        params: { field: filter.field },
      });
    seen.add(filter.field);
    if (filter.values.length === 0)
      issues.push({ path: `filters.${i}.values`, code: 'too_small', params: { minimum: 1 } });
    if (field.values)
      filter.values.forEach((value, j) => {
        if (!field.values!.includes(value))
          issues.push({
            path: `filters.${i}.values.${j}`,
            code: 'unknown_value',
            params: { value },
          });
      });
  });
  def.breakdowns.forEach((key, i) => {
    if (!fieldOf(def.source, key)?.breakdown)
      issues.push({ path: `breakdowns.${i}`, code: 'unknown_field', params: { field: key } });
  });
  return issues;
}
