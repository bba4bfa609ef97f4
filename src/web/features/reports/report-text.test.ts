import { describe, expect, it } from 'vitest';
import { createReportText } from './report-text.ts';

const TAGS = [
  {
    slug: 'ukrainian',
    labels: { nl: 'Oekraïners', fr: 'Ukrainiens', en: 'Ukrainians' },
    createdAt: '',
  },
  { slug: 'neet', labels: { nl: 'NEET-jongeren' }, createdAt: '' },
];

describe('the report’s words in the report’s language', () => {
  it('formats numbers, changes and shares for the language', () => {
    const fr = createReportText('fr', TAGS);
    expect(fr.number(65654)).toBe(new Intl.NumberFormat('fr-BE').format(65654));
    expect(fr.signed(-12)).toBe(
      new Intl.NumberFormat('fr-BE', { signDisplay: 'exceptZero' }).format(-12),
    );
    expect(createReportText('en', TAGS).changePercent(18.5)).toBe('+18.5%');
    expect(createReportText('en', TAGS).changePercent(null)).toBe('—');
    expect(createReportText('nl', TAGS).share(0.527)).toMatch(/^52,7\s?%$/);
    expect(createReportText('en', TAGS).day('2023-12-31')).toBe('31 December 2023');
    expect(createReportText('nl', TAGS).month('2023-01')).toBe('januari 2023');
  });

  it('labels themes, languages, types, tags and questionnaire keys, and says "not recorded" for none', () => {
    const fr = createReportText('fr', TAGS);
    expect(fr.theme('learn')).toBe('Se former');
    expect(fr.theme('')).toBe('Non renseigné');
    expect(fr.serviceLanguage('uk')).not.toBe('uk');
    expect(fr.contactType('individual_advice')).toBe('Conseil individuel');
    expect(fr.tag('ukrainian')).toBe('Ukrainiens');
    // A tag labelled in one language only, and an unknown key, still show something.
    expect(fr.tag('neet')).toBe('NEET-jongeren');
    expect(fr.tag('gone')).toBe('gone');
    expect(fr.question('gender')).toBe('Quel est votre genre ?');
    expect(fr.option('gender', 'female')).toBe('Femme');
    expect(fr.option('satisfaction', '5')).toBe('5');
    expect(fr.option('unknown', 'x')).toBe('x');
    expect(fr.t('reports.title', { year: 2023 })).toBe('Rapport annuel 2023');
  });
});
