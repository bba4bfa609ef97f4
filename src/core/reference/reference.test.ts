import { describe, expect, it } from 'vitest';
import {
  BRUSSELS_MUNICIPALITIES,
  municipalitiesByPostalCode,
  municipalityByNis,
} from './municipalities.ts';
import { esfEducationGroup, ISCED_LEVELS } from './isced.ts';
import { THEMES, THEME_LABELS } from './themes.ts';

describe('reference data', () => {
  it('has the 19 Brussels municipalities with NIS 21001–21019', () => {
    expect(BRUSSELS_MUNICIPALITIES).toHaveLength(19);
    const codes = BRUSSELS_MUNICIPALITIES.map((m) => Number(m.nis));
    expect(codes).toEqual(Array.from({ length: 19 }, (_, i) => 21001 + i));
    for (const m of BRUSSELS_MUNICIPALITIES) {
      for (const pc of m.postalCodes) expect(Number(pc)).toBeGreaterThanOrEqual(1000);
      for (const pc of m.postalCodes) expect(Number(pc)).toBeLessThanOrEqual(1299);
    }
  });

  it('maps a shared postal code to two municipalities', () => {
    expect(
      municipalitiesByPostalCode('1050')
        .map((m) => m.nis)
        .sort(),
    ).toEqual(['21004', '21009']);
    expect(municipalitiesByPostalCode('1080').map((m) => m.fr)).toEqual(['Molenbeek-Saint-Jean']);
    expect(municipalitiesByPostalCode('2000')).toEqual([]);
    expect(municipalityByNis('21015')?.nl).toBe('Schaarbeek');
  });

  it('groups ISCED levels as ESF+ does', () => {
    expect(ISCED_LEVELS.map(esfEducationGroup)).toEqual([
      'isced_0_2',
      'isced_0_2',
      'isced_0_2',
      'isced_3_4',
      'isced_3_4',
      'isced_5_8',
      'isced_5_8',
      'isced_5_8',
      'isced_5_8',
    ]);
  });

  it('labels every theme in three languages', () => {
    for (const theme of THEMES) {
      expect(
        THEME_LABELS[theme].nl && THEME_LABELS[theme].fr && THEME_LABELS[theme].en,
      ).toBeTruthy();
    }
  });
});
