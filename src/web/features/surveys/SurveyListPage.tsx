import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { SurveySummary } from '../../../shared/schemas/surveys.ts';
import { PrivacySection } from './PrivacySection.tsx';
import { FILTERS, SurveyFilters } from './SurveyFilters.tsx';
import { SurveyTable } from './SurveyTable.tsx';

/** The organisation's questionnaires (the visitor profile first); new, import; privacy. */
export function SurveyListPage() {
  const t = useT();
  const { can } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const list = useListParams(FILTERS);
  const query = useApiQuery<Page<SurveySummary>>('/api/surveys', {
    q: list.q,
    ...list.filters,
    limit: list.limit,
    offset: list.offset,
  });

  return (
    <>
      <PageHeader
        title={t('surveys.title')}
        intro={t('surveys.intro')}
        actions={
          <div className="row-actions">
            {can('surveys.import') ? (
              <Link className="button button--secondary" to="/surveys/import">
                {t('surveys.import')}
              </Link>
            ) : null}
            {can('surveys.manage') ? (
              <Link className="button button--primary" to="/surveys/new">
                {t('surveys.new')}
              </Link>
            ) : null}
          </div>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error} />
      <SurveyFilters list={list} />
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => <SurveyTable page={page} busy={query.loading} />}
      </PagedResults>
      {can('privacy.configure') ? <PrivacySection /> : null}
    </>
  );
}
