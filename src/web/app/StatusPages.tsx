import { Link } from 'react-router';
import { Alert } from '../components/Alert.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useT } from '../lib/i18n.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('notFound.title')} intro={t('notFound.body')} />
      <Link to="/" className="button button--primary">
        {t('notFound.home')}
      </Link>
    </>
  );
}

export function ForbiddenPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Alert tone="warning">{t('forbidden.body')}</Alert>
    </>
  );
}
