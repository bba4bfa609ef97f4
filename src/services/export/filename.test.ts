import { describe, expect, it } from 'vitest';
import { fileNamePart } from './filename.ts';

describe('fileNamePart', () => {
  it('keeps the words of any language in plain ASCII, lower case, hyphenated', () => {
    expect(fileNamePart("Contacts par type d'activité")).toBe('contacts-par-type-d-activite');
    expect(fileNamePart('Contacten per gemeente')).toBe('contacten-per-gemeente');
    expect(fileNamePart('Rapport annuel — Cité des Métiers / 2023')).toBe(
      'rapport-annuel-cite-des-metiers-2023',
    );
    expect(fileNamePart('visitor-profile')).toBe('visitor-profile');
  });

  it('never gives an empty part, a leading dot or a quote', () => {
    expect(fileNamePart('«»', 'survey')).toBe('survey');
    expect(fileNamePart('../"x"')).toBe('x');
    expect(fileNamePart('Відгуки')).toBe('file');
  });
});
