/** The three languages every screen, report and message exists in. */
export const UI_LANGUAGES = ['nl', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A label in `lang`, else in another UI language (English, Dutch, French), else undefined. */
export function labelIn(
  labels: Partial<Record<UiLanguage, string>>,
  lang: UiLanguage,
): string | undefined {
  return labels[lang] ?? labels.en ?? labels.nl ?? labels.fr;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the best UI language from an Accept-Language header (RFC 9110 weights),
 * falling back to `fallback` when nothing matches.
 */
export function negotiateLanguage(
  header: string | undefined,
  fallback: UiLanguage = 'nl',
): UiLanguage {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        lang: tag.trim().toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isUiLanguage) ?? fallback;
}
