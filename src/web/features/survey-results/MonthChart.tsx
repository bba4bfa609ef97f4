import type { SurveyResults } from '../../../shared/schemas/surveys.ts';
import { useT } from '../../lib/i18n.tsx';
import { useCountText } from './Count.tsx';
import { useResultsFormat } from './numbers.ts';

type Months = SurveyResults['months'];

const HEIGHT = 220;
const TOP = 16;
const BOTTOM = 28;
const PLOT = HEIGHT - TOP - BOTTOM;
/** Left share of the width kept for the axis figures (percent). */
const LEFT = 8;

/** Round steps for the value axis: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, ticks = 4): number {
  const raw = Math.max(1, max) / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return Math.max(1, step);
}

/** "Bar chart, Responses per month: March 2025 12; April 2025 < 5." */
export function useMonthSummary() {
  const t = useT();
  const format = useResultsFormat();
  const countText = useCountText();
  return (title: string, months: Months, threshold: number) =>
    t('surveyResults.chart.summary', {
      title,
      items: months
        .map((m) =>
          t('surveyResults.chart.item', {
            label: format.month(m.month),
            count: countText(m.count, m.suppressed, threshold),
          }),
        )
        .join('; '),
    });
}

/**
 * Responses per month as columns on a value axis with round steps; a hidden month shows a
 * thin hatched stub. role="img" with a spoken summary; the table below has the figures.
 */
export function MonthChart({
  title,
  months,
  threshold,
}: {
  title: string;
  months: Months;
  threshold: number;
}) {
  const format = useResultsFormat();
  const summary = useMonthSummary();
  const max = Math.max(1, ...months.map((m) => m.count ?? 0));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (value: number) => TOP + PLOT - (value / top) * PLOT;
  const slot = (100 - LEFT) / Math.max(1, months.length);
  const every = Math.ceil(months.length / 12);
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const spansYears =
    months.length > 0 && months[0]!.month.slice(0, 4) !== months.at(-1)!.month.slice(0, 4);

  return (
    <svg
      className="results-chart results-chart--months"
      role="img"
      aria-label={summary(title, months, threshold)}
      width="100%"
      height={HEIGHT}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="results-chart__grid" x1="0" x2="100%" y1={y(tick)} y2={y(tick)} />
          <text className="results-chart__axis" x="0" y={y(tick) - 3}>
            {format.number(tick)}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const x = LEFT + i * slot;
        const hidden = m.suppressed || m.count === null;
        const height = hidden ? 4 : TOP + PLOT - y(m.count!);
        return (
          <g key={m.month}>
            <rect
              className={hidden ? 'results-chart__stub' : 'results-chart__bar'}
              x={`${x + slot * 0.15}%`}
              y={TOP + PLOT - height}
              width={`${slot * 0.7}%`}
              height={height}
            />
            {i % every === 0 ? (
              <text
                className="results-chart__axis"
                x={`${x + slot / 2}%`}
                y={HEIGHT - 8}
                textAnchor="middle"
              >
                {format.shortMonth(m.month)}
                {spansYears ? ` ${m.month.slice(2, 4)}` : ''}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
