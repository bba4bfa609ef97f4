import type { MessageKey } from '../../shared/i18n/catalog.ts';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { Cell, Column, Table } from '../export/table.ts';
import { tablesToXlsx } from '../export/xlsx.ts';
import type { ReportLabeller } from './labeller.ts';

/** Most first, then by label; the "not recorded" key ('') last. */
function sorted(map: Record<string, number>, label: (key: string) => string) {
  return Object.entries(map)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort(
      (a, b) =>
        Number(a.key === '') - Number(b.key === '') ||
        b.count - a.count ||
        a.label.localeCompare(b.label),
    );
}

const pct = (fraction: number | null) =>
  fraction === null ? null : Math.round(fraction * 1000) / 10;

/** The report's tables (translated), in the order of the printed report. */
export function annualReportTables(report: AnnualReport, l: ReportLabeller): Table[] {
  const countTable = (
    id: string,
    title: MessageKey,
    first: MessageKey,
    map: Record<string, number>,
    label: (key: string) => string,
  ): Table => ({
    id,
    title: l.t(title),
    columns: [col(l, first), col(l, 'report.column.contacts', 'integer')],
    rows: sorted(map, label).map((row) => [row.label, row.count]),
  });
  const participants = report.collectiveActivities;
  return [
    {
      id: 'keyFigures',
      title: l.t('report.table.keyFigures'),
      columns: [
        col(l, 'report.column.figure'),
        { header: l.t('report.column.year', { year: report.year }), kind: 'integer' },
        { header: l.t('report.column.year', { year: report.year - 1 }), kind: 'integer' },
        col(l, 'report.column.change', 'integer'),
        col(l, 'report.column.changePercent', 'percent'),
      ],
      rows: report.keyFigures.map((f) => [
        f.label,
        f.value,
        f.previousYear,
        f.change,
        f.changePercent,
      ]),
    },
    {
      id: 'type',
      title: l.t('report.table.type'),
      columns: [col(l, 'report.column.type'), col(l, 'report.column.contacts', 'integer')],
      rows: Object.entries(report.contacts.byType).map(([key, n]) => [l.contactType(key), n]),
    },
    countTable('theme', 'report.table.theme', 'report.column.theme', report.contacts.byTheme, (k) =>
      l.theme(k),
    ),
    countTable(
      'language',
      'report.table.language',
      'report.column.language',
      report.contacts.byLanguage,
      (k) => l.serviceLanguage(k),
    ),
    {
      id: 'months',
      title: l.t('report.table.months'),
      columns: [col(l, 'report.column.month'), col(l, 'report.column.contacts', 'integer')],
      rows: Object.entries(report.contacts.byMonth).map(([month, n]) => [l.month(month), n]),
    },
    {
      id: 'collective',
      title: l.t('report.table.collective'),
      columns: [
        col(l, 'report.column.language'),
        col(l, 'report.column.participants', 'integer'),
        col(l, 'report.column.share', 'percent'),
      ],
      rows: sorted(participants.byLanguage, (k) => l.serviceLanguage(k)).map((row) => [
        row.label,
        row.count,
        pct(participants.shareByLanguage[row.key] ?? 0),
      ]),
    },
    {
      id: 'eventsOutreach',
      title: l.t('report.table.eventsOutreach'),
      columns: [col(l, 'report.column.figure'), col(l, 'report.column.value', 'integer')],
      rows: [
        [l.indicator('collective_sessions'), participants.sessions],
        [l.indicator('collective_participants'), participants.participants],
        [l.indicator('events_count'), report.events.count],
        [l.indicator('event_reached'), report.events.reached],
        [l.indicator('outreach_trips'), report.outreach.trips],
        [l.indicator('outreach_reached'), report.outreach.reached],
      ],
    },
    countTable(
      'targetGroups',
      'report.table.targetGroups',
      'report.column.tag',
      report.targetGroups,
      (k) => l.tag(k),
    ),
    surveyTable(report, l),
    programmesTable(report, l),
  ];
}

/** One row per option of every question, with its question's "answered" row first. */
function surveyTable(report: AnnualReport, l: ReportLabeller): Table {
  const { survey } = report;
  const hidden = l.t('survey.suppressed', { threshold: survey.threshold });
  const rows: Cell[][] = [[l.t('report.row.responses'), '', survey.responses, null]];
  for (const [key, question] of Object.entries(survey.questions)) {
    rows.push([l.question(key), l.t('report.row.answered'), question.answered ?? hidden, null]);
    for (const [option, cell] of Object.entries(question.options))
      rows.push([
        l.question(key),
        l.option(key, option),
        cell.suppressed ? hidden : cell.count,
        cell.suppressed ? hidden : pct(cell.share),
      ]);
  }
  if (Object.keys(survey.questions).length > 0)
    rows.push([l.t('report.row.threshold', { threshold: survey.threshold }), '', null, null]);
  return {
    id: 'survey',
    title: l.t('report.table.survey'),
    columns: [
      col(l, 'report.column.question'),
      col(l, 'report.column.answer'),
      col(l, 'report.column.count', 'integer'),
      col(l, 'report.column.share', 'percent'),
    ],
    rows,
  };
}

function col(l: ReportLabeller, key: MessageKey, kind: Column['kind'] = 'text'): Column {
  return { header: l.t(key), kind };
}

function programmesTable(report: AnnualReport, l: ReportLabeller): Table {
  return {
    id: 'programmes',
    title: l.t('report.table.programmes'),
    columns: [
      col(l, 'report.column.programme'),
      col(l, 'report.column.indicator'),
      col(l, 'report.column.partner'),
      col(l, 'report.column.target', 'decimal'),
      col(l, 'report.column.actual', 'decimal'),
      col(l, 'report.column.forecast', 'decimal'),
      col(l, 'report.column.deadline'),
      col(l, 'report.column.status'),
      col(l, 'report.column.shareDone', 'percent'),
      col(l, 'report.column.shareElapsed', 'percent'),
    ],
    rows: report.programmes.flatMap((programme) =>
      programme.targets.map((t) => [
        programme.name,
        t.indicatorLabel,
        t.partner ?? l.t('report.row.wholeProgramme'),
        t.target,
        t.actual,
        t.forecast === null ? null : Math.round(t.forecast),
        l.date(t.deadline),
        l.t(`report.status.${t.status}`),
        pct(t.shareDone),
        pct(t.shareElapsed),
      ]),
    ),
  };
}

/**
 * The annual report as an XLSX workbook: one sheet per table (key figures with the previous
 * year and the change; contacts by type, theme, language and month; collective activities;
 * events and outreach; target groups; the visitor profile with hidden cells shown as
 * "< threshold", never 0; programme targets), every header in the report's language.
 */
export async function renderAnnualReportXlsx(
  report: AnnualReport,
  labeller: ReportLabeller,
): Promise<Buffer> {
  return tablesToXlsx(annualReportTables(report, labeller), {
    title: labeller.t('report.workbookTitle', {
      organisation: report.organisationName,
      year: report.year,
    }),
    created: new Date(report.generatedAt),
  });
}
