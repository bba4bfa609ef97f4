import PDFDocument from 'pdfkit';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import { COLOURS } from './chart.ts';
import type { ReportLabeller } from './labeller.ts';
import { reportDocument } from './render-document.ts';
import type { ReportDocument } from './render-model.ts';
import { drawSection, type Trace, traced } from './render-pdf-blocks.ts';
import { frame, type Pdf, reportFontFiles, useFont } from './render-pdf-page.ts';

export { reportFontFiles };
export type { Placement, Trace } from './render-pdf-blocks.ts';

export interface PdfRenderOptions {
  /** Compress the page streams (default true); tests may switch it off to read them. */
  compress?: boolean;
  /** Told where every block, heading and footer landed (for tests of the layout). */
  trace?: Trace;
}

const MARGIN = 56;

function drawTitle(pdf: Pdf, doc: ReportDocument): void {
  const { left, width } = frame(pdf);
  useFont(pdf, 'bold', 13).fillColor(COLOURS.bar).text(doc.organisation, left, pdf.y, { width });
  pdf.moveDown(0.3);
  useFont(pdf, 'bold', 26).fillColor(COLOURS.text).text(doc.heading, { width });
  pdf.moveDown(0.3);
  useFont(pdf, 'regular', 9).fillColor(COLOURS.muted).text(doc.generated, { width });
  const y = pdf.y + 8;
  pdf
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(3)
    .strokeColor(COLOURS.bar)
    .stroke();
  pdf.y = y + 24;
}

/** The footer's line: its top, 14 pt below the content, well above the sheet's unprintable edge. */
const FOOTER_OFFSET = 14;
const FOOTER_SIZE = 8;

/**
 * "Organisation: annual report 2023" on the left and "Page 3 of 9" on the right of every
 * page, in the bottom margin: the page number is never cut, the title only when it could not
 * fit even in smaller type.
 */
function drawFooters(pdf: Pdf, doc: ReportDocument, trace?: Trace): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const { left, width } = frame(pdf);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - MARGIN + FOOTER_OFFSET;
    const pageLabel = doc.pageOf(index - start + 1, count);
    useFont(pdf, 'regular', FOOTER_SIZE).fillColor(COLOURS.muted);
    const labelWidth = pdf.widthOfString(pageLabel);
    const room = width - labelWidth - 12;
    let size = FOOTER_SIZE;
    while (size > 6 && pdf.fontSize(size).widthOfString(doc.title) > room) size -= 0.5;
    const clipped = pdf.widthOfString(doc.title) > room;
    const once = { lineBreak: false, height: FOOTER_SIZE * 1.4, ellipsis: true } as const;
    pdf.text(doc.title, left, y, { ...once, width: room });
    useFont(pdf, 'regular', FOOTER_SIZE).text(pageLabel, left + width - labelWidth, y, {
      ...once,
      width: labelWidth + 1,
    });
    trace?.({
      kind: 'footer',
      section: '',
      block: -1,
      page: index - start + 1,
      top: y,
      bottom: y + pdf.currentLineHeight(true),
      clipped,
    });
    pdf.page.margins.bottom = bottom;
  }
}

/**
 * The annual report as an A4 PDF in the report's language: DejaVu Sans embedded (no
 * standard fonts), document Title and Lang, a bookmark per section, the same sections,
 * narratives, tables and charts as the HTML page, one after the other with page breaks
 * only where something does not fit (render-pdf-blocks.ts), and "page X of Y" in every
 * footer.
 */
export async function renderAnnualReportPdf(
  report: AnnualReport,
  labeller: ReportLabeller,
  options: PdfRenderOptions = {},
): Promise<Buffer> {
  const doc = reportDocument(report, labeller);
  const fonts = reportFontFiles();
  const created = new Date(report.generatedAt);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: doc.language,
    displayTitle: true,
    // The default font; without it pdfkit would load Helvetica.
    font: fonts.regular,
    info: {
      Title: doc.title,
      Author: doc.organisation,
      Subject: doc.heading,
      Creator: 'Parcours',
      ...(Number.isNaN(created.getTime()) ? {} : { CreationDate: created }),
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  traced(pdf, options.trace, { kind: 'title', section: '', block: -1 }, () => drawTitle(pdf, doc));
  for (const section of doc.sections) drawSection(pdf, section, options.trace);
  drawFooters(pdf, doc, options.trace);
  pdf.end();
  return finished;
}
