import type { AnnualReport } from '../../../shared/schemas/reports.ts';
import { BarChart } from './Charts.tsx';
import { CountTable, rowsOf } from './CountTable.tsx';
import type { NarrativeStore } from './Narrative.tsx';
import type { ReportText } from './report-text.ts';
import { Figures, ReportSection, TableAndChart } from './ReportSection.tsx';

interface Props {
  report: AnnualReport;
  text: ReportText;
  store: NarrativeStore;
}

/** Collective activities: participants, sessions, and participants per language with shares. */
export function CollectiveSection({ report, text, store }: Props) {
  const { t } = text;
  const collective = report.collectiveActivities;
  const title = t('reports.collective.byLanguage');
  const rows = rowsOf(collective.byLanguage, text.serviceLanguage, text).map((row) => ({
    ...row,
    share: collective.shareByLanguage[row.key] ?? null,
  }));
  return (
    <ReportSection section="collective_activities" text={text} store={store}>
      <Figures
        items={[
          {
            key: 'participants',
            label: t('reports.collective.participants'),
            value: text.number(collective.participants),
          },
          {
            key: 'sessions',
            label: t('reports.collective.sessions'),
            value: text.number(collective.sessions),
          },
        ]}
      />
      <TableAndChart
        table={
          <CountTable
            caption={title}
            labelHeader={t('reports.column.language')}
            rows={rows}
            total={collective.participants}
            text={text}
            shares
            testId="collective-by-language"
          />
        }
        chart={<BarChart title={title} rows={rows} text={text} />}
      />
    </ReportSection>
  );
}

/** Fairs and events (how many, people reached) and outreach trips (trips, people reached). */
export function EventsOutreachSection({ report, text, store }: Props) {
  const { t } = text;
  return (
    <ReportSection section="events_outreach" text={text} store={store}>
      <Figures
        items={[
          {
            key: 'events',
            label: t('reports.events.count'),
            value: text.number(report.events.count),
          },
          {
            key: 'events-reached',
            label: t('reports.events.reached'),
            value: text.number(report.events.reached),
          },
          {
            key: 'trips',
            label: t('reports.outreach.trips'),
            value: text.number(report.outreach.trips),
          },
          {
            key: 'outreach-reached',
            label: t('reports.outreach.reached'),
            value: text.number(report.outreach.reached),
          },
        ]}
      />
    </ReportSection>
  );
}

/** Contacts per target-group tag, labelled with the organisation's own tag labels. */
export function TargetGroupsSection({ report, text, store }: Props) {
  const { t } = text;
  const title = t('reports.targetGroups.table');
  const rows = rowsOf(report.targetGroups, text.tag, text);
  return (
    <ReportSection section="target_groups" text={text} store={store}>
      <TableAndChart
        table={
          <CountTable
            caption={title}
            labelHeader={t('reports.column.targetGroup')}
            rows={rows}
            text={text}
            testId="target-groups"
          />
        }
        chart={<BarChart title={title} rows={rows} text={text} />}
      />
    </ReportSection>
  );
}
