/**
 * The annual report page's style sheet: readable on screen, and on paper A4 with each
 * section on a new page, table rows never split, and "page X of Y" in the footer.
 */

/** A text as a CSS string literal (quotes, backslashes, line breaks and `<` escaped). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** Stand-ins for the page counters in the translated footer text. */
export const PAGE_MARK = '[[page]]';
export const PAGES_MARK = '[[pages]]';

/**
 * The CSS `content` of the page footer from a translated "Page {page} of {pages}" with
 * PAGE_MARK and PAGES_MARK standing for the two counters.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\[\[pages?\]\])/)
    .filter((part) => part !== '')
    .map((part) =>
      part === PAGE_MARK
        ? 'counter(page)'
        : part === PAGES_MARK
          ? 'counter(pages)'
          : cssString(part),
    )
    .join(' ');
}

/** The style sheet, with the footer's translated page numbering. */
export function reportCss(pageOf: string): string {
  return `
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: ${pageCounterContent(pageOf)}; font-size: 9pt; color: #52606d; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f5f7fa; color: #1f2933; font: 16px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; background: #fff; }
.title-page { border-bottom: 4px solid #1d5c8f; margin-bottom: 2rem; padding-bottom: 1rem; }
.title-page .organisation { font-size: 1.25rem; font-weight: bold; margin: 0; color: #1d5c8f; }
h1 { font-size: 2.2rem; margin: 0.25rem 0 0.5rem; line-height: 1.2; }
h2 { font-size: 1.5rem; margin: 0 0 1rem; color: #1d5c8f; border-bottom: 1px solid #cbd2d9; padding-bottom: 0.25rem; }
section { margin: 0 0 3rem; }
p { margin: 0 0 1rem; }
.generated { color: #52606d; font-size: 0.9rem; }
.note { background: #f0f4f8; border-left: 4px solid #1d5c8f; padding: 0.5rem 0.75rem; font-size: 0.95rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.75rem; margin: 0 0 1.5rem; }
.figures div { border: 1px solid #cbd2d9; border-radius: 4px; padding: 0.75rem; break-inside: avoid; }
.figures dt { font-size: 0.9rem; color: #3e4c59; }
.figures dd { margin: 0; }
.figures .value { font-size: 1.75rem; font-weight: bold; color: #1d5c8f; }
.figures .detail { font-size: 0.85rem; color: #52606d; }
figure.chart { margin: 0 0 1rem; break-inside: avoid; }
figure.chart figcaption { font-weight: bold; margin-bottom: 0.5rem; }
figure.chart svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.75rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.4rem; }
th, td { border-bottom: 1px solid #cbd2d9; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e4e7eb; border-bottom: 2px solid #9aa5b1; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.suppressed { font-style: italic; color: #3e4c59; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; }
  /* Sections follow each other; a page breaks only where the next thing does not fit. */
  section { margin: 0 0 1.5rem; }
  h2, caption, figcaption { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .note, figure.chart { break-inside: avoid; }
  p { orphans: 3; widows: 3; }
}
`.trim();
}
