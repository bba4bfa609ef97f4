import type { AnnualReport } from '../../../shared/schemas/reports.ts';
import { BarChart, MonthChart } from './Charts.tsx';
import { CountTable, rowsOf, withShares, type CountRow } from './CountTable.tsx';
import type { NarrativeStore } from './Narrative.tsx';
import type { ReportText } from './report-text.ts';
import { Figures, ReportSection, TableAndChart } from './ReportSection.tsx';

/** A breakdown: its table (with shares of the total) beside its bar chart. */
function Breakdown({
  title,
  labelHeader,
  rows,
  total,
  text,
  testId,
}: {
  title: string;
  labelHeader: string;
  rows: CountRow[];
  total: number;
  text: ReportText;
  testId: string;
}) {
  return (
    <TableAndChart
      table={
        <CountTable
          caption={title}
          labelHeader={labelHeader}
          rows={withShares(rows, total)}
          total={total}
          text={text}
          shares
          testId={testId}
        />
      }
      chart={<BarChart title={title} rows={rows} text={text} />}
    />
  );
}

/** Contacts: the total, then by type, theme and language, and per month. */
export function ContactsSection({
  report,
  text,
  store,
}: {
  report: AnnualReport;
  text: ReportText;
  store: NarrativeStore;
}) {
  const { contacts } = report;
  const { t } = text;
  // The types in the contract's order (not by size): readers compare editions.
  const types: CountRow[] = Object.entries(contacts.byType).map(([key, count]) => ({
    key,
    label: text.contactType(key),
    count,
  }));
  const months: CountRow[] = Object.keys(contacts.byMonth)
    .sort()
    .map((month) => ({ key: month, label: text.month(month), count: contacts.byMonth[month]! }));
  const monthTitle = t('reports.contacts.byMonth');

  return (
    <ReportSection section="contacts" text={text} store={store}>
      <Figures
        items={[
          {
            key: 'contacts',
            label: t('reports.contacts.total', { year: report.year }),
            value: text.number(contacts.total),
          },
        ]}
      />
      <Breakdown
        title={t('reports.contacts.byType')}
        labelHeader={t('reports.column.type')}
        rows={types}
        total={contacts.total}
        text={text}
        testId="contacts-by-type"
      />
      <Breakdown
        title={t('reports.contacts.byTheme')}
        labelHeader={t('reports.column.theme')}
        rows={rowsOf(contacts.byTheme, text.theme, text)}
        total={contacts.total}
        text={text}
        testId="contacts-by-theme"
      />
      <Breakdown
        title={t('reports.contacts.byLanguage')}
        labelHeader={t('reports.column.language')}
        rows={rowsOf(contacts.byLanguage, text.serviceLanguage, text)}
        total={contacts.total}
        text={text}
        testId="contacts-by-language"
      />
      <div className="report-months">
        <MonthChart title={monthTitle} months={months} text={text} />
        <CountTable
          caption={monthTitle}
          labelHeader={t('reports.column.month')}
          rows={months}
          total={contacts.total}
          text={text}
          testId="contacts-by-month"
        />
      </div>
    </ReportSection>
  );
}
