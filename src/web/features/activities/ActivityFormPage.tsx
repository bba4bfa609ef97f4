import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { Activity } from '../../../shared/schemas/activities.ts';
import { ActivityForm } from './ActivityForm.tsx';
import { useActivityCatalog } from './catalog.ts';

/** /activities/new plans an activity; /activities/:id/edit changes one. */
export function ActivityFormPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const catalog = useActivityCatalog();
  const query = useApiQuery<Activity>(id ? `/api/activities/${id}` : null);
  const activity = id ? query.data : null;

  const title = id
    ? activity
      ? t('activities.edit.title', { title: activity.title })
      : t('activities.edit.loading')
    : t('activities.plan');

  return (
    <>
      <PageHeader
        title={title}
        intro={id ? undefined : t('activities.plan.intro', { timeZone: catalog.timeZone })}
      />
      <ErrorAlert error={query.error ?? catalog.error} />
      {activity === undefined ? (
        query.error ? null : (
          <Spinner />
        )
      ) : (
        <section className="card">
          <ActivityForm
            key={activity?.id ?? 'new'}
            activity={activity}
            catalog={catalog}
            onSaved={(saved) =>
              navigate(`/activities/${saved.id}`, {
                state: {
                  notice: t(activity ? 'activities.updated' : 'activities.created', {
                    title: saved.title,
                  }),
                },
              })
            }
            onCancel={() => navigate(id ? `/activities/${id}` : '/activities')}
          />
        </section>
      )}
    </>
  );
}
