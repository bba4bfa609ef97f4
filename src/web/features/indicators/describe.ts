import type {
  IndicatorMeasure,
  IndicatorSource,
  IndicatorUnit,
} from '../../../core/indicators/model.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { IndicatorCatalog, IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { valueLabel } from './catalog.ts';

/** What describing an indicator needs of it (an indicator, or the builder's draft). */
export type Described = Pick<
  IndicatorDto,
  'source' | 'measure' | 'distinctField' | 'filters' | 'breakdowns'
>;

/**
 * Words for indicators in the UI language: names of sources, measures, units and fields,
 * and the filters as a sentence ("Tag: Ukrainian; Theme: Work or Learn").
 */
export function useIndicatorText() {
  const { t, tDynamic, lang, format } = useI18n();
  const or = new Intl.ListFormat(format.locale, { type: 'disjunction' });
  const fieldName = (key: string) => tDynamic(`indicators.field.${key}`, undefined, key);
  return {
    label: (indicator: Pick<IndicatorDto, 'labels'>) => indicator.labels[lang],
    description: (indicator: Pick<IndicatorDto, 'description'>) =>
      indicator.description[lang] ?? '',
    fieldName,
    source: (source: IndicatorSource) => t(`indicators.source.${source}`),
    unit: (unit: IndicatorUnit) => t(`indicators.unit.${unit}`),
    measureName: (measure: IndicatorMeasure) => t(`indicators.measure.${measure}`),
    /** The measure, naming the field counted distinct. */
    measure: (indicator: Described) =>
      indicator.measure === 'count_distinct' && indicator.distinctField
        ? t('indicators.measure.distinctOf', { field: fieldName(indicator.distinctField) })
        : t(`indicators.measure.${indicator.measure}`),
    /** Every filter with its values named from the catalog; "no filter" when there is none. */
    filters(indicator: Described, catalog: IndicatorCatalog | undefined): string {
      if (indicator.filters.length === 0) return t('indicators.filters.none');
      return indicator.filters
        .map((filter) =>
          t('indicators.filters.item', {
            field: fieldName(filter.field),
            values: or.format(
              filter.values.map((value) =>
                valueLabel(catalog, indicator.source, filter.field, value),
              ),
            ),
          }),
        )
        .join('; ');
    },
    /** The allowed breakdowns, named; "none" when there is none. */
    breakdowns: (indicator: Described) =>
      indicator.breakdowns.length
        ? new Intl.ListFormat(format.locale).format(indicator.breakdowns.map(fieldName))
        : t('list.none'),
  };
}

export type IndicatorText = ReturnType<typeof useIndicatorText>;
