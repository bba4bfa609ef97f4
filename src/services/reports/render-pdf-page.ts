import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Page geometry and font helpers for the annual report's PDF (pdfkit). */
export type Pdf = PDFKit.PDFDocument;

let files: { regular: string; bold: string } | undefined;

/** The DejaVu Sans fonts of the `dejavu-fonts-ttf` package, embedded in every report. */
export function reportFontFiles(): { regular: string; bold: string } {
  if (!files) {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
    files = {
      regular: join(root, 'ttf', 'DejaVuSans.ttf'),
      bold: join(root, 'ttf', 'DejaVuSans-Bold.ttf'),
    };
  }
  return files;
}

/**
 * Switches to the regular or bold font. By file path on purpose: pdfkit caches a font under
 * the name it was asked for, and re-reads the file for a `registerFont` alias on every call.
 */
export function useFont(pdf: Pdf, weight: 'regular' | 'bold', size: number): Pdf {
  return pdf.font(reportFontFiles()[weight]).fontSize(size);
}

/** The usable box of the current page. */
export function frame(pdf: Pdf) {
  const { margins, width, height } = pdf.page;
  return {
    left: margins.left,
    width: width - margins.left - margins.right,
    bottom: height - margins.bottom,
  };
}

/** The height between the top and bottom margins. */
export function contentHeight(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.top - pdf.page.margins.bottom;
}

/** `text` shortened with "…" until it fits `width` in the current font and size. */
export function fitWidth(pdf: Pdf, text: string, width: number): string {
  if (pdf.widthOfString(text) <= width) return text;
  const glyphs = [...text];
  while (glyphs.length > 1 && pdf.widthOfString(`${glyphs.join('')}…`) > width) glyphs.pop();
  return `${glyphs.join('')}…`;
}

/** Distance from the top of a line to its baseline, for DejaVu Sans (ascender 0.928 em). */
export const ASCENT = 0.928;
