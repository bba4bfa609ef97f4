import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

/** Who did what, when, in the current organisation; times in the organisation's zone. */
export function AuditPage() {
  const t = useT();
  const session = useRequiredSession();
  const list = useListParams(['action', 'from', 'to', 'personalData', 'scope'] as const);
  const { action, from, to, personalData, scope } = list.filters;
  const query = useApiQuery<Page<AuditEntry>>('/api/audit', {
    q: list.q,
    scope: scope === 'installation' ? 'installation' : undefined,
    action,
    from,
    to,
    personalData: personalData === 'true' ? 'true' : undefined,
    limit: list.limit,
    offset: list.offset,
  });
  const timeZone = session.currentOrganisation?.timeZone ?? 'Europe/Brussels';

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t('audit.intro', { timeZone })} />
      <AuditFilters list={list} installationAdmin={session.user.isInstallationAdmin} />
      <ErrorAlert error={query.error} />
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => <AuditTable page={page} busy={query.loading} timeZone={timeZone} />}
      </PagedResults>
    </>
  );
}
