import { COLOURS } from './chart.ts';
import type { Block, FiguresBlock } from './render-model.ts';
import { drawChart } from './render-pdf-chart.ts';
import { ensureSpace, frame, type Pdf, useFont } from './render-pdf-page.ts';
import { drawTable } from './render-pdf-table.ts';

/**
 * Drawing the document's blocks with pdfkit: text flows onto new pages by itself; figures,
 * charts and table rows move to the next page whole rather than split.
 */
const BODY_SIZE = 10;

/** A section heading, kept with at least a few lines of what follows. */
export function drawHeading(pdf: Pdf, text: string): void {
  ensureSpace(pdf, 90);
  const { left, width } = frame(pdf);
  useFont(pdf, 'bold', 16).fillColor(COLOURS.bar).text(text, left, pdf.y, { width });
  const y = pdf.y + 2;
  pdf
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(0.6)
    .strokeColor(COLOURS.rule)
    .stroke();
  pdf.y = y + 10;
}

function drawText(pdf: Pdf, text: string, size = BODY_SIZE): void {
  const { left, width } = frame(pdf);
  ensureSpace(pdf, size * 2.6);
  useFont(pdf, 'regular', size).fillColor(COLOURS.text);
  pdf.text(text, left, pdf.y, { width, lineGap: 2 });
  pdf.y += size * 0.7;
}

function drawNote(pdf: Pdf, text: string): void {
  const { left, width, bottom } = frame(pdf);
  useFont(pdf, 'regular', 9);
  const height = pdf.heightOfString(text, { width: width - 16, lineGap: 1.5 }) + 10;
  if (height > bottom - pdf.page.margins.top) return drawText(pdf, text, 9);
  ensureSpace(pdf, height);
  const top = pdf.y;
  pdf.rect(left, top, width, height).fill(COLOURS.note);
  pdf.rect(left, top, 3, height).fill(COLOURS.bar);
  pdf.fillColor(COLOURS.text).text(text, left + 10, top + 5, { width: width - 16, lineGap: 1.5 });
  pdf.y = top + height + 8;
}

function drawFigures(pdf: Pdf, block: FiguresBlock): void {
  const { left, width } = frame(pdf);
  const gap = 8;
  const boxWidth = (width - gap) / 2;
  const boxHeight = 64;
  for (let index = 0; index < block.items.length; index += 2) {
    ensureSpace(pdf, boxHeight + gap);
    const top = pdf.y;
    block.items.slice(index, index + 2).forEach((item, column) => {
      const x = left + column * (boxWidth + gap);
      const inner = { width: boxWidth - 16, lineBreak: false, height: 12, ellipsis: true };
      pdf.rect(x, top, boxWidth, boxHeight).lineWidth(0.6).strokeColor(COLOURS.rule).stroke();
      useFont(pdf, 'regular', 8.5)
        .fillColor(COLOURS.muted)
        .text(item.label, x + 8, top + 7, inner);
      useFont(pdf, 'bold', 17).fillColor(COLOURS.bar);
      pdf.text(item.value, x + 8, top + 21, { ...inner, height: 22 });
      useFont(pdf, 'regular', 7.5)
        .fillColor(COLOURS.muted)
        .text(item.detail, x + 8, top + 45, inner);
    });
    pdf.y = top + boxHeight + gap;
  }
  pdf.y += 4;
}

/** Draws one block at the cursor. */
export function drawBlock(pdf: Pdf, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      return drawText(pdf, block.text);
    case 'note':
      return drawNote(pdf, block.text);
    case 'figures':
      return drawFigures(pdf, block);
    case 'table':
      return drawTable(pdf, block);
    case 'chart':
      return drawChart(pdf, block);
  }
}
