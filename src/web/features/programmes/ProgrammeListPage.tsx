import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { ProgrammeSummary } from '../../../shared/schemas/programmes.ts';
import { FILTERS, ProgrammeFilters } from './ProgrammeFilters.tsx';
import { ProgrammeTable } from './ProgrammeTable.tsx';

/** The programmes the organisation owns or partners in: search and role kept in the address. */
export function ProgrammeListPage() {
  const t = useT();
  const { can } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const list = useListParams(FILTERS);
  const role =
    list.filters.role === 'owner' || list.filters.role === 'partner' ? list.filters.role : '';
  const query = useApiQuery<Page<ProgrammeSummary>>('/api/programmes', {
    q: list.q,
    role,
    limit: list.limit,
    offset: list.offset,
  });

  return (
    <>
      <PageHeader
        title={t('programmes.title')}
        intro={t('programmes.intro')}
        actions={
          can('programmes.manage') ? (
            <Link className="button button--primary" to="/programmes/new">
              {t('programmes.new')}
            </Link>
          ) : null
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error} />
      <ProgrammeFilters list={list} />
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => <ProgrammeTable page={page} busy={query.loading} />}
      </PagedResults>
    </>
  );
}
