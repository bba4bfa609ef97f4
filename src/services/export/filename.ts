/**
 * A part of a download's file name in plain ASCII, from words in any language: accents
 * dropped, anything else but letters, digits, dots and hyphens turned into one hyphen,
 * lower case ("Contacts par type d'activité" → "contacts-par-type-d-activite"). Safe in a
 * Content-Disposition header and on every file system.
 */
export function fileNamePart(text: string, fallback = 'file'): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '') || fallback
  );
}
