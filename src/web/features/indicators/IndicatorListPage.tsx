import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { useIndicatorCatalog } from './catalog.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { filterIndicators, INDICATOR_PAGE_SIZE, KINDS, pageOf } from './list-filter.ts';

const FILTERS = ['kind'] as const;

/**
 * /indicators: built-in and own indicators, searched (code or label) and filtered by kind
 * in the page as one types; 20 a page. Each links to its value; org admins add and edit.
 */
export function IndicatorListPage() {
  const { t, lang } = useI18n();
  const id = useId();
  const { can } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const list = useListParams(FILTERS);
  const query = useApiQuery<{ items: IndicatorDto[] }>('/api/indicators');
  const catalog = useIndicatorCatalog();
  const shown = query.data
    ? pageOf(filterIndicators(query.data.items, list.q, list.filters.kind, lang), list.offset)
    : undefined;

  return (
    <>
      <PageHeader
        title={t('nav.indicators')}
        intro={t('indicators.intro')}
        actions={
          can('indicators.manage') ? (
            <Link className="button button--primary" to="/indicators/new">
              {t('indicators.new')}
            </Link>
          ) : null
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error} />
      <form
        role="search"
        aria-label={t('indicators.filters')}
        className="filters card"
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          id={`${id}-q`}
          type="search"
          label={t('indicators.filter.text')}
          hint={t('indicators.filter.text.hint')}
          value={list.q}
          onChange={(q) => list.update({ q })}
        />
        <Select
          id={`${id}-kind`}
          label={t('indicators.filter.kind')}
          value={list.filters.kind}
          emptyOption={t('indicators.filter.kind.all')}
          options={KINDS.map((kind) => ({ value: kind, label: t(`indicators.kind.${kind}`) }))}
          onChange={(kind) => list.update({ kind })}
        />
      </form>
      <PagedResults
        data={shown}
        loading={query.loading}
        offset={shown?.offset ?? 0}
        limit={INDICATOR_PAGE_SIZE}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => (
          <IndicatorTable
            page={page}
            catalog={catalog.data}
            busy={query.loading}
            canManage={can('indicators.manage')}
          />
        )}
      </PagedResults>
    </>
  );
}
