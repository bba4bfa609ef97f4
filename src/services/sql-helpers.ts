/** A LIKE/ILIKE pattern matching `text` anywhere, with the wildcards in `text` escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** A LIKE/ILIKE pattern matching values that start with `text`. */
export function prefixPattern(text: string): string {
  return `${text.replace(/[\\%_]/g, '\\$&')}%`;
}
