import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../lib/i18n.tsx';

/** Programmes: /programmes (list), /programmes/new, /programmes/:id (detail, targets, progress), /programmes/:id/edit. */
export function ProgrammesPage() {
  const t = useT();
  return <PageHeader title={t('nav.programmes')} />;
}
