import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** Questionnaires: list, builder, detail, QR code and poster (nested routes under /surveys). */
export function SurveysPage() {
  const t = useT();
  return <PageHeader title={t('surveys.title')} />;
}
