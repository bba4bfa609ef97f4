import type { Dashboard } from '../../../shared/schemas/contacts.ts';
import { useChartSummary } from './BarChart.tsx';
import { useNumbers } from './numbers.ts';

const HEIGHT = 240;
const TOP = 16;
const BOTTOM = 28;
const PLOT = HEIGHT - TOP - BOTTOM;
/** Left share of the width kept for the axis figures (percent). */
const LEFT = 9;

/** Round steps for the value axis: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, ticks = 4): number {
  const raw = Math.max(1, max) / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return Math.max(1, step);
}

/**
 * Contacts per month: for each month a dark bar (this period) beside a grey one (the same
 * month a year earlier), on a value axis with round steps. X positions are percentages so
 * the text keeps its size at any width; long periods label every few months.
 */
export function MonthChart({ title, months }: { title: string; months: Dashboard['months'] }) {
  const numbers = useNumbers();
  const summary = useChartSummary();
  const max = Math.max(1, ...months.flatMap((m) => [m.count, m.previous]));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (value: number) => TOP + PLOT - (value / top) * PLOT;
  const slot = (100 - LEFT) / Math.max(1, months.length);
  const every = Math.ceil(months.length / 12);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const spansYears =
    months.length > 0 && months[0]!.month.slice(0, 4) !== months.at(-1)!.month.slice(0, 4);
  const rows = months.map((m) => ({
    key: m.month,
    label: numbers.month(m.month),
    count: m.count,
    previous: m.previous,
  }));

  return (
    <svg
      className="chart chart--months"
      role="img"
      aria-label={summary(title, rows)}
      width="100%"
      height={HEIGHT}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart__grid" x1="0" x2="100%" y1={y(tick)} y2={y(tick)} />
          <text className="chart__axis" x="0" y={y(tick) - 3}>
            {numbers.number(tick)}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const x = LEFT + i * slot;
        const bar = slot * 0.36;
        return (
          <g key={m.month}>
            <rect
              className="chart__bar chart__bar--current"
              x={`${x + slot * 0.12}%`}
              y={y(m.count)}
              width={`${bar}%`}
              height={TOP + PLOT - y(m.count)}
            />
            <rect
              className="chart__bar chart__bar--previous"
              x={`${x + slot * 0.12 + bar}%`}
              y={y(m.previous)}
              width={`${bar}%`}
              height={TOP + PLOT - y(m.previous)}
            />
            {i % every === 0 ? (
              <text
                className="chart__axis"
                x={`${x + slot / 2}%`}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {numbers.shortMonth(m.month)}
                {spansYears ? ` ${m.month.slice(2, 4)}` : ''}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
