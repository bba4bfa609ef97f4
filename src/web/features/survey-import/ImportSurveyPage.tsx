import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** Upload of questionnaire answers collected on paper or in another tool. */
export function ImportSurveyPage() {
  const t = useT();
  return <PageHeader title={t('surveyImport.title')} />;
}
