import type { UiLanguage } from '../../core/common/languages.ts';
import {
  INDICATOR_SOURCES,
  SOURCE_FIELDS,
  SOURCE_MEASURES,
  type DefinitionIssue,
  type IndicatorDefinition,
} from '../../core/indicators/model.ts';
import type { IndicatorCatalog } from '../../shared/schemas/indicators.ts';
import { CHECKED_OPEN_FIELDS, openValues, valueLabel, type Lookups } from './labels.ts';

/**
 * What the web builder may pick: every source with its measures and fields, and the values
 * it knows for each field (closed lists, reference data and the organisation's own values),
 * labelled in `lang`.
 */
export function buildCatalog(lookups: Lookups, lang: UiLanguage): IndicatorCatalog {
  return {
    sources: INDICATOR_SOURCES.map((source) => ({
      source,
      measures: [...SOURCE_MEASURES[source]],
      fields: SOURCE_FIELDS[source].map((field) => {
        const values = field.values ? [...field.values] : openValues(field.key, lookups);
        return {
          key: field.key,
          filter: field.filter,
          breakdown: field.breakdown,
          distinct: field.distinct,
          values:
            values?.map((value) => ({
              value,
              label: valueLabel(source, field.key, value, lang, lookups),
            })) ?? null,
        };
      }),
    })),
  };
}

/**
 * Filter values of open fields the organisation can know (languages, municipalities, its
 * locations, tags, activity kinds and questionnaires) must be known: `unknown_value` at
 * `filters.i.values.j` otherwise. Closed lists are checked by core `checkDefinition`.
 */
export function checkOpenValues(def: IndicatorDefinition, lookups: Lookups): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  def.filters.forEach((filter, i) => {
    if (!CHECKED_OPEN_FIELDS.includes(filter.field)) return;
    const field = SOURCE_FIELDS[def.source].find((f) => f.key === filter.field);
    if (!field || field.values) return;
    const known = new Set(openValues(filter.field, lookups) ?? []);
    filter.values.forEach((value, j) => {
      if (!known.has(value))
        issues.push({ path: `filters.${i}.values.${j}`, code: 'unknown_value', params: { value } });
    });
  });
  return issues;
}
