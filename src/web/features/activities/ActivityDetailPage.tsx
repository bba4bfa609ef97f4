import { useId, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { Activity } from '../../../shared/schemas/activities.ts';
import type { Contact } from '../../../shared/schemas/contacts.ts';
import { ActivityDetails } from './ActivityDetails.tsx';
import { AttendanceForm } from './AttendanceForm.tsx';
import { AttendanceLines } from './AttendanceLines.tsx';
import { useActivityCatalog } from './catalog.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

type Confirming = { action: 'cancel' } | { action: 'delete' } | { action: 'remove'; line: Contact };

/** One activity: its fields, its attendance lines, record attendance, edit, cancel, delete. */
export function ActivityDetailPage() {
  const { t, format } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const attendanceId = useId();
  const initialNotice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const catalog = useActivityCatalog();
  const query = useApiQuery<Activity>(`/api/activities/${id}`);
  // The lines are entries with who recorded them: analysts see the attendance totals only.
  const seesLines = can('personal_data.read');
  const lines = useApiQuery<Page<Contact>>(seesLines ? '/api/contacts' : null, {
    activityId: id,
    limit: 200,
  });
  const activity = query.data;
  const manage = can('activities.manage');

  const reload = () => {
    query.reload();
    lines.reload();
  };

  const confirmed = async () => {
    if (!activity || !confirming) return;
    if (confirming.action === 'cancel') {
      await api.post<Activity>(`/api/activities/${activity.id}/cancel`);
      setNotice(t('activities.cancelled', { title: activity.title }));
    } else if (confirming.action === 'delete') {
      await api.delete(`/api/activities/${activity.id}`);
      navigate('/activities', {
        state: { notice: t('activities.deleted', { title: activity.title }) },
      });
      return;
    } else {
      await api.delete(`/api/contacts/${confirming.line.id}`);
      setNotice(t('activities.lines.removed', { count: confirming.line.count }));
    }
    setConfirming(null);
    reload();
  };

  if (!activity)
    return (
      <>
        <PageHeader title={t('activities.detail.loading')} />
        <ErrorAlert error={query.error} />
        {query.error ? <Link to="/activities">{t('activities.backToList')}</Link> : <Spinner />}
      </>
    );

  const open = activity.status !== 'cancelled';
  return (
    <>
      <PageHeader
        title={activity.title}
        intro={t('activities.detail.intro', { timeZone: catalog.timeZone })}
        actions={
          <div className="row-actions">
            <Link className="button button--ghost" to="/activities">
              {t('activities.backToList')}
            </Link>
            {manage && open ? (
              <Link className="button button--secondary" to={`/activities/${activity.id}/edit`}>
                {t('activities.edit')}
              </Link>
            ) : null}
            {manage && open ? (
              <Button variant="danger" onClick={() => setConfirming({ action: 'cancel' })}>
                {t('activities.cancel')}
              </Button>
            ) : null}
            {manage && activity.attendanceLines === 0 ? (
              <Button variant="danger" onClick={() => setConfirming({ action: 'delete' })}>
                {t('activities.delete')}
              </Button>
            ) : null}
          </div>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={catalog.error} />
      <section className="card">
        <ActivityDetails activity={activity} catalog={catalog} />
      </section>
      <section className="card" aria-labelledby={attendanceId}>
        <h2 id={attendanceId}>{t('activities.attendance.title')}</h2>
        <p>
          {t('activities.attendance.summary', {
            attendance: activity.attendance,
            lines: activity.attendanceLines,
          })}
          {activity.capacity !== null
            ? ` ${t('activities.attendance.capacity', { capacity: format.number(activity.capacity) })}`
            : null}
        </p>
        {open && can('contacts.record') ? (
          <AttendanceForm
            key={activity.id}
            activity={activity}
            catalog={catalog}
            onRecorded={(_, count) => {
              setNotice(t('activities.attendance.recorded', { count }));
              reload();
            }}
          />
        ) : null}
        <ErrorAlert error={lines.error} />
        {!seesLines ? null : lines.data ? (
          <AttendanceLines
            lines={lines.data.items}
            total={lines.data.total}
            busy={lines.loading}
            pending={confirming !== null}
            catalog={catalog}
            onRemove={(line) => setConfirming({ action: 'remove', line })}
          />
        ) : (
          <Spinner />
        )}
      </section>
      <ConfirmDialog
        open={confirming !== null}
        title={t(`activities.confirm.${confirming?.action ?? 'cancel'}.title`)}
        message={
          confirming?.action === 'remove'
            ? t('activities.confirm.remove.body', { count: confirming.line.count })
            : t(`activities.confirm.${confirming?.action ?? 'cancel'}.body`, {
                title: activity.title,
              })
        }
        confirmLabel={t(`activities.confirm.${confirming?.action ?? 'cancel'}.submit`)}
        onConfirm={confirmed}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
