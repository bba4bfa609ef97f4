import { useT } from '../../lib/i18n.tsx';
import type { TargetProgress } from '../../../shared/schemas/programmes.ts';
import { monthsBetween, useProgrammeFormat } from './numbers.ts';

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 64;
const RIGHT = 16;
const TOP = 20;
const BOTTOM = 28;

/** Round steps for the value axis: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, ticks = 4): number {
  const raw = Math.max(1, max) / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!,
  );
}

interface ProgressChartProps {
  title: string;
  progress: TargetProgress;
}

/**
 * The cumulative actual at the end of each month (solid line with points) against the
 * target (dashed line), and the run-rate forecast to the deadline (dotted). An image with
 * a spoken summary; the table of figures follows the chart.
 */
export function ProgressChart({ title, progress }: ProgressChartProps) {
  const t = useT();
  const format = useProgrammeFormat();
  const { months, forecast } = progress;
  const { target, deadline } = progress.target;
  if (months.length === 0) return null;
  const last = months.at(-1)!.month;
  const axis = monthsBetween(months[0]!.month, deadline.slice(0, 7) > last ? deadline : last);
  const top = (() => {
    const max = Math.max(target, forecast ?? 0, ...months.map((m) => m.cumulative));
    const step = niceStep(max);
    return { step, value: Math.max(step, Math.ceil(max / step) * step) };
  })();
  const plotWidth = WIDTH - LEFT - RIGHT;
  const slot = plotWidth / Math.max(1, axis.length - 1);
  const x = (index: number) => LEFT + (axis.length === 1 ? plotWidth / 2 : index * slot);
  const y = (value: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top.value);
  const ticks = Array.from(
    { length: Math.round(top.value / top.step) + 1 },
    (_, i) => i * top.step,
  );
  const every = Math.ceil(axis.length / 8);
  const spansYears = axis[0]!.slice(0, 4) !== axis.at(-1)!.slice(0, 4);
  const points = months.map((m) => `${x(axis.indexOf(m.month))},${y(m.cumulative)}`).join(' ');
  const lastIndex = axis.indexOf(last);
  const showForecast = forecast !== null && axis.length - 1 > lastIndex;

  const summary = t('programmes.chart.summary', {
    title,
    target: format.number(target),
    items: months
      .map((m) =>
        t('programmes.chart.item', {
          month: format.month(m.month),
          value: format.number(m.cumulative),
        }),
      )
      .join('; '),
  });

  return (
    <figure className="progress-chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              className="progress-chart__grid"
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className="progress-chart__axis" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {format.number(tick)}
            </text>
          </g>
        ))}
        {axis.map((month, i) =>
          i % every === 0 ? (
            <text
              key={month}
              className="progress-chart__axis"
              x={x(i)}
              y={HEIGHT - 8}
              textAnchor="middle"
            >
              {format.shortMonth(month)}
              {spansYears ? ` ${month.slice(2, 4)}` : ''}
            </text>
          ) : null,
        )}
        <line
          className="progress-chart__target"
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={y(target)}
          y2={y(target)}
        />
        {showForecast && forecast !== null ? (
          <line
            className="progress-chart__forecast"
            x1={x(lastIndex)}
            y1={y(months.at(-1)!.cumulative)}
            x2={x(axis.length - 1)}
            y2={y(forecast)}
          />
        ) : null}
        <polyline className="progress-chart__line" points={points} />
        {months.map((m) => (
          <circle
            key={m.month}
            className="progress-chart__point"
            cx={x(axis.indexOf(m.month))}
            cy={y(m.cumulative)}
            r={3.5}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="progress-chart__legend">
          <li>
            <span className="progress-chart__key progress-chart__key--line" aria-hidden="true" />
            {t('programmes.chart.actual')}
          </li>
          <li>
            <span className="progress-chart__key progress-chart__key--target" aria-hidden="true" />
            {t('programmes.chart.target', { target: format.number(target) })}
          </li>
          {showForecast && forecast !== null ? (
            <li>
              <span
                className="progress-chart__key progress-chart__key--forecast"
                aria-hidden="true"
              />
              {t('programmes.chart.forecast', { forecast: format.number(forecast) })}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}
