import { DASHBOARD_BREAKDOWNS, type Dashboard } from '../../../shared/schemas/contacts.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { BarChart } from './BarChart.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import type { Lookups } from './lookups.ts';
import { MonthChart } from './MonthChart.tsx';
import type { TableId } from './params.ts';
import { useNumbers } from './numbers.ts';
import { breakdownRows, percentChange, type Row } from './rows.ts';
import { Section, type DownloadLinks } from './Section.tsx';

/** Dark = this period, grey = a year earlier, with their dates. */
function Legend({ data }: { data: Dashboard }) {
  const t = useI18n().t;
  const numbers = useNumbers();
  return (
    <ul className="chart-legend">
      <li>
        <span className="chart-legend__swatch chart-legend__swatch--current" aria-hidden="true" />
        {t('export.column.current')} ({numbers.range(data.period.from, data.period.to)})
      </li>
      <li>
        <span className="chart-legend__swatch chart-legend__swatch--previous" aria-hidden="true" />
        {t('export.column.previous')} (
        {numbers.range(data.previousPeriod.from, data.previousPeriod.to)})
      </li>
    </ul>
  );
}

/** The total beside the year before, with the change. */
function Total({ data, links }: { data: Dashboard; links: DownloadLinks }) {
  const t = useI18n().t;
  const numbers = useNumbers();
  const title = t('export.table.summary');
  return (
    <Section
      title={title}
      className="dashboard-total"
      links={links}
      table={
        <dl className="total">
          <div className="total__main">
            <dt>{t('dashboard.total.current')}</dt>
            <dd data-testid="dashboard-total">{numbers.number(data.total)}</dd>
          </div>
          <div>
            <dt>{t('export.column.previous')}</dt>
            <dd>{numbers.number(data.previousTotal)}</dd>
          </div>
          <div>
            <dt>{t('export.column.change')}</dt>
            <dd>
              {numbers.change(data.total - data.previousTotal)} (
              {numbers.percent(percentChange(data.total, data.previousTotal))})
            </dd>
          </div>
        </dl>
      }
    />
  );
}

/**
 * Everything the dashboard shows for a period: total, activities, the monthly series, each
 * breakdown as bars with its table, and the 19 municipalities as a table.
 */
export function Results({
  data,
  lookups,
  links,
  busy,
}: {
  data: Dashboard;
  lookups: Lookups;
  links(table: TableId): DownloadLinks;
  busy: boolean;
}) {
  const { t, lang } = useI18n();
  const numbers = useNumbers();
  const activityRows = (measure: 'activities' | 'reached'): Row[] =>
    data.activities.map((a) => ({
      key: a.category,
      label: t(`activityCategory.${a.category}`),
      count: measure === 'activities' ? a.activities : a.reached,
      previous: measure === 'activities' ? a.previousActivities : a.previousReached,
    }));
  const monthRows = data.months.map((m) => ({
    key: m.month,
    label: numbers.month(m.month),
    count: m.count,
    previous: m.previous,
  }));
  const table = (id: TableId, rows: Row[], labelHeader: string) => (
    <ComparisonTable
      caption={t(`export.table.${id}`)}
      labelHeader={labelHeader}
      rows={rows}
      busy={busy}
    />
  );

  return (
    <div className="dashboard-results" aria-busy={busy || undefined}>
      <Total data={data} links={links('summary')} />
      <div className="dashboard-grid">
        {(['activities', 'reached'] as const).map((id) => (
          <Section
            key={id}
            title={t(`export.table.${id}`)}
            links={links(id)}
            table={table(id, activityRows(id), t('export.column.category'))}
          />
        ))}
      </div>
      <Section
        title={t('export.table.months')}
        links={links('months')}
        chart={
          <>
            <Legend data={data} />
            <MonthChart title={t('export.table.months')} months={data.months} />
          </>
        }
        table={table('months', monthRows, t('export.column.month'))}
      />
      <div className="dashboard-grid">
        {DASHBOARD_BREAKDOWNS.filter((d) => d !== 'municipality').map((dimension) => {
          const rows = breakdownRows(data, dimension, lookups.label, lang);
          const title = t(`export.table.${dimension}`);
          return (
            <Section
              key={dimension}
              title={title}
              links={links(dimension)}
              chart={
                rows.length ? (
                  <>
                    <Legend data={data} />
                    <BarChart title={title} rows={rows} />
                  </>
                ) : null
              }
              table={table(dimension, rows, t(`export.column.${dimension}`))}
            />
          );
        })}
      </div>
      <Section
        title={t('export.table.municipality')}
        links={links('municipality')}
        table={table(
          'municipality',
          breakdownRows(data, 'municipality', lookups.label, lang),
          t('export.column.municipality'),
        )}
      />
    </div>
  );
}
