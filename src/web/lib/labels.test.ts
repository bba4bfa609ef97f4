import { describe, expect, it } from 'vitest';
import { translateDynamic } from '../../shared/i18n/translate.ts';
import { kindLabel, labelOf, tagLabel } from './labels.ts';
import { municipalityLabeller, municipalityName } from './municipalities.ts';

const i18n = (lang: 'nl' | 'fr' | 'en') => ({
  lang,
  tDynamic: (key: string, params?: undefined, fallback?: string) =>
    translateDynamic(lang, key, params, fallback),
});

describe('shared web labels', () => {
  it('labels a tag in the UI language, else in another one, else by its slug', () => {
    const tag = { slug: 'ukrainian', labels: { nl: 'Oekraïners' } };
    expect(tagLabel(tag, 'nl')).toBe('Oekraïners');
    expect(tagLabel(tag, 'fr')).toBe('Oekraïners');
    expect(tagLabel({ slug: 'ukrainian', labels: {} }, 'en')).toBe('ukrainian');
  });

  it("labels a kind by the organisation's label, else the catalog's, else the slug", () => {
    expect(kindLabel(i18n('fr'), 'info_session', { fr: 'Séance' })).toBe('Séance');
    expect(kindLabel(i18n('en'), 'info_session', { fr: 'Séance' })).toBe(
      translateDynamic('en', 'activityKind.info_session'),
    );
    expect(kindLabel(i18n('en'), 'own-kind', undefined)).toBe('own-kind');
  });

  it('looks a value up among choices; the value itself while they load', () => {
    const options = [{ value: 'work', label: 'Work' }];
    expect(labelOf(options, 'work')).toBe('Work');
    expect(labelOf([], 'work')).toBe('work');
    expect(labelOf(options, null)).toBe('');
  });

  it('names a municipality in both languages, the UI language first', () => {
    const saintGilles = { nis: '21013', nl: 'Sint-Gillis', fr: 'Saint-Gilles', postalCodes: [] };
    expect(municipalityName(saintGilles, 'nl')).toBe('Sint-Gillis / Saint-Gilles');
    expect(municipalityName(saintGilles, 'en')).toBe('Saint-Gilles / Sint-Gillis');
    expect(municipalityLabeller(null, 'nl')('21013')).toBe('21013');
  });
});
