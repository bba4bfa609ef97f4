import type { UiLanguage } from '../../../core/common/languages.ts';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';

export const KINDS = ['builtIn', 'own'] as const;
export type Kind = (typeof KINDS)[number];

/** Indicators per page of the list. */
export const INDICATOR_PAGE_SIZE = 20;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The indicators matching a search text (in the code or in the label of any language,
 * ignoring case and accents) and a kind (built-in or own, '' for both), sorted: built-in
 * first in their order, then own indicators by their label in `lang`.
 */
export function filterIndicators(
  items: readonly IndicatorDto[],
  q: string,
  kind: string,
  lang: UiLanguage,
): IndicatorDto[] {
  const words = fold(q).split(/\s+/).filter(Boolean);
  const matches = (indicator: IndicatorDto) => {
    const text = fold(
      [indicator.code, indicator.labels.nl, indicator.labels.fr, indicator.labels.en].join(' '),
    );
    return words.every((word) => text.includes(word));
  };
  const ofKind = (indicator: IndicatorDto) =>
    kind === 'builtIn' ? indicator.builtIn : kind === 'own' ? !indicator.builtIn : true;
  const builtIn = items.filter((i) => i.builtIn);
  const own = items
    .filter((i) => !i.builtIn)
    .sort((a, b) => a.labels[lang].localeCompare(b.labels[lang], lang));
  return [...builtIn, ...own].filter((i) => ofKind(i) && matches(i));
}

/** One page of a filtered list, in the shape the list components take. */
export function pageOf<T>(items: readonly T[], offset: number, limit = INDICATOR_PAGE_SIZE) {
  const start = offset >= items.length ? 0 : offset;
  return { items: items.slice(start, start + limit), total: items.length, limit, offset: start };
}
