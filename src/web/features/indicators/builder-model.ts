import { UI_LANGUAGES, type UiLanguage } from '../../../core/common/languages.ts';
import type {
  IndicatorMeasure,
  IndicatorSource,
  IndicatorUnit,
} from '../../../core/indicators/model.ts';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';

export type Texts = Record<UiLanguage, string>;

/** One filter row: values ticked from a known list, or typed (comma-separated) for open fields. */
export interface DraftFilter {
  uid: string;
  field: string;
  values: string[];
  text: string;
}

/** The builder's state: what the user edits, before it becomes an API body. */
export interface Draft {
  code: string;
  labels: Texts;
  description: Texts;
  unit: IndicatorUnit | '';
  source: IndicatorSource;
  measure: IndicatorMeasure;
  distinctField: string;
  filters: DraftFilter[];
  breakdowns: string[];
}

/** A problem placed on a builder field (`ref`: `code`, `labels.fr`, `filter:f2.values`, …). */
export interface DraftIssue {
  ref: string;
  code: string;
  params?: Record<string, string | number> | undefined;
}

let counter = 0;
/** A new filter row (its uid keeps issues and focus on the row when others are removed). */
export const newFilter = (field = ''): DraftFilter => ({
  uid: `f${++counter}`,
  field,
  values: [],
  text: '',
});

const noTexts = (): Texts => ({ nl: '', fr: '', en: '' });

/** An empty draft: contacts, sum, no filter. */
export const emptyDraft = (): Draft => ({
  code: '',
  labels: noTexts(),
  description: noTexts(),
  unit: '',
  source: 'contacts',
  measure: 'sum',
  distinctField: '',
  filters: [],
  breakdowns: [],
});

/** The draft of an existing indicator; open fields' values go to the text box. */
export function draftOf(indicator: IndicatorDto, hasList: (field: string) => boolean): Draft {
  return {
    code: indicator.code,
    labels: { ...indicator.labels },
    description: { ...noTexts(), ...indicator.description },
    unit: indicator.unit,
    source: indicator.source,
    measure: indicator.measure,
    distinctField: indicator.distinctField ?? '',
    filters: indicator.filters.map((filter) => ({
      ...newFilter(filter.field),
      values: hasList(filter.field) ? [...filter.values] : [],
      text: hasList(filter.field) ? '' : filter.values.join(', '),
    })),
    breakdowns: [...indicator.breakdowns],
  };
}

/** The values of a row: the ticked ones, or the typed ones split on commas. */
export function valuesOf(filter: DraftFilter, hasList: boolean): string[] {
  if (hasList) return filter.values;
  return [
    ...new Set(
      filter.text
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
}

/** The definition part of the API body (also the body of a preview). */
export function definitionOf(draft: Draft, hasList: (field: string) => boolean) {
  return {
    source: draft.source,
    measure: draft.measure,
    ...(draft.measure === 'count_distinct' ? { distinctField: draft.distinctField } : {}),
    filters: draft.filters.map((filter) => ({
      field: filter.field,
      values: valuesOf(filter, hasList(filter.field)),
    })),
    breakdowns: draft.breakdowns,
  };
}

/** The body of POST /api/indicators (with the code) or PATCH /api/indicators/:id. */
export function bodyOf(draft: Draft, hasList: (field: string) => boolean, isNew: boolean) {
  const description = Object.fromEntries(
    UI_LANGUAGES.filter((lang) => draft.description[lang].trim()).map((lang) => [
      lang,
      draft.description[lang].trim(),
    ]),
  );
  return {
    ...(isNew ? { code: draft.code.trim() } : {}),
    labels: {
      nl: draft.labels.nl.trim(),
      fr: draft.labels.fr.trim(),
      en: draft.labels.en.trim(),
    },
    description,
    unit: draft.unit,
    ...definitionOf(draft, hasList),
  };
}
