import type { UiLanguage } from '../../core/common/languages.ts';
import { textIn, type SurveyText } from '../../core/surveys/model.ts';
import type { MessageKey } from '../../shared/i18n/catalog.ts';
import { protectionTexts } from '../../shared/i18n/protection.ts';
import { translate, type MessageParams } from '../../shared/i18n/translate.ts';
import type {
  CrossTableView as CrossTable,
  SurveyResultsView as SurveyResults,
} from './results-types.ts';
import type { Cell, Table } from '../export/table.ts';

/** Language and circumstances of an export. */
export interface ExportContext {
  lang: UiLanguage;
  channel?: string | undefined;
  /** When the file was made (the service's clock). */
  created: Date;
}

type Shown = { count: number | null; suppressed: boolean };

/**
 * The aggregated results as export tables, translated: an "about" table (questionnaire,
 * period, filter, channel, threshold), responses per month, one table per question and
 * optionally a cross-table. A hidden count is written as "< 5" (the real threshold),
 * never as its number; its share stays empty.
 */
export function exportTables(
  results: SurveyResults,
  cross: CrossTable | null,
  context: ExportContext,
): Table[] {
  const { lang } = context;
  const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
  const label = (text: SurveyText) => textIn(text, lang);
  const hiddenText = t('survey.suppressed', { threshold: results.threshold });
  const count = (cell: Shown): Cell => (cell.suppressed ? hiddenText : cell.count);
  const countHeader = t('surveyExport.column.count');
  const shareHeader = t('surveyExport.column.share');

  const optionLabels = new Map<string, Map<string, string>>(
    results.questions.map((q) => [q.key, new Map(q.options.map((o) => [o.key, label(o.labels)]))]),
  );
  const questionLabel = (key: string) =>
    label(results.questions.find((q) => q.key === key)?.labels ?? { nl: key, fr: key, en: key });
  const filterText = results.filter.length
    ? results.filter
        .map((f) => {
          const options = f.anyOf.map((o) => optionLabels.get(f.question)?.get(o) ?? o);
          return `${questionLabel(f.question)}: ${options.join(', ')}`;
        })
        .join('; ')
    : t('surveyExport.value.none');
  const { from, to } = results;
  const period =
    from && to
      ? t('surveyExport.value.period', { from, to })
      : from
        ? t('surveyExport.value.since', { from })
        : to
          ? t('surveyExport.value.until', { to })
          : t('surveyExport.value.allPeriods');

  const about: Table = {
    id: 'about',
    title: t('surveyExport.table.about'),
    columns: [
      { header: t('surveyExport.column.field'), kind: 'text' },
      { header: t('surveyExport.column.value'), kind: 'text' },
    ],
    rows: [
      [t('surveyExport.row.questionnaire'), label(results.survey.title)],
      [t('surveyExport.row.period'), period],
      [t('surveyExport.row.filter'), filterText],
      [
        t('surveyExport.row.channel'),
        context.channel
          ? translate(lang, `survey.channel.${context.channel}` as MessageKey)
          : t('surveyExport.value.allChannels'),
      ],
      [t('surveyExport.row.threshold'), String(results.threshold)],
      ...protectionTexts(lang, results.protection).map((text, i): [string, string] => [
        i === 0 ? t('disclosure.row.protection') : '',
        text,
      ]),
      [
        t('surveyExport.row.responses'),
        results.responsesSuppressed ? hiddenText : String(results.responses),
      ],
      [t('surveyExport.row.created'), context.created.toISOString().slice(0, 10)],
    ],
  };
  const months: Table = {
    id: 'months',
    title: t('surveyExport.table.months'),
    columns: [
      { header: t('surveyExport.column.month'), kind: 'text' },
      { header: countHeader, kind: 'integer' },
    ],
    rows: results.months.map((m) => [m.month, count(m)]),
  };

  const questions: Table[] = results.questions.map((q, index) => {
    const rows: Cell[][] = q.options.map((o) => [
      label(o.labels),
      count(o),
      o.share === null ? null : Math.round(o.share * 1000) / 10,
    ]);
    if (q.number) {
      rows.push([t('surveyExport.row.mean'), q.number.mean, null]);
      rows.push([t('surveyExport.row.median'), q.number.median, null]);
    }
    rows.push([
      t('surveyExport.row.answered'),
      count({ count: q.answered, suppressed: q.answeredSuppressed }),
      null,
    ]);
    rows.push([
      t('survey.noAnswer'),
      count({ count: q.noAnswer, suppressed: q.noAnswerSuppressed }),
      null,
    ]);
    return {
      id: q.key,
      title: `${index + 1}. ${label(q.labels)}`,
      columns: [
        { header: label(q.labels), kind: 'text' },
        { header: countHeader, kind: q.type === 'number' ? 'decimal' : 'integer' },
        { header: shareHeader, kind: 'percent' },
      ],
      rows,
    };
  });

  const tables = [about, months, ...questions];
  if (cross) tables.push(crossTableTable(cross, lang, count));
  return tables;
}

function crossTableTable(cross: CrossTable, lang: UiLanguage, count: (cell: Shown) => Cell): Table {
  const label = (text: SurveyText) => textIn(text, lang);
  const total = translate(lang, 'surveyExport.column.total');
  const names = { rows: label(cross.rows.labels), columns: label(cross.columns.labels) };
  return {
    id: 'crosstab',
    title: translate(lang, 'surveyExport.table.crossTable', names),
    columns: [
      { header: translate(lang, 'surveyExport.crossHeader', names), kind: 'text' },
      ...cross.columns.options.map((o) => ({ header: label(o.labels), kind: 'integer' as const })),
      { header: total, kind: 'integer' },
    ],
    rows: [
      ...cross.rows.options.map((o, r) => [
        label(o.labels),
        ...cross.cells[r]!.map(count),
        count(cross.rowTotals[r]!),
      ]),
      [
        translate(lang, 'surveyExport.row.total'),
        ...cross.columnTotals.map(count),
        count(cross.total),
      ],
    ],
  };
}
