import { useCountText } from './Count.tsx';

/** One bar: an option's label and count (null when suppressed). */
export interface Bar {
  key: string;
  label: string;
  count: number | null;
  suppressed: boolean;
}

const LABEL = 18;
const BAR = 18;
const GAP = 12;
const ROW = LABEL + BAR + GAP;
/** Bars use at most this share of the width; the rest holds the figure after the bar. */
const BAR_AREA = 85;

/**
 * Horizontal bars, one per option, with its figure; a hidden count draws no bar, only
 * "< N". Decorative (aria-hidden): the table beside it carries the same figures. Widths
 * are percentages, so the text keeps its size at any width.
 */
export function BarChart({ bars, threshold }: { bars: readonly Bar[]; threshold: number }) {
  const countText = useCountText();
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((bar) => bar.count ?? 0));
  return (
    <svg
      className="results-chart results-chart--bars"
      aria-hidden="true"
      focusable="false"
      width="100%"
      height={bars.length * ROW}
    >
      {bars.map((bar, i) => {
        const y = i * ROW;
        const width = bar.count === null ? 0 : (bar.count / max) * BAR_AREA;
        return (
          <g key={bar.key}>
            <text className="results-chart__label" x="0" y={y + 13}>
              {bar.label}
            </text>
            {width > 0 ? (
              <rect
                className="results-chart__bar"
                x="0"
                y={y + LABEL}
                width={`${width}%`}
                height={BAR}
              />
            ) : (
              <rect className="results-chart__stub" x="0" y={y + LABEL} width="3" height={BAR} />
            )}
            <text className="results-chart__value" x={`${width}%`} dx="8" y={y + LABEL + 14}>
              {countText(bar.count, bar.suppressed, threshold)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
