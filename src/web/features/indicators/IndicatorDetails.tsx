import { useT } from '../../lib/i18n.tsx';
import type { IndicatorCatalog, IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { useIndicatorText } from './describe.ts';

/** What an indicator counts, in words: code, unit, source, measure, filters, breakdowns, kind. */
export function IndicatorDetails({
  indicator,
  catalog,
}: {
  indicator: IndicatorDto;
  catalog: IndicatorCatalog | undefined;
}) {
  const t = useT();
  const text = useIndicatorText();
  const rows: [string, string][] = [
    [t('indicators.field.code'), indicator.code],
    [t('indicators.col.unit'), text.unit(indicator.unit)],
    [t('indicators.col.source'), text.source(indicator.source)],
    [t('indicators.col.measure'), text.measure(indicator)],
    [t('indicators.col.filters'), text.filters(indicator, catalog)],
    [t('indicators.col.breakdowns'), text.breakdowns(indicator)],
    [
      t('indicators.col.kind'),
      t(indicator.builtIn ? 'indicators.kind.builtIn' : 'indicators.kind.own'),
    ],
  ];
  return (
    <dl className="indicator-details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
