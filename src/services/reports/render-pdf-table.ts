import { COLOURS } from './chart.ts';
import type { Cell, TableBlock } from './render-model.ts';
import { frame, type Pdf, useFont } from './render-pdf-page.ts';

const PAD = 3.5;
/** Space between a table's caption and its header row. */
const CAPTION_GAP = 4;
const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : `${cell.text}*`);

/**
 * Column widths: shares of `width` by weight, but never narrower than the column's longest
 * word (so "Gerealiseerd" is not broken mid-word) when the page allows it.
 */
export function columnWidths(weights: number[], minimums: number[], width: number): number[] {
  const needed = minimums.reduce((sum, min) => sum + min, 0);
  if (needed >= width) return minimums.map((min) => (min / needed) * width);
  const fixed = new Set<number>();
  let widths = weights.map(() => 0);
  for (let round = 0; round <= weights.length; round += 1) {
    const room = width - [...fixed].reduce((sum, i) => sum + (minimums[i] ?? 0), 0);
    const free = weights.reduce((sum, weight, i) => (fixed.has(i) ? sum : sum + weight), 0);
    widths = weights.map((weight, i) =>
      fixed.has(i) ? (minimums[i] ?? 0) : (weight / free) * room,
    );
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (minimums[i] ?? 0));
    if (short < 0) break;
    fixed.add(short);
  }
  return widths;
}

/** A table measured for the current page width: what the layout needs to place it. */
export interface TableGeometry {
  block: TableBlock;
  size: number;
  widths: number[];
  header: string[];
  rows: string[][];
  captionHeight: number;
  headerHeight: number;
  rowHeights: number[];
  /** Caption, header and every row. */
  height: number;
  /** The least that may stand at the foot of a page: caption, header and the first rows. */
  minHeight: number;
}

/** Measures a table without drawing it. */
export function measureTable(pdf: Pdf, block: TableBlock): TableGeometry {
  const { width } = frame(pdf);
  const size = block.columns.length > 6 ? 7.5 : 9;
  const header = block.columns.map((column) => column.label);
  const rows = block.rows.map((row) => row.map(cellText));
  const longestWord = (i: number) => {
    useFont(pdf, 'bold', size);
    const words = [header[i] ?? '', ...rows.map((row) => row[i] ?? '')].flatMap((t) =>
      t.split(/\s+/),
    );
    return Math.max(0, ...words.map((word) => pdf.widthOfString(word))) + 2 * PAD + 1;
  };
  const widths = columnWidths(
    block.columns.map((column) => column.weight ?? 1),
    block.columns.map((_, i) => longestWord(i)),
    width,
  );
  const heightOf = (cells: string[], font: 'regular' | 'bold') => {
    useFont(pdf, font, size);
    const heights = cells.map((text, i) =>
      pdf.heightOfString(text, { width: (widths[i] ?? 0) - 2 * PAD }),
    );
    return Math.max(...heights) + 2 * PAD;
  };
  const headerHeight = heightOf(header, 'bold');
  const rowHeights = rows.map((row) => heightOf(row, 'regular'));
  useFont(pdf, 'bold', 9.5);
  const captionHeight = pdf.heightOfString(block.caption, { width }) + CAPTION_GAP;
  const top = captionHeight + headerHeight;
  const sum = (heights: number[]) => heights.reduce((total, h) => total + h, 0);
  return {
    block,
    size,
    widths,
    header,
    rows,
    captionHeight,
    headerHeight,
    rowHeights,
    height: top + sum(rowHeights),
    // Never a caption and header alone at the foot of a page: at least three rows with them.
    minHeight: top + sum(rowHeights.slice(0, 3)),
  };
}

/**
 * Draws a measured table at the cursor: caption, header row, rows never split; a row that
 * no longer fits goes to the next page under a repeated header.
 */
export function drawTable(pdf: Pdf, table: TableGeometry): void {
  const { left, width, bottom } = frame(pdf);
  const { block, size, widths } = table;
  const drawRow = (
    cells: string[],
    font: 'regular' | 'bold',
    shaded: boolean,
    rowHeight: number,
  ) => {
    const top = pdf.y;
    if (shaded) pdf.rect(left, top, width, rowHeight).fill(COLOURS.shade);
    let x = left;
    cells.forEach((text, i) => {
      const columnWidth = widths[i] ?? 0;
      const align = block.columns[i]?.numeric ? 'right' : 'left';
      useFont(pdf, font, size).fillColor(COLOURS.text);
      pdf.text(text, x + PAD, top + PAD, { width: columnWidth - 2 * PAD, align });
      x += columnWidth;
    });
    const y = top + rowHeight;
    pdf
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(shaded ? 1 : 0.4);
    pdf.strokeColor(shaded ? COLOURS.axis : COLOURS.rule).stroke();
    pdf.y = y;
  };
  useFont(pdf, 'bold', 9.5);
  const captionTop = pdf.y;
  pdf.fillColor(COLOURS.text).text(block.caption, left, captionTop, { width });
  pdf.y = captionTop + table.captionHeight;
  drawRow(table.header, 'bold', true, table.headerHeight);
  table.rows.forEach((row, index) => {
    const rowHeight = table.rowHeights[index] ?? 0;
    if (pdf.y + rowHeight > bottom) {
      pdf.addPage();
      drawRow(table.header, 'bold', true, table.headerHeight);
    }
    drawRow(row, 'regular', false, rowHeight);
  });
  pdf.x = left;
}
