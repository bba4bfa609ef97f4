import type { CountRow } from './CountTable.tsx';
import type { ReportText } from './report-text.ts';

/** Most bars drawn; the table beside the chart lists every row. */
export const MAX_BARS = 12;

const LABEL = 18;
const BAR = 16;
const GAP = 10;
const ROW = LABEL + BAR + GAP;
/** Bars use at most this share of the width; the rest holds the figure after the bar. */
const BAR_AREA = 82;

/** The chart's accessible name: its title and each figure (the table says the same). */
function summary(text: ReportText, title: string, rows: readonly CountRow[]): string {
  return text.t('reports.chart', {
    title,
    items: rows.map((row) => `${row.label} ${text.number(row.count)}`).join('; '),
  });
}

/**
 * Horizontal bars, one per row, with the figure after each. role="img" with a summary;
 * widths are percentages so the text keeps its size at any width and in print.
 */
export function BarChart({
  title,
  rows,
  text,
}: {
  title: string;
  rows: readonly CountRow[];
  text: ReportText;
}) {
  const shown = rows.slice(0, MAX_BARS);
  if (shown.length === 0) return null;
  const max = Math.max(1, ...shown.map((row) => row.count));
  return (
    <svg
      className="report-chart report-chart--bars"
      role="img"
      aria-label={summary(text, title, shown)}
      width="100%"
      height={shown.length * ROW}
    >
      {shown.map((row, i) => {
        const y = i * ROW;
        const width = (row.count / max) * BAR_AREA;
        return (
          <g key={row.key}>
            <text className="report-chart__label" x="0" y={y + 13}>
              {row.label}
            </text>
            <rect
              className="report-chart__bar"
              x="0"
              y={y + LABEL}
              width={`${width}%`}
              height={BAR}
            />
            <text className="report-chart__value" x={`${width}%`} dx="6" y={y + LABEL + 12}>
              {text.number(row.count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const HEIGHT = 220;
const TOP = 18;
const BOTTOM = 24;
const PLOT = HEIGHT - TOP - BOTTOM;

/**
 * Contacts per month as columns, each with its figure on top and the short month name
 * below. X positions are percentages; role="img" with a summary.
 */
export function MonthChart({
  title,
  months,
  text,
}: {
  title: string;
  months: readonly CountRow[];
  text: ReportText;
}) {
  if (months.length === 0) return null;
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = 100 / months.length;
  const y = (value: number) => TOP + PLOT - (value / max) * PLOT;
  return (
    <svg
      className="report-chart report-chart--months"
      role="img"
      aria-label={summary(text, title, months)}
      width="100%"
      height={HEIGHT}
    >
      <line className="report-chart__axis-line" x1="0" x2="100%" y1={TOP + PLOT} y2={TOP + PLOT} />
      {months.map((m, i) => {
        const x = i * slot;
        return (
          <g key={m.key}>
            <rect
              className="report-chart__bar"
              x={`${x + slot * 0.18}%`}
              y={y(m.count)}
              width={`${slot * 0.64}%`}
              height={TOP + PLOT - y(m.count)}
            />
            <text
              className="report-chart__value"
              x={`${x + slot / 2}%`}
              y={y(m.count) - 4}
              textAnchor="middle"
            >
              {text.number(m.count)}
            </text>
            <text
              className="report-chart__axis"
              x={`${x + slot / 2}%`}
              y={HEIGHT - 6}
              textAnchor="middle"
            >
              {text.shortMonth(m.key)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
