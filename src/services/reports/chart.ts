/**
 * Geometry of the annual report's charts, shared by the SVG (HTML page) and the vector
 * drawing (PDF): where each bar, label and value goes in a box of a given width. Units are
 * whatever the caller draws in (SVG user units, PDF points); y grows downwards.
 */

/** Colours of the report's charts and accents, the same on screen and on paper (AA on white). */
export const COLOURS = {
  bar: '#1d5c8f',
  text: '#1f2933',
  muted: '#52606d',
  axis: '#7b8794',
  rule: '#cbd2d9',
  shade: '#e4e7eb',
  note: '#f0f4f8',
} as const;

export interface ChartBar {
  label: string;
  value: number;
  /** The value as printed beside the bar ("28.977", "52,7%", or the suppressed mark). */
  display: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface PlacedBar {
  label: string;
  display: string;
  /** The bar itself; `width` or `height` 0 for a zero value. */
  rect: { x: number; y: number; width: number; height: number };
  /** Baseline of the label: right-aligned at `x` (bars) or centred on `x` (columns). */
  labelAt: Point;
  /** Baseline of the value: left-aligned at `x` (bars) or centred on `x` (columns). */
  valueAt: Point;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: PlacedBar[];
  /** The axis the bars grow from. */
  axis: { from: Point; to: Point };
}

export interface BarOptions {
  width: number;
  fontSize: number;
  /** Space for the labels left of the bars. */
  labelWidth: number;
  /** Space kept right of the longest bar for its value. */
  valueWidth: number;
  rowHeight: number;
  /** The value of a full-length bar (default: the largest), to split one chart over pages. */
  max?: number;
}

const scale = (value: number, max: number, length: number) =>
  max > 0 && value > 0 ? (value / max) * length : 0;

/** Horizontal bars, one row each, labels on the left and values after the bar. */
export function barLayout(bars: readonly ChartBar[], options: BarOptions): ChartLayout {
  const { width, fontSize, labelWidth, valueWidth, rowHeight } = options;
  const max = options.max ?? Math.max(0, ...bars.map((bar) => bar.value));
  const length = Math.max(width - labelWidth - valueWidth, 1);
  const x = labelWidth;
  const thickness = rowHeight * 0.62;
  const placed = bars.map((bar, index) => {
    const top = index * rowHeight + (rowHeight - thickness) / 2;
    const barWidth = scale(bar.value, max, length);
    const baseline = top + thickness / 2 + fontSize * 0.35;
    return {
      label: fitLabel(bar.label, labelWidth - fontSize * 0.6, fontSize),
      display: bar.display,
      rect: { x, y: top, width: barWidth, height: thickness },
      labelAt: { x: x - fontSize * 0.5, y: baseline },
      valueAt: { x: x + barWidth + fontSize * 0.4, y: baseline },
    };
  });
  const height = bars.length * rowHeight;
  return { width, height, bars: placed, axis: { from: { x, y: 0 }, to: { x, y: height } } };
}

export interface ColumnOptions {
  width: number;
  height: number;
  fontSize: number;
}

/** Vertical columns (e.g. months), values above them and labels below. */
export function columnLayout(bars: readonly ChartBar[], options: ColumnOptions): ChartLayout {
  const { width, height, fontSize } = options;
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const bottom = height - fontSize * 1.8;
  const top = fontSize * 1.6;
  const slot = bars.length > 0 ? width / bars.length : width;
  const columnWidth = slot * 0.64;
  const placed = bars.map((bar, index) => {
    const centre = index * slot + slot / 2;
    const columnHeight = scale(bar.value, max, bottom - top);
    return {
      label: fitLabel(bar.label, slot, fontSize),
      display: bar.display,
      rect: {
        x: centre - columnWidth / 2,
        y: bottom - columnHeight,
        width: columnWidth,
        height: columnHeight,
      },
      labelAt: { x: centre, y: bottom + fontSize * 1.3 },
      valueAt: { x: centre, y: bottom - columnHeight - fontSize * 0.4 },
    };
  });
  return {
    width,
    height,
    bars: placed,
    axis: { from: { x: 0, y: bottom }, to: { x: width, y: bottom } },
  };
}

/**
 * A label shortened with "…" to fit `room` at `fontSize`, by an average glyph width
 * (0.56 em suits DejaVu Sans and the usual sans-serif fonts); the full label stays in the
 * chart's description and table.
 */
export function fitLabel(label: string, room: number, fontSize: number): string {
  const chars = Math.max(Math.floor(room / (fontSize * 0.56)), 2);
  const glyphs = [...label];
  return glyphs.length <= chars ? label : `${glyphs.slice(0, chars - 1).join('')}…`;
}
