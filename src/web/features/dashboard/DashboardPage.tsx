import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** Placeholder: being built. */
export function DashboardPage() {
  const t = useT();
  return <PageHeader title={t('dashboard.title')} />;
}
