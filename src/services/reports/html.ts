import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ReportLabeller } from './labeller.ts';
import { reportDocument } from './render-document.ts';
import { PAGE_MARK, PAGES_MARK, reportCss } from './render-html-css.ts';
import type { Block, Cell, DocumentSection, TableBlock } from './render-model.ts';
import { chartSvg, escapeHtml as e } from './render-svg.ts';

/** A paragraph's text with its line breaks kept. */
const lines = (text: string) => e(text).replace(/\n/g, '<br>');

function cellHtml(cell: Cell, numeric: boolean, header: boolean): string {
  const classes = [numeric ? 'num' : '', typeof cell === 'string' ? '' : 'suppressed']
    .filter(Boolean)
    .join(' ');
  const attributes = `${header ? ' scope="row"' : ''}${classes ? ` class="${classes}"` : ''}`;
  const content = typeof cell === 'string' ? e(cell) : `${e(cell.text)}<sup>*</sup>`;
  const tag = header ? 'th' : 'td';
  return `<${tag}${attributes}>${content}</${tag}>`;
}

function tableHtml(block: TableBlock): string {
  const head = block.columns
    .map(
      (column) => `<th scope="col"${column.numeric ? ' class="num"' : ''}>${e(column.label)}</th>`,
    )
    .join('');
  const body = block.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => cellHtml(cell, block.columns[index]?.numeric ?? false, index === 0)).join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<caption>${e(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${lines(block.text)}</p>`;
    case 'note':
      return `<p class="note">${lines(block.text)}</p>`;
    case 'figures':
      return `<dl class="figures">\n${block.items
        .map(
          (item) =>
            `<div><dt>${e(item.label)}</dt><dd class="value">${e(item.value)}</dd><dd class="detail">${e(item.detail)}</dd></div>`,
        )
        .join('\n')}\n</dl>`;
    case 'table':
      return tableHtml(block);
    case 'chart':
      return `<figure class="chart">\n<figcaption>${e(block.title)}</figcaption>\n${chartSvg(block)}\n</figure>`;
  }
}

function sectionHtml(section: DocumentSection): string {
  const id = `section-${section.id}`;
  return [
    `<section id="${e(id)}" aria-labelledby="${e(id)}-heading">`,
    `<h2 id="${e(id)}-heading">${e(section.heading)}</h2>`,
    ...section.blocks.map(blockHtml),
    '</section>',
  ].join('\n');
}

/**
 * The annual report as one standalone, print-ready HTML5 document in the report's
 * language: inline CSS (A4 pages, a section per page), inline SVG charts each with the
 * same numbers in a table, no scripts and no external resources. Every text is escaped.
 */
export function renderAnnualReportHtml(report: AnnualReport, labeller: ReportLabeller): string {
  const doc = reportDocument(report, labeller);
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(doc.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.title)}</title>`,
    `<style>\n${reportCss(doc.pageOf(PAGE_MARK, PAGES_MARK))}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header class="title-page">',
    `<p class="organisation">${e(doc.organisation)}</p>`,
    `<h1>${e(doc.heading)}</h1>`,
    `<p class="generated">${e(doc.generated)}</p>`,
    '</header>',
    ...doc.sections.map(sectionHtml),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
