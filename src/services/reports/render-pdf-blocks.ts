import { COLOURS } from './chart.ts';
import type { Block, DocumentSection, FiguresBlock } from './render-model.ts';
import { drawChart, measureChart } from './render-pdf-chart.ts';
import { contentHeight, frame, type Pdf, useFont } from './render-pdf-page.ts';
import { drawTable, measureTable } from './render-pdf-table.ts';

/**
 * Laying out the document's blocks with pdfkit. Sections follow each other on the same page;
 * a page break comes only where the next thing does not fit: text flows onto the next page
 * (never fewer than two lines at the foot of one), a chart that fits a page, a small table
 * and a chart with its table stay together, a long table breaks between rows under a
 * repeated header, and a heading never ends a page.
 */
const BODY_SIZE = 10;
const FIGURE_HEIGHT = 64;
const FIGURE_GAP = 8;
/** A table or figures up to this share of a page move to the next page whole. */
const SMALL = 0.5;
/** A chart and its table up to this share of a page stay together. */
const PAIR = 0.6;

/** Where a block (or a part of one) landed: page number (1-based) and its top and bottom. */
export interface Placement {
  kind: Block['kind'] | 'title' | 'heading' | 'footer';
  /** The section's id ('' for the title and the footers). */
  section: string;
  /** The block's index in its section (-1 for a heading, the title and footers). */
  block: number;
  page: number;
  top: number;
  bottom: number;
  /** Footers: true when the title had to be shortened to fit beside the page number. */
  clipped?: boolean;
}
export type Trace = (placement: Placement) => void;

/** The current page's number (1-based; pages are buffered). */
export const pageNumber = (pdf: Pdf) => {
  const { start, count } = pdf.bufferedPageRange();
  return start + count;
};

/** Moves to a new page unless `height` still fits below the cursor (or the page is still empty). */
function ensureSpace(pdf: Pdf, height: number): void {
  const { bottom } = frame(pdf);
  if (pdf.y + height > bottom && pdf.y > pdf.page.margins.top + 1) pdf.addPage();
}

/** A block measured for the current page: its whole height, the least that may end a page, how to draw it. */
interface Measured {
  block: Block;
  height: number;
  /** The height kept together: the whole block when it is small, else its first lines or rows. */
  keep: number;
  /** Space after the block. */
  gap: number;
  draw(): void;
}

function textHeight(pdf: Pdf, text: string, size: number, width: number, lineGap = 2): number {
  useFont(pdf, 'regular', size);
  return pdf.heightOfString(text, { width, lineGap });
}

function paragraph(pdf: Pdf, block: Block, text: string, size = BODY_SIZE): Measured {
  const { left, width } = frame(pdf);
  const height = textHeight(pdf, text, size, width);
  return {
    block,
    height,
    // No single line at the foot of a page.
    keep: Math.min(height, textHeight(pdf, 'x\nx', size, width)),
    gap: size * 0.7,
    draw() {
      useFont(pdf, 'regular', size).fillColor(COLOURS.text);
      pdf.text(text, left, pdf.y, { width, lineGap: 2 });
    },
  };
}

function note(pdf: Pdf, block: Block, text: string): Measured {
  const { left, width } = frame(pdf);
  const height = textHeight(pdf, text, 9, width - 16, 1.5) + 10;
  if (height > contentHeight(pdf)) return paragraph(pdf, block, text, 9);
  return {
    block,
    height,
    keep: height,
    gap: 8,
    draw() {
      const top = pdf.y;
      pdf.rect(left, top, width, height).fill(COLOURS.note);
      pdf.rect(left, top, 3, height).fill(COLOURS.bar);
      useFont(pdf, 'regular', 9).fillColor(COLOURS.text);
      pdf.text(text, left + 10, top + 5, { width: width - 16, lineGap: 1.5 });
      pdf.y = top + height;
    },
  };
}

function figures(pdf: Pdf, block: FiguresBlock): Measured {
  const { left, width } = frame(pdf);
  const boxWidth = (width - FIGURE_GAP) / 2;
  const rows = Math.ceil(block.items.length / 2);
  const row = FIGURE_HEIGHT + FIGURE_GAP;
  const height = rows * row - FIGURE_GAP;
  return {
    block,
    height,
    keep: height <= contentHeight(pdf) * SMALL ? height : FIGURE_HEIGHT,
    gap: FIGURE_GAP + 4,
    draw() {
      for (let index = 0; index < block.items.length; index += 2) {
        if (index > 0) {
          pdf.y += FIGURE_GAP;
          ensureSpace(pdf, FIGURE_HEIGHT);
        }
        const top = pdf.y;
        block.items.slice(index, index + 2).forEach((item, column) => {
          const x = left + column * (boxWidth + FIGURE_GAP);
          const inner = { width: boxWidth - 16, lineBreak: false, height: 12, ellipsis: true };
          pdf.rect(x, top, boxWidth, FIGURE_HEIGHT).lineWidth(0.6).strokeColor(COLOURS.rule);
          pdf.stroke();
          useFont(pdf, 'regular', 8.5)
            .fillColor(COLOURS.muted)
            .text(item.label, x + 8, top + 7, inner);
          useFont(pdf, 'bold', 17).fillColor(COLOURS.bar);
          pdf.text(item.value, x + 8, top + 21, { ...inner, height: 22 });
          useFont(pdf, 'regular', 7.5)
            .fillColor(COLOURS.muted)
            .text(item.detail, x + 8, top + 45, inner);
        });
        pdf.y = top + FIGURE_HEIGHT;
      }
      pdf.x = left;
    },
  };
}

/** Measures one block at the current page width. */
function measure(pdf: Pdf, block: Block): Measured {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(pdf, block, block.text);
    case 'note':
      return note(pdf, block, block.text);
    case 'figures':
      return figures(pdf, block);
    case 'table': {
      const table = measureTable(pdf, block);
      const small = table.height <= contentHeight(pdf) * SMALL;
      return {
        block,
        height: table.height,
        keep: small ? table.height : table.minHeight,
        gap: 14,
        draw: () => drawTable(pdf, table),
      };
    }
    case 'chart': {
      const chart = measureChart(pdf, block);
      return {
        block,
        height: chart.height,
        keep: chart.minHeight,
        gap: 12,
        draw: () => drawChart(pdf, chart),
      };
    }
  }
}

/**
 * The blocks in units kept together: a chart and the table of the same figures (same
 * caption) form one unit when both fit in a good part of a page.
 */
function units(pdf: Pdf, blocks: readonly Block[]): { first: number; parts: Measured[] }[] {
  const measured = blocks.map((block) => measure(pdf, block));
  const out: { first: number; parts: Measured[] }[] = [];
  for (let i = 0; i < measured.length; i += 1) {
    const chart = measured[i]!;
    const table = measured[i + 1];
    if (
      chart.block.kind === 'chart' &&
      table?.block.kind === 'table' &&
      table.block.caption === chart.block.title &&
      chart.height + chart.gap + table.height <= contentHeight(pdf) * PAIR
    ) {
      out.push({ first: i, parts: [chart, table] });
      i += 1;
    } else out.push({ first: i, parts: [chart] });
  }
  return out;
}

/** The height a unit needs at the foot of a page. */
const keepOf = (unit: { parts: Measured[] }) =>
  unit.parts.length === 1
    ? unit.parts[0]!.keep
    : unit.parts.reduce(
        (sum, part, i) => sum + part.height + (i > 0 ? unit.parts[i - 1]!.gap : 0),
        0,
      );

/** Draws `draw` at the cursor and reports where it landed, one placement per page it covers. */
export function traced(
  pdf: Pdf,
  trace: Trace | undefined,
  what: Omit<Placement, 'page' | 'top' | 'bottom'>,
  draw: () => void,
): void {
  const startPage = pageNumber(pdf);
  const top = pdf.y;
  draw();
  if (!trace) return;
  const endPage = pageNumber(pdf);
  const { bottom } = frame(pdf);
  const pageTop = pdf.page.margins.top;
  for (let page = startPage; page <= endPage; page += 1)
    trace({
      ...what,
      page,
      top: page === startPage ? top : pageTop,
      bottom: page === endPage ? pdf.y : bottom,
    });
}

function headingHeight(pdf: Pdf, text: string): number {
  const { width } = frame(pdf);
  useFont(pdf, 'bold', 16);
  return pdf.heightOfString(text, { width }) + 12;
}

/** A section heading with a rule under it. */
function drawHeading(pdf: Pdf, text: string): void {
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

/** Space above a section that does not start a page. */
const SECTION_GAP = 14;

/** One section at the cursor: its heading kept with what follows, then its blocks. */
export function drawSection(pdf: Pdf, section: DocumentSection, trace?: Trace): void {
  if (pdf.y > pdf.page.margins.top + 1) pdf.y += SECTION_GAP;
  const list = units(pdf, section.blocks);
  const heading = headingHeight(pdf, section.heading);
  const first = list[0] ? keepOf(list[0]) : 0;
  ensureSpace(pdf, heading + Math.min(first, contentHeight(pdf) - heading));
  pdf.outline.addItem(section.heading);
  traced(pdf, trace, { kind: 'heading', section: section.id, block: -1 }, () =>
    drawHeading(pdf, section.heading),
  );
  list.forEach((unit, index) => {
    if (index > 0) ensureSpace(pdf, keepOf(unit));
    unit.parts.forEach((part, offset) => {
      traced(
        pdf,
        trace,
        { kind: part.block.kind, section: section.id, block: unit.first + offset },
        part.draw,
      );
      pdf.y += part.gap;
    });
  });
}
