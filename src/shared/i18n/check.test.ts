import { describe, expect, it } from 'vitest';
import { checkCatalogs } from './check.ts';
import { MESSAGE_GROUPS } from './groups.ts';
import { translate } from './translate.ts';

describe('i18n catalogs', () => {
  it('have every message in nl, fr and en with the same ICU arguments', () => {
    expect(checkCatalogs(MESSAGE_GROUPS)).toEqual([]);
  });

  it('detects a missing language, a bad argument and a duplicate key', () => {
    const problems = checkCatalogs({
      a: { 'x.one': { en: 'Hello {name}', nl: 'Hallo {naam}', fr: '' } },
      b: { 'x.one': { en: 'a', nl: 'b', fr: 'c' } },
    });
    expect(problems.some((p) => p.includes('missing fr'))).toBe(true);
    expect(problems.some((p) => p.includes('nl uses arguments {naam}'))).toBe(true);
    expect(problems.some((p) => p.includes('defined in both a and b'))).toBe(true);
  });

  it('formats plurals per language', () => {
    expect(translate('nl', 'error.TOO_MANY_ATTEMPTS', { minutes: 1 })).toContain('1 minuut');
    expect(translate('nl', 'error.TOO_MANY_ATTEMPTS', { minutes: 15 })).toContain('15 minuten');
    expect(translate('fr', 'error.TOO_MANY_ATTEMPTS', { minutes: 2 })).toContain('2 minutes');
  });
});
