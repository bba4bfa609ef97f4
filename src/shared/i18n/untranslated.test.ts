import { describe, expect, it } from 'vitest';
import { MESSAGE_GROUPS } from './groups.ts';
import { findUntranslated, SAME_AS_ENGLISH } from './untranslated.ts';

describe('untranslated catalog values', () => {
  it('no Dutch or French text is left in English, other than names and shared words', () => {
    expect(findUntranslated(MESSAGE_GROUPS)).toEqual([]);
  });

  it('flags an English value in nl or fr, plural branches included, and accepts shared words', () => {
    const problems = findUntranslated({
      g: {
        'a.outreach': { en: 'Outreach', nl: 'Outreach', fr: 'Action de proximité' },
        'a.deadline': { en: 'Deadline', nl: 'Deadline', fr: 'Échéance' },
        'a.empty': { en: 'Empty for today.', nl: 'Leeg', fr: 'Empty for today.' },
        'a.plural': {
          en: '{n, plural, one {# trip} other {# trips}}',
          nl: '{n, plural, one {# rit} other {# ritten}}',
          fr: '{n, plural, one {# trip} other {# trips}}',
        },
        'a.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
        'a.total': { en: 'Total', nl: 'Totaal', fr: 'Total' },
        'a.csv': { en: 'Excel (XLSX)', nl: 'Excel (XLSX)', fr: 'Excel (XLSX)' },
        'a.range': { en: '{from} – {to}', nl: '{from} – {to}', fr: '{from} – {to}' },
        'a.case': { en: 'E-MAIL', nl: 'E-MAIL', fr: 'E-MAIL' },
      },
    });
    expect(problems.map((p) => p.split(':')[0] + ':' + p.split(':')[1]!.split(' ')[1])).toEqual([
      'a.outreach:nl',
      'a.deadline:nl',
      'a.empty:fr',
      'a.plural:fr',
    ]);
    expect(problems[3]).toContain('(trip, trips)');
  });

  it('keeps the allow-list short and free of duplicates', () => {
    for (const words of Object.values(SAME_AS_ENGLISH)) {
      expect(words.length).toBeLessThan(45);
      expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
    }
  });
});
