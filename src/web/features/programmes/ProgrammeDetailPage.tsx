import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { api } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { Programme } from '../../../shared/schemas/programmes.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { PartnershipNotice } from './PartnershipNotice.tsx';
import { FundingSection, ProgrammeFacts } from './ProgrammeFacts.tsx';
import { ProgressSection } from './ProgressSection.tsx';
import { TargetsSection } from './TargetsSection.tsx';

/**
 * One programme: facts, funders, targets and their progress. The owner's managers edit and
 * delete; a partner organisation reads, and the page says so. An invited partner first sees
 * the invitation (accept or decline) and no progress until it accepts.
 */
export function ProgrammeDetailPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const initialNotice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const [revision, setRevision] = useState(0);
  const [deleting, setDeleting] = useState(false);
  const query = useApiQuery<Programme>(`/api/programmes/${id}`);
  const programme = query.data;

  if (!programme)
    return (
      <>
        <PageHeader title={t('programmes.detail.loading')} />
        <ErrorAlert error={query.error} />
        {query.error ? <Link to="/programmes">{t('programmes.backToList')}</Link> : <Spinner />}
      </>
    );

  const editable = can('programmes.manage') && programme.role === 'owner';
  const invited = programme.role === 'partner' && programme.partnerStatus === 'invited';
  const changed = (message: string) => {
    setNotice(message);
    query.reload();
    setRevision((n) => n + 1);
  };

  return (
    <>
      <PageHeader
        title={programme.name}
        intro={
          programme.role === 'partner' ? (
            <Badge tone="muted">{t('programmes.role.partnerReadOnly')}</Badge>
          ) : undefined
        }
        actions={
          <div className="row-actions">
            <Link className="button button--ghost" to="/programmes">
              {t('programmes.backToList')}
            </Link>
            {editable ? (
              <>
                <Link className="button button--secondary" to={`/programmes/${programme.id}/edit`}>
                  {t('programmes.edit')}
                </Link>
                <Button variant="danger" onClick={() => setDeleting(true)}>
                  {t('programmes.delete')}
                </Button>
              </>
            ) : null}
          </div>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      {invited ? (
        <PartnershipNotice
          programme={programme}
          onAccepted={() => changed(t('programmes.partnership.accepted'))}
          onDeclined={() =>
            navigate('/programmes', {
              state: { notice: t('programmes.partnership.declined', { name: programme.name }) },
            })
          }
        />
      ) : programme.role === 'partner' ? (
        <Alert tone="info" title={t('programmes.readOnly', { owner: programme.owner.name })} />
      ) : null}
      <ProgrammeFacts programme={programme} />
      <FundingSection programme={programme} />
      <TargetsSection programme={programme} editable={editable} onChanged={changed} />
      {invited ? (
        <p className="card muted">{t('programmes.partnership.noProgress')}</p>
      ) : (
        <ProgressSection programmeId={programme.id} revision={revision} />
      )}
      <ConfirmDialog
        open={deleting}
        title={t('programmes.confirmDelete.title')}
        message={t('programmes.confirmDelete.body', {
          name: programme.name,
          targets: programme.targets.length,
        })}
        confirmLabel={t('programmes.delete')}
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          await api.delete(`/api/programmes/${programme.id}`);
          navigate('/programmes', {
            state: { notice: t('programmes.deleted', { name: programme.name }) },
          });
        }}
      />
    </>
  );
}
