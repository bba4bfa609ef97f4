import PDFDocument from 'pdfkit';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import { COLOURS } from './chart.ts';
import type { ReportLabeller } from './labeller.ts';
import { reportDocument } from './render-document.ts';
import type { ReportDocument } from './render-model.ts';
import { drawBlock, drawHeading } from './render-pdf-blocks.ts';
import { frame, type Pdf, reportFontFiles, useFont } from './render-pdf-page.ts';

export { reportFontFiles };

export interface PdfRenderOptions {
  /** Compress the page streams (default true); tests may switch it off to read them. */
  compress?: boolean;
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

/** "Organisation: annual report 2023" on the left and "Page 3 of 9" on the right of every page. */
function drawFooters(pdf: Pdf, doc: ReportDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const { left, width } = frame(pdf);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - MARGIN + 22;
    useFont(pdf, 'regular', 8).fillColor(COLOURS.muted);
    const options = { width: width / 2, lineBreak: false, height: 10, ellipsis: true } as const;
    pdf.text(doc.title, left, y, options);
    pdf.text(doc.pageOf(index - start + 1, count), left + width / 2, y, {
      ...options,
      align: 'right',
    });
    pdf.page.margins.bottom = bottom;
  }
}

/**
 * The annual report as an A4 PDF in the report's language: DejaVu Sans embedded (no
 * standard fonts), document Title and Lang, a bookmark per section, the same sections,
 * narratives, tables and charts as the HTML page, rows never split across pages, and
 * "page X of Y" in every footer.
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
  drawTitle(pdf, doc);
  doc.sections.forEach((section, index) => {
    if (index > 0) pdf.addPage();
    pdf.outline.addItem(section.heading);
    drawHeading(pdf, section.heading);
    for (const block of section.blocks) drawBlock(pdf, block);
  });
  drawFooters(pdf, doc);
  pdf.end();
  return finished;
}
