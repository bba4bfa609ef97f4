import { useId, useState } from 'react';
import { todayIn } from '../../../core/contacts/dates.ts';
import type { Dashboard } from '../../../shared/schemas/contacts.ts';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { isApiError } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import { DashboardFilters } from './DashboardFilters.tsx';
import { useLookups } from './lookups.ts';
import { dashboardQuery, exportUrl, useDashboardParams, type TableId } from './params.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { Results } from './Results.tsx';
import { Downloads } from './Section.tsx';
import './dashboard.css';

/**
 * Contacts for any period beside the same period a year earlier: totals, activities, the
 * monthly series, breakdowns and municipalities, each table downloadable as CSV or XLSX.
 * Period and filters live in the URL; "today" is the organisation's.
 */
export function DashboardPage() {
  const { t, tDynamic, lang } = useI18n();
  const id = useId();
  const session = useRequiredSession();
  const timeZone = session.currentOrganisation?.timeZone ?? 'Europe/Brussels';
  const [today] = useState(() => todayIn(timeZone, new Date()));
  const params = useDashboardParams(today);
  const query = dashboardQuery(params.period, params.filters);
  const result = useApiQuery<Dashboard>('/api/contacts/dashboard', query);
  const lookups = useLookups();
  const links = (table: TableId) => ({
    csv: exportUrl(table, 'csv', query, lang, params.semicolon),
    xlsx: exportUrl(table, 'xlsx', query, lang, params.semicolon),
  });
  const issues = isApiError(result.error) ? result.error.issues : [];

  return (
    <div className="dashboard">
      <PageHeader
        title={t('dashboard.title')}
        intro={t('dashboard.intro')}
        actions={
          <Button className="no-print" onClick={() => window.print()}>
            {t('dashboard.print')}
          </Button>
        }
      />
      <PeriodPicker period={params.period} today={today} onChange={params.setPeriod} />
      {/* Right under the period, where the eye is when it changes: the figures below can take
          a few seconds, and an empty or unchanged page must not look finished meanwhile. */}
      <div className="dashboard-status" role="status" data-testid="dashboard-status">
        {result.loading ? <Spinner inline /> : null}
        {result.loading ? <span>{t('dashboard.loading')}</span> : null}
      </div>
      <DashboardFilters
        filters={params.filters}
        lookups={lookups}
        onChange={params.setFilter}
        onReset={params.resetFilters}
      />
      <section className="card dashboard-all no-print" aria-labelledby={`${id}-all`}>
        <h2 id={`${id}-all`}>{t('dashboard.download.title')}</h2>
        <Downloads links={links('all')} table={t('export.table.all')} />
        <Checkbox
          id={`${id}-semicolon`}
          label={t('dashboard.download.semicolon')}
          hint={t('dashboard.download.semicolon.hint')}
          checked={params.semicolon}
          onChange={params.setSemicolon}
        />
      </section>
      <ErrorAlert error={result.error} />
      {issues.length ? (
        <ul className="plain-list">
          {issues.map((issue) => (
            <li key={`${issue.path}-${issue.code}`}>
              {tDynamic(`issue.${issue.code}`, issue.params, t('issue.invalid'))}
            </li>
          ))}
        </ul>
      ) : null}
      {result.data ? (
        <Results data={result.data} lookups={lookups} links={links} busy={result.loading} />
      ) : null}
    </div>
  );
}
