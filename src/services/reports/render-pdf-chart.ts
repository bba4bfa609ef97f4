import { barLayout, type ChartLayout, COLOURS, columnLayout } from './chart.ts';
import type { ChartBlock } from './render-model.ts';
import { ASCENT, fitWidth, frame, type Pdf, useFont } from './render-pdf-page.ts';

const FONT = 8;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 64;
const ROW = 15;

function drawLayout(pdf: Pdf, layout: ChartLayout, column: boolean, slot: number): void {
  const { left } = frame(pdf);
  const top = pdf.y;
  useFont(pdf, 'regular', FONT);
  for (const bar of layout.bars) {
    const { rect, labelAt, valueAt } = bar;
    if (rect.width > 0 && rect.height > 0)
      pdf.rect(left + rect.x, top + rect.y, rect.width, rect.height).fill(COLOURS.bar);
    pdf.fillColor(COLOURS.text);
    const labelTop = top + labelAt.y - FONT * ASCENT;
    const valueTop = top + valueAt.y - FONT * ASCENT;
    const once = { lineBreak: false } as const;
    if (column) {
      const label = fitWidth(pdf, bar.label, slot - 2);
      pdf.text(label, left + labelAt.x - slot / 2, labelTop, {
        ...once,
        width: slot,
        align: 'center',
      });
      pdf.text(bar.display, left + valueAt.x - slot / 2, valueTop, {
        ...once,
        width: slot,
        align: 'center',
      });
    } else {
      const room = LABEL_WIDTH - FONT;
      const label = fitWidth(pdf, bar.label, room);
      pdf.text(label, left + labelAt.x - room, labelTop, { ...once, width: room, align: 'right' });
      pdf.text(bar.display, left + valueAt.x, valueTop, { ...once, width: VALUE_WIDTH - 4 });
    }
  }
  const { from, to } = layout.axis;
  pdf.moveTo(left + from.x, top + from.y).lineTo(left + to.x, top + to.y);
  pdf.lineWidth(0.6).strokeColor(COLOURS.axis).stroke();
  pdf.x = left;
  pdf.y = top + layout.height;
}

const TITLE_GAP = 6;
const COLUMN_HEIGHT = 170;

/** A chart measured for the current page width: its title, then its bars. */
export interface ChartGeometry {
  block: ChartBlock;
  titleHeight: number;
  /** Title and every bar. */
  height: number;
  /** The least that may stand at the foot of a page: the whole chart when it fits a page. */
  minHeight: number;
}

export function measureChart(pdf: Pdf, block: ChartBlock): ChartGeometry {
  const { width } = frame(pdf);
  useFont(pdf, 'bold', 9.5);
  const titleHeight = pdf.heightOfString(block.title, { width }) + TITLE_GAP;
  const bars =
    block.shape === 'column'
      ? columnLayout(block.bars, { width, height: COLUMN_HEIGHT, fontSize: FONT }).height
      : block.bars.length * ROW;
  const height = titleHeight + bars;
  const page = pdf.page.height - pdf.page.margins.top - pdf.page.margins.bottom;
  // Taller than a page (a bar chart of very many bars): it may start wherever a few bars fit.
  const minHeight = height <= page ? height : titleHeight + Math.min(block.bars.length, 4) * ROW;
  return { block, titleHeight, height, minHeight };
}

/**
 * Draws a measured chart at the cursor as vector drawing: its title, then the bars from the
 * shared geometry (chart.ts). The layout keeps a chart that fits a page on one page; only a
 * bar chart taller than a page goes on over the next pages, at the same scale.
 */
export function drawChart(pdf: Pdf, chart: ChartGeometry): void {
  const { block } = chart;
  const { left, width, bottom } = frame(pdf);
  const slot = block.bars.length > 0 ? width / block.bars.length : width;
  useFont(pdf, 'bold', 9.5);
  const titleTop = pdf.y;
  pdf.fillColor(COLOURS.text).text(block.title, left, titleTop, { width });
  pdf.y = titleTop + chart.titleHeight;
  if (block.shape === 'column') {
    const layout = columnLayout(block.bars, { width, height: COLUMN_HEIGHT, fontSize: FONT });
    drawLayout(pdf, layout, true, slot);
    return;
  }
  const options = { width, fontSize: FONT, labelWidth: LABEL_WIDTH, valueWidth: VALUE_WIDTH };
  const max = Math.max(0, ...block.bars.map((bar) => bar.value));
  let rest = block.bars;
  while (rest.length > 0) {
    const fits = Math.max(Math.floor((bottom - pdf.y) / ROW), 1);
    drawLayout(
      pdf,
      barLayout(rest.slice(0, fits), { ...options, rowHeight: ROW, max }),
      false,
      slot,
    );
    rest = rest.slice(fits);
    if (rest.length > 0) pdf.addPage();
  }
}
