import type { ContactType } from '../../../core/contacts/model.ts';
import type { Translate } from '../../lib/i18n.tsx';
import { labelOf } from '../../lib/labels.ts';
import type { SelectOption } from '../../components/Select.tsx';

/** The languages a Brussels front desk uses most: shown as toggles, the others in a select. */
export const MAIN_LANGUAGES = ['nl', 'fr', 'en'] as const;

/**
 * "Individual advice · Work · Dutch · Ukrainians": what an entry was, its target groups
 * included, for confirmations and the undo list.
 */
export function describeEntry(
  t: Translate,
  entry: { type: ContactType; theme: string | null; language: string | null; tags?: string[] },
  themes: readonly SelectOption[],
  languages: readonly SelectOption[],
  tagName: (slug: string) => string = (slug) => slug,
): string {
  return [
    t(`contactType.${entry.type}`),
    labelOf(themes, entry.theme),
    labelOf(languages, entry.language),
    ...(entry.tags ?? []).map(tagName),
  ]
    .filter(Boolean)
    .join(' · ');
}
