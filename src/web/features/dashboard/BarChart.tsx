import { useT } from '../../lib/i18n.tsx';
import { useNumbers } from './numbers.ts';
import type { Row } from './rows.ts';

/** Most bars drawn; the table beside the chart lists every row. */
export const MAX_BARS = 10;

const LABEL = 18;
const CURRENT = 16;
const PREVIOUS = 10;
const GAP = 14;
const ROW = LABEL + CURRENT + 2 + PREVIOUS + GAP;
/** Bars use at most this share of the width; the rest holds the figure after the bar. */
const BAR_AREA = 82;

/** A spoken summary of the chart: its title and each row with the year before. */
export function useChartSummary() {
  const t = useT();
  const numbers = useNumbers();
  return (title: string, rows: readonly Row[], shown = rows.length) =>
    t('dashboard.chart.summary', {
      title,
      items: rows
        .slice(0, shown)
        .map((row) =>
          t('dashboard.chart.item', {
            label: row.label,
            count: numbers.number(row.count),
            previous: numbers.number(row.previous),
          }),
        )
        .join('; '),
    });
}

/**
 * Horizontal bars: per row its label, this period (thick, dark) and a year earlier (thin,
 * grey), each with its figure. Widths are percentages, so the text keeps its size at any
 * width. role="img" with a summary; the data table is beside it.
 */
export function BarChart({ title, rows }: { title: string; rows: readonly Row[] }) {
  const t = useT();
  const numbers = useNumbers();
  const summary = useChartSummary();
  const shown = rows.slice(0, MAX_BARS);
  const max = Math.max(1, ...shown.flatMap((row) => [row.count, row.previous]));
  const width = (value: number) => (value / max) * BAR_AREA;
  if (shown.length === 0) return null;
  return (
    <>
      <svg
        className="chart chart--bars"
        role="img"
        aria-label={summary(title, rows, MAX_BARS)}
        width="100%"
        height={shown.length * ROW}
      >
        {shown.map((row, i) => {
          const y = i * ROW;
          const current = width(row.count);
          const previous = width(row.previous);
          return (
            <g key={row.key}>
              <text className="chart__label" x="0" y={y + 13}>
                {row.label}
              </text>
              <rect
                className="chart__bar chart__bar--current"
                x="0"
                y={y + LABEL}
                width={`${current}%`}
                height={CURRENT}
              />
              <text className="chart__value" x={`${current}%`} dx="6" y={y + LABEL + 12}>
                {numbers.number(row.count)}
              </text>
              <rect
                className="chart__bar chart__bar--previous"
                x="0"
                y={y + LABEL + CURRENT + 2}
                width={`${previous}%`}
                height={PREVIOUS}
              />
              <text
                className="chart__value chart__value--previous"
                x={`${previous}%`}
                dx="6"
                y={y + LABEL + CURRENT + 11}
              >
                {numbers.number(row.previous)}
              </text>
            </g>
          );
        })}
      </svg>
      {rows.length > MAX_BARS ? (
        <p className="chart__note">
          {t('dashboard.chart.top', { shown: MAX_BARS, total: rows.length })}
        </p>
      ) : null}
    </>
  );
}
