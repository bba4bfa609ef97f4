import { describe, expect, it } from 'vitest';
import { renderAnnualReportHtml } from './html.ts';
import { emptyReport, sampleLabeller, sampleReport } from './render-sample.ts';

const render = (language: 'nl' | 'fr' | 'en', report = sampleReport(language)) =>
  renderAnnualReportHtml(report, sampleLabeller(language));

describe('renderAnnualReportHtml', () => {
  it('is a standalone HTML5 document in the report language', () => {
    const html = render('fr');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<title>Walk-in career centre : rapport annuel 2023</title>');
    expect(html).toContain('<h1>Rapport annuel 2023</h1>');
    expect(html).toContain('@page { size: A4;');
    // Printed, charts and rows stay whole, headings stay with what follows; no forced breaks.
    expect(html).toContain('tr, .note, figure.chart { break-inside: avoid; }');
    expect(html).not.toContain('break-before: page');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(render('nl')).toContain('<html lang="nl">');
  });

  it('loads nothing from outside and runs no script', () => {
    const html = render('en');
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
  });

  it('formats numbers and dates for the language', () => {
    const fr = render('fr');
    // fr-BE groups thousands with a narrow no-break space.
    expect(new Intl.NumberFormat('fr-BE').format(65654)).toBe('65\u202f654');
    expect(fr).toContain('65\u202f654');
    expect(fr).toContain('52,7\u00a0%');
    expect(fr).toContain('31 décembre 2024');
    expect(render('nl')).toContain('65.654');
    expect(render('nl')).toContain('31 december 2024');
    const en = render('en');
    expect(en).toContain('65,654');
    expect(en).toContain('52.7%');
    expect(en).not.toContain('65654');
  });

  it('writes changes with their sign, and a dash when there is no previous year', () => {
    const html = render('en');
    expect(html).toContain('<td class="num">+10,253</td><td class="num">+18.5%</td>');
    expect(html).toContain('<td class="num">\u2212958</td><td class="num">\u22125.0%</td>');
    expect(html).toContain(
      '<th scope="row">Questionnaire answers</th><td class="num">3,133</td><td class="num">—</td>',
    );
    expect(html).toContain('there is no data for 2022 to compare with');
  });

  it('escapes every text, narratives and names included', () => {
    const report = sampleReport('en');
    report.organisationName = 'Centre <b>&</b> co';
    report.narratives.contacts = '<script>alert("x")</script>\nSecond line\n\nNew paragraph';
    report.programmes[0]!.name = '<img src=x onerror=alert(1)>';
    const html = render('en', report);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<br>Second line</p>',
    );
    expect(html).toContain('<p>New paragraph</p>');
    expect(html).toContain('Centre &lt;b&gt;&amp;&lt;/b&gt; co');
  });

  it('puts each narrative in its section', () => {
    const report = sampleReport('en');
    report.narratives.survey = 'About our visitors.';
    const html = render('en', report);
    const survey = html.slice(html.indexOf('<section id="section-survey"'));
    expect(survey).toContain(
      '<h2 id="section-survey-heading">Visitor profile</h2>\n<p>About our visitors.</p>',
    );
    expect(html).toContain('<p>The rise in contacts shows the value of outreach.</p>');
  });

  it('marks suppressed cells and explains the small-cell threshold', () => {
    const html = render('fr');
    expect(html).toContain('<td class="num suppressed">masqué<sup>*</sup></td>');
    expect(html).toContain('* Masqué : moins de 5 réponses.');
    const report = sampleReport('fr');
    report.survey.questions.gender!.options.other = { count: 3, share: 0.001, suppressed: false };
    report.survey.threshold = 10;
    expect(render('fr', report)).not.toContain('moins de 10 réponses');
  });

  it('gives every table a caption and scoped headers, and every chart a text alternative', () => {
    const html = render('en');
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(8);
    expect(html.match(/<table>\n<caption>[^<]+<\/caption>/g)?.length).toBe(tables);
    expect(html).not.toMatch(/<th>/);
    expect(html).toContain('<th scope="col">Type</th>');
    expect(html).toContain('<th scope="row">Individual advice</th>');
    const charts = html.match(/<svg [^>]*>/g) ?? [];
    // Type, theme, language, months, collective by language, target groups, gender, diploma.
    expect(charts.length).toBe(8);
    for (const svg of charts) expect(svg).toMatch(/role="img" aria-label="[^"]+"/);
    expect(html).toContain(
      'aria-label="Bar chart: Contacts by type. Individual advice: 28,977; Documentation centre: 9,556;',
    );
    expect(html).toContain('Column chart: Contacts per month in 2023. Jan: 4,800;');
  });

  it('shows programme targets with the status rule written out', () => {
    const html = render('en');
    expect(html).toContain('Status rule: met once the actual reaches the target;');
    expect(html).toContain('<th scope="row">Outreach trips</th><td>Mission locale</td>');
    expect(html).toContain('<td>31 December 2024</td><td>Behind</td>');
    expect(html).toContain('<td>Whole programme</td><td class="num">50,000</td>');
  });

  it('renders an empty year with a clear note instead of empty tables', () => {
    const html = render('fr', emptyReport('fr'));
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Aucune donnée pour cette année : aucun contact');
    expect(html).toContain('Aucun objectif de programme');
    expect(html).not.toContain('<svg');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('keeps a narrative written for an empty year', () => {
    const report = emptyReport('en');
    report.narratives = { survey: 'The questionnaire starts next year.' };
    const html = render('en', report);
    expect(html).toContain('<h2 id="section-survey-heading">Visitor profile</h2>');
    expect(html).toContain('<p>The questionnaire starts next year.</p>');
    expect(html).not.toContain('section-contacts');
  });

  it('numbers printed pages in the footer, translated', () => {
    expect(render('nl')).toContain('content: "Pagina " counter(page) " van " counter(pages);');
    expect(render('fr')).toContain('content: "Page " counter(page) " sur " counter(pages);');
  });
});
