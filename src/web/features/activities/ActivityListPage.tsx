import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { Activity } from '../../../shared/schemas/activities.ts';
import { ActivityFilters, FILTERS } from './ActivityFilters.tsx';
import { ActivityTable } from './ActivityTable.tsx';
import { useActivityCatalog } from './catalog.ts';

/** Activities of the organisation: filters and paging in the URL; plan a new one. */
export function ActivityListPage() {
  const t = useT();
  const { can } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const catalog = useActivityCatalog();
  const list = useListParams(FILTERS);
  const query = useApiQuery<Page<Activity>>('/api/activities', {
    q: list.q,
    ...list.filters,
    limit: list.limit,
    offset: list.offset,
  });

  return (
    <>
      <PageHeader
        title={t('activities.title')}
        intro={t('activities.intro', { timeZone: catalog.timeZone })}
        actions={
          can('activities.manage') ? (
            <Link className="button button--primary" to="/activities/new">
              {t('activities.plan')}
            </Link>
          ) : null
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error ?? catalog.error} />
      <ActivityFilters list={list} catalog={catalog} />
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => <ActivityTable page={page} busy={query.loading} catalog={catalog} />}
      </PagedResults>
    </>
  );
}
