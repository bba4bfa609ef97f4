import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** Placeholder: being built. */
export function ImportContactsPage() {
  const t = useT();
  return <PageHeader title={t('import.title')} />;
}
