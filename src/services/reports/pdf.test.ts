import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import { type Placement, renderAnnualReportPdf, reportFontFiles } from './pdf.ts';
import { reportDocument } from './render-document.ts';
import { emptyReport, sampleLabeller, sampleReport } from './render-sample.ts';

const render = async (language: 'nl' | 'fr' | 'en', report = sampleReport(language)) =>
  (await renderAnnualReportPdf(report, sampleLabeller(language))).toString('latin1');

/** 0–40 extra words for the group's label, so some table rows take several lines. */
const i = (key: string) => Number(key.replace(/\D/g, '') || 0) % 41;

const pageCount = (pdf: string) => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf)?.[1] ?? 0);

// Font subsetting takes a while on a busy machine.
describe('renderAnnualReportPdf', { timeout: 60_000 }, () => {
  it('finds the DejaVu fonts through the package', () => {
    const fonts = reportFontFiles();
    expect(fonts.regular).toMatch(/DejaVuSans\.ttf$/);
    expect(existsSync(fonts.regular) && existsSync(fonts.bold)).toBe(true);
  });

  it('is an A4 PDF with embedded TrueType fonts and no standard fonts', async () => {
    const pdf = await render('fr');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    const boxes = pdf.match(/\/MediaBox \[[^\]]+\]/g) ?? [];
    expect(boxes.length).toBe(pageCount(pdf));
    expect(new Set(boxes)).toEqual(new Set(['/MediaBox [0 0 595.28 841.89]']));
    expect(pdf.match(/\/FontFile2/g)?.length).toBe(2);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(pdf).not.toMatch(/Helvetica|Times-Roman|Courier|ZapfDingbats|\/Symbol\b/);
    expect(pdf).not.toContain('/Type1');
  });

  it('declares the language and the title', async () => {
    const pdf = await render('fr');
    expect(pdf).toContain('/Lang (fr)');
    expect(pdf).toContain('/DisplayDocTitle true');
    expect(pdf).toMatch(/\/Title /);
    expect(await render('nl')).toContain('/Lang (nl)');
  });

  it('spreads the sample report over several pages with a bookmark per section', async () => {
    const pdf = await render('en');
    // Nine sections, one after the other: fewer pages than sections, but more than a few.
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(4);
    expect(pageCount(pdf)).toBeLessThan(9);
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBe(pageCount(pdf));
    // Introduction, key figures, contacts, months, collective, events, target groups, survey, programmes.
    expect(pdf.match(/\/Dest \[\d+ 0 R \/Fit\]/g)?.length).toBe(9);
    expect(pdf).toContain('/Title (Introduction)');
  });

  it('renders an empty year', async () => {
    const pdf = await render('fr', emptyReport('fr'));
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    expect(pdf).toContain('/FontFile2');
  });

  it('flows a long narrative onto more pages', async () => {
    const base = pageCount(await render('en'));
    const report = sampleReport('en');
    const sentence = 'The walk-in centre advises every Brussels resident about learning and work. ';
    report.narratives.contacts = sentence
      .repeat(Math.ceil(10_000 / sentence.length))
      .slice(0, 10_000);
    report.narratives.introduction = `${'word '.repeat(400)}\n\n${'<script>'.repeat(50)}`;
    const long = pageCount(await render('en', report));
    expect(long).toBeGreaterThan(base + 1);
  });

  it('keeps every line of text inside the page margins, long tables included', async () => {
    const report = sampleReport('en');
    report.targetGroups = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`group_${i}`, 1000 - i]),
    );
    report.narratives.target_groups = 'A long target group description. '.repeat(300);
    const labeller = {
      ...sampleLabeller('en'),
      tag: (key: string) => `${key} ${'long '.repeat(i(key))}`,
    };
    const pdf = (await renderAnnualReportPdf(report, labeller, { compress: false })).toString(
      'latin1',
    );
    const positions = [...pdf.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
    }));
    const footers = positions.filter((p) => p.y < 40);
    expect(footers.length).toBe(2 * pageCount(pdf));
    // Rules and shapes (in pdfkit's top-down coordinates): a row drawn past the bottom shows here.
    const shapes = [...pdf.matchAll(/^([\d.]+) ([\d.]+) (?:m|l|([\d.]+) ([\d.]+) re)$/gm)];
    expect(shapes.length).toBeGreaterThan(200);
    for (const [, , y, , height] of shapes) {
      expect(Number(y)).toBeGreaterThanOrEqual(56);
      expect(Number(y) + Number(height ?? 0)).toBeLessThanOrEqual(841.89 - 56 + 0.01);
    }
    for (const { x, y } of positions) {
      expect(x).toBeGreaterThanOrEqual(55.9);
      expect(x).toBeLessThanOrEqual(595.28 - 56);
      if (y >= 40) expect(y).toBeGreaterThanOrEqual(56);
      expect(y).toBeLessThanOrEqual(841.89 - 56);
    }
  });

  it('can leave the streams uncompressed', async () => {
    const labeller = sampleLabeller('en');
    const plain = await renderAnnualReportPdf(sampleReport('en'), labeller, { compress: false });
    const packed = await renderAnnualReportPdf(sampleReport('en'), labeller);
    expect(plain.toString('latin1')).not.toContain('/FlateDecode');
    expect(packed.toString('latin1')).toContain('/FlateDecode');
    expect(plain.length).toBeGreaterThan(packed.length);
  });
});

/** A4 in points, the report's margins, and the strip a printer cannot print (10 mm). */
const PAGE = { height: 841.89, margin: 56, unprintable: 28.35 };
const CONTENT_BOTTOM = PAGE.height - PAGE.margin;

/** Renders and records where every block, heading and footer landed. */
async function layout(report: AnnualReport, labeller = sampleLabeller(report.language)) {
  const placements: Placement[] = [];
  const pdf = (
    await renderAnnualReportPdf(report, labeller, { trace: (p) => placements.push(p) })
  ).toString('latin1');
  return { pdf, placements, pages: pageCount(pdf), document: reportDocument(report, labeller) };
}

/** The pages each block of the document was drawn on. */
function pagesOfBlocks(placements: Placement[]) {
  const pages = new Map<string, Set<number>>();
  for (const p of placements.filter((p) => p.block >= 0)) {
    const key = `${p.section}/${p.block}`;
    pages.set(key, (pages.get(key) ?? new Set()).add(p.page));
  }
  return pages;
}

/**
 * The walk-in centre's report with the demo's name, twelve languages of service, and a text
 * of `sentences` sentences before the contact charts (which moves them down the page).
 */
function demoLikeReport(sentences: number): AnnualReport {
  const report = sampleReport('fr');
  report.organisationName = 'Beroepenpunt / Cité des Métiers Brussel';
  const languages = ['fr', 'en', 'nl', 'uk', 'ar', 'es', 'pt', 'ru', 'ro', 'pl', 'it', 'tr'];
  report.contacts.byLanguage = Object.fromEntries(languages.map((l, i) => [l, 40_000 >> i]));
  report.narratives.introduction = 'La Cité des Métiers accueille tout le monde. '.repeat(6);
  report.narratives.contacts = 'Le nombre de contacts a encore augmenté cette année. '.repeat(
    sentences,
  );
  return report;
}

describe('the PDF layout', { timeout: 120_000 }, () => {
  it('puts the sections one after the other: page 1 is not mostly blank, nor any page but the last', async () => {
    for (const report of [sampleReport('en'), demoLikeReport(12)]) {
      const { placements, pages } = await layout(report);
      const used = (page: number) =>
        Math.max(
          ...placements.filter((p) => p.page === page && p.kind !== 'footer').map((p) => p.bottom),
        );
      // The title, the introduction and the key figures share page 1, which is mostly full.
      const first = placements.filter((p) => p.page === 1 && p.kind === 'heading');
      expect(first.map((p) => p.section)).toEqual(
        expect.arrayContaining(['introduction', 'key_figures']),
      );
      expect(used(1)).toBeGreaterThan(PAGE.margin + (CONTENT_BOTTOM - PAGE.margin) * 0.6);
      for (let page = 1; page < pages; page += 1)
        expect(used(page), `page ${page}`).toBeGreaterThan(
          PAGE.margin + (CONTENT_BOTTOM - PAGE.margin) * 0.5,
        );
    }
  });

  it('never splits a chart that fits a page, a small table, or a heading from what follows', async () => {
    // Texts of every length push the charts and tables below to every position on a page.
    for (let sentences = 0; sentences <= 40; sentences += 4) {
      const { placements, document } = await layout(demoLikeReport(sentences));
      const pages = pagesOfBlocks(placements);
      for (const section of document.sections)
        section.blocks.forEach((block, index) => {
          const drawnOn = pages.get(`${section.id}/${index}`);
          expect(drawnOn, `${section.id}/${index}`).toBeDefined();
          const whole =
            block.kind === 'chart' ||
            block.kind === 'note' ||
            block.kind === 'figures' ||
            (block.kind === 'table' && block.rows.length <= 12);
          if (whole)
            expect(drawnOn!.size, `${sentences}: ${section.id}/${index} ${block.kind}`).toBe(1);
        });
      for (const heading of placements.filter((p) => p.kind === 'heading')) {
        const next = placements.find((p) => p.section === heading.section && p.block === 0);
        expect(next?.page, `${sentences}: heading of ${heading.section}`).toBe(heading.page);
      }
      for (const p of placements.filter((p) => p.kind !== 'footer')) {
        expect(p.top).toBeGreaterThanOrEqual(PAGE.margin);
        expect(p.bottom, `${p.section}/${p.block}`).toBeLessThanOrEqual(CONTENT_BOTTOM + 0.01);
      }
    }
  });

  it('lets a chart taller than a page, and a long table, go on over the next pages', async () => {
    const report = sampleReport('en');
    report.targetGroups = Object.fromEntries(
      Array.from({ length: 90 }, (_, i) => [`group_${i}`, 1000 - i]),
    );
    const { placements } = await layout(report);
    const pages = pagesOfBlocks(placements);
    expect(pages.get('target_groups/0')?.size).toBeGreaterThan(1); // the chart of 90 bars
    expect(pages.get('target_groups/1')?.size).toBeGreaterThan(1); // its table
  });

  it('writes every footer whole, inside the bottom margin and clear of the unprintable edge', async () => {
    for (const language of ['nl', 'fr', 'en'] as const) {
      const report = { ...demoLikeReport(3), language };
      const { placements, pages } = await layout(report, sampleLabeller(language));
      const footers = placements.filter((p) => p.kind === 'footer');
      expect(footers.map((p) => p.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      for (const footer of footers) {
        expect(footer.top).toBeGreaterThan(CONTENT_BOTTOM + 6);
        expect(footer.bottom).toBeLessThan(PAGE.height - PAGE.unprintable);
        expect(footer.clipped, `${language} page ${footer.page}`).toBe(false);
      }
    }
    // Only a name no footer could hold is shortened (the page number never is).
    const long = sampleReport('en');
    long.organisationName = 'A very long organisation name '.repeat(6);
    const { placements } = await layout(long);
    expect(placements.find((p) => p.kind === 'footer')?.clipped).toBe(true);
  });
});
