import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAnnualReportPdf, reportFontFiles } from './pdf.ts';
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
    expect(pageCount(pdf)).toBeGreaterThan(5);
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
