import { barLayout, type ChartLayout, COLOURS, columnLayout } from './chart.ts';
import type { ChartBlock } from './render-model.ts';
import { ASCENT, ensureSpace, fitWidth, frame, type Pdf, useFont } from './render-pdf-page.ts';

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

/**
 * A chart as vector drawing: its title, then the bars from the shared geometry (chart.ts).
 * A chart that fits a page stays whole; a longer bar chart goes on over the next pages at
 * the same scale.
 */
export function drawChart(pdf: Pdf, block: ChartBlock): void {
  const { left, width, bottom } = frame(pdf);
  useFont(pdf, 'bold', 9.5);
  const titleHeight = pdf.heightOfString(block.title, { width }) + 6;
  const slot = block.bars.length > 0 ? width / block.bars.length : width;
  if (block.shape === 'column') {
    const layout = columnLayout(block.bars, { width, height: 170, fontSize: FONT });
    ensureSpace(pdf, titleHeight + layout.height + 12);
    pdf.fillColor(COLOURS.text).text(block.title, left, pdf.y, { width });
    pdf.y += 6;
    drawLayout(pdf, layout, true, slot);
  } else {
    const options = { width, fontSize: FONT, labelWidth: LABEL_WIDTH, valueWidth: VALUE_WIDTH };
    const max = Math.max(0, ...block.bars.map((bar) => bar.value));
    ensureSpace(pdf, titleHeight + Math.min(block.bars.length, 4) * ROW + 12);
    pdf.fillColor(COLOURS.text).text(block.title, left, pdf.y, { width });
    pdf.y += 6;
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
  pdf.y += 12;
}
