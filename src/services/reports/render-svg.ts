import { barLayout, type ChartLayout, COLOURS, columnLayout } from './chart.ts';
import type { ChartBlock } from './render-model.ts';

/** Characters that must not reach HTML or SVG as markup. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML/SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const WIDTH = 640;
const FONT = 12;

const n = (value: number) => String(Math.round(value * 10) / 10);

function layoutOf(block: ChartBlock): ChartLayout {
  return block.shape === 'bar'
    ? barLayout(block.bars, {
        width: WIDTH,
        fontSize: FONT,
        labelWidth: 210,
        valueWidth: 90,
        rowHeight: 26,
      })
    : columnLayout(block.bars, { width: WIDTH, height: 250, fontSize: 12 });
}

/**
 * A chart as inline SVG: `role="img"` with the whole chart in words as its `aria-label`
 * (the table beside it carries the same numbers); scales with the page width.
 */
export function chartSvg(block: ChartBlock): string {
  const layout = layoutOf(block);
  const size = block.shape === 'bar' ? FONT : 12;
  const column = block.shape === 'column';
  const parts = layout.bars.map((bar) => {
    const { rect, labelAt, valueAt } = bar;
    return [
      `<rect x="${n(rect.x)}" y="${n(rect.y)}" width="${n(rect.width)}" height="${n(rect.height)}" fill="${COLOURS.bar}"/>`,
      `<text x="${n(labelAt.x)}" y="${n(labelAt.y)}" text-anchor="${column ? 'middle' : 'end'}">${escapeHtml(bar.label)}</text>`,
      `<text x="${n(valueAt.x)}" y="${n(valueAt.y)}" text-anchor="${column ? 'middle' : 'start'}">${escapeHtml(bar.display)}</text>`,
    ].join('');
  });
  const { from, to } = layout.axis;
  return [
    `<svg role="img" aria-label="${escapeHtml(block.description)}"`,
    ` viewBox="0 0 ${layout.width} ${n(Math.max(layout.height, 1))}" width="100%"`,
    ` preserveAspectRatio="xMinYMin meet" font-size="${size}" fill="${COLOURS.text}"`,
    ` font-family="DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif">`,
    `<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" stroke="${COLOURS.axis}"/>`,
    ...parts,
    '</svg>',
  ].join('');
}
