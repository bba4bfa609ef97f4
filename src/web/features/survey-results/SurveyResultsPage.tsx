import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** A questionnaire's results: tables, charts, cross-tables, exports (small cells suppressed). */
export function SurveyResultsPage() {
  const t = useT();
  return <PageHeader title={t('surveyResults.title')} />;
}
