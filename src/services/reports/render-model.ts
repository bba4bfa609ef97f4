import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ChartBar } from './chart.ts';
import type { ReportLabeller } from './labeller.ts';

/**
 * The annual report as a printable document, in words and formatted numbers: sections of
 * blocks that the HTML and PDF renderers draw the same way. Built from (report, labeller)
 * only, so both outputs say exactly the same thing.
 */

/** A table cell; `footnote` marks a suppressed value that the section's footnote explains. */
export type Cell = string | { text: string; footnote: true };

export interface Column {
  label: string;
  /** Right-aligned figures. */
  numeric: boolean;
  /** Relative width in the PDF (default 1). */
  weight?: number;
}

export interface TableBlock {
  kind: 'table';
  caption: string;
  columns: Column[];
  /** The first cell of each row is its header (`th scope="row"`). */
  rows: Cell[][];
}

export interface ChartBlock {
  kind: 'chart';
  /** `bar`: horizontal bars with labels beside them; `column`: vertical columns (months). */
  shape: 'bar' | 'column';
  title: string;
  /** The whole chart in words, for `aria-label`. */
  description: string;
  bars: ChartBar[];
}

export interface FiguresBlock {
  kind: 'figures';
  items: { label: string; value: string; detail: string }[];
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | FiguresBlock
  | TableBlock
  | ChartBlock;

export interface DocumentSection {
  id: string;
  heading: string;
  blocks: Block[];
}

export interface ReportDocument {
  language: ReportLabeller['language'];
  /** `<title>` and the PDF's Title. */
  title: string;
  organisation: string;
  /** "Annual report 2023". */
  heading: string;
  generated: string;
  sections: DocumentSection[];
  /** "Page 3 of 9"; the HTML page passes placeholders for its CSS counters. */
  pageOf(page: number | string, pages: number | string): string;
}

/** The dash shown for a figure that does not exist (no previous year, no forecast). */
export const DASH = '—';

/** The organisation's narrative of a section as paragraphs (split on blank lines). */
export function narrativeBlocks(report: AnnualReport, section: string): Block[] {
  const text = (report.narratives[section] ?? '').replace(/\r\n?/g, '\n').trim();
  if (!text) return [];
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part }));
}

/** A whole number with its sign: "+10.234", "−1.203" (true minus sign), "0". */
export function signed(labeller: ReportLabeller, value: number): string {
  const digits = labeller.number(Math.abs(value));
  return value > 0 ? `+${digits}` : value < 0 ? `\u2212${digits}` : digits;
}

/**
 * A change in percent with its sign. `changePercent` in the report is in percent units
 * (18.5 = 18.5%, as the dashboard's comparison tables), the labeller takes a fraction.
 */
export function signedPercent(labeller: ReportLabeller, percent: number | null): string {
  if (percent === null) return DASH;
  const text = labeller.percent(Math.abs(percent) / 100);
  return percent > 0 ? `+${text}` : percent < 0 ? `\u2212${text}` : text;
}

/** `part` as a share of `whole`, or the dash when there is no whole. */
export function shareOf(labeller: ReportLabeller, part: number, whole: number): string {
  return whole > 0 ? labeller.percent(part / whole) : DASH;
}

/** A chart with its description in words: "Bar chart: Contacts by type. Individual advice: 28,977; …". */
export function chart(
  labeller: ReportLabeller,
  shape: ChartBlock['shape'],
  title: string,
  bars: ChartBar[],
): ChartBlock {
  const data = bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ');
  const key = shape === 'bar' ? 'reportRender.chart.bar' : 'reportRender.chart.column';
  return { kind: 'chart', shape, title, description: labeller.t(key, { title, data }), bars };
}

/** Entries of a count map, largest first (then by key), for tables and charts. */
export function byCount(map: Record<string, number>): [string, number][] {
  return Object.entries(map).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * A count map as a table (label, number, share of the total) and a bar chart with the
 * same numbers; a note instead when the map is empty.
 */
export function countBreakdown(
  labeller: ReportLabeller,
  caption: string,
  keyColumn: string,
  entries: [string, number][],
  label: (key: string) => string,
  share?: (key: string, count: number) => number | undefined,
): Block[] {
  if (entries.length === 0)
    return [{ kind: 'note', text: `${caption}: ${labeller.t('reportRender.nothing')}` }];
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  const rows = entries.map(([key, count]) => {
    const given = share?.(key, count);
    return {
      label: label(key),
      count,
      number: labeller.number(count),
      share: given === undefined ? shareOf(labeller, count, total) : labeller.percent(given),
    };
  });
  const bars = rows.map((row) => ({ label: row.label, value: row.count, display: row.number }));
  return [
    chart(labeller, 'bar', caption, bars),
    {
      kind: 'table',
      caption,
      columns: [
        { label: keyColumn, numeric: false, weight: 2 },
        { label: labeller.t('reportRender.column.count'), numeric: true },
        { label: labeller.t('reportRender.column.share'), numeric: true },
      ],
      rows: rows.map((row) => [row.label, row.number, row.share]),
    },
  ];
}
