import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { Programme, ProgrammeSummary } from '../../../shared/schemas/programmes.ts';
import { ProgrammeForm } from './ProgrammeForm.tsx';

/** /programmes/new creates a programme; /programmes/:id/edit changes one (the owner only). */
export function ProgrammeFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const query = useApiQuery<Programme>(id ? `/api/programmes/${id}` : null);
  const candidates = useApiQuery<{ items: ProgrammeSummary['owner'][] }>(
    '/api/programmes/partner-candidates',
  );
  const programme = id ? query.data : null;

  const title = id
    ? programme
      ? t('programmes.edit.title', { name: programme.name })
      : t('programmes.detail.loading')
    : t('programmes.new');
  const ready = programme !== undefined && candidates.data !== undefined;

  return (
    <>
      <PageHeader title={title} intro={id ? undefined : t('programmes.new.intro')} />
      <ErrorAlert error={query.error ?? candidates.error} />
      {programme?.role === 'partner' ? (
        <>
          <Alert tone="info" title={t('programmes.readOnly', { owner: programme.owner.name })} />
          <Link to={`/programmes/${programme.id}`}>{t('programmes.backToProgramme')}</Link>
        </>
      ) : !ready ? (
        query.error || candidates.error ? null : (
          <Spinner />
        )
      ) : (
        <section className="card">
          <ProgrammeForm
            key={programme?.id ?? 'new'}
            programme={programme}
            candidates={candidates.data?.items ?? []}
            onSaved={(saved) =>
              navigate(`/programmes/${saved.id}`, {
                state: {
                  notice: t(programme ? 'programmes.updated' : 'programmes.created', {
                    name: saved.name,
                  }),
                },
              })
            }
            onCancel={() => navigate(id ? `/programmes/${id}` : '/programmes')}
          />
        </section>
      )}
    </>
  );
}
