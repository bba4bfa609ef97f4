import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** The annual report: /reports/annual?year=&lang= (print-ready page, narratives, downloads). */
export function AnnualReportPage() {
  const t = useT();
  return <PageHeader title={t('nav.annualReport')} />;
}
