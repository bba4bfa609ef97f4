import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** Indicators: /indicators (list, preview), /indicators/new and /indicators/:id/edit (builder, indicators.manage). */
export function IndicatorsPage() {
  const t = useT();
  return <PageHeader title={t('nav.indicators')} />;
}
