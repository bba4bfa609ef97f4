import { useEffect, useRef } from 'react';
import type { IndicatorSource } from '../../../core/indicators/model.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { IndicatorCatalog } from '../../../shared/schemas/indicators.ts';

export type CatalogSource = IndicatorCatalog['sources'][number];
export type CatalogField = CatalogSource['fields'][number];

/**
 * The builder's catalog (sources, measures, fields and their known values, labelled by the
 * server in the user's language); loaded again when the user changes language.
 */
export function useIndicatorCatalog() {
  const { lang } = useI18n();
  const query = useApiQuery<IndicatorCatalog>('/api/indicators/catalog');
  const shownLang = useRef(lang);
  const { reload } = query;
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    reload();
  }, [lang, reload]);
  return query;
}

/** One source of the catalog (undefined while it loads). */
export function sourceOf(
  catalog: IndicatorCatalog | undefined,
  source: IndicatorSource,
): CatalogSource | undefined {
  return catalog?.sources.find((entry) => entry.source === source);
}

/** One field of a source. */
export function fieldOf(
  catalog: IndicatorCatalog | undefined,
  source: IndicatorSource,
  key: string,
): CatalogField | undefined {
  return sourceOf(catalog, source)?.fields.find((field) => field.key === key);
}

/** The label of a filter value from the catalog, else the value itself. */
export function valueLabel(
  catalog: IndicatorCatalog | undefined,
  source: IndicatorSource,
  field: string,
  value: string,
): string {
  return (
    fieldOf(catalog, source, field)?.values?.find((known) => known.value === value)?.label ?? value
  );
}
