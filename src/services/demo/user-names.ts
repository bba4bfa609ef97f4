import type { UiLanguage } from '../../core/common/languages.ts';
import type { Role } from '../../core/organisations/roles.ts';
import { DEMO_ORGANISATIONS } from './data.ts';

/**
 * Display names of the demo users: people's names as Brussels and Flanders have them, French
 * or Dutch after the organisation's language (the role is in the e-mail address and on the
 * members page). Every demo user gets a different name.
 */
const NAMES: Record<'nl' | 'fr', { first: readonly string[]; last: readonly string[] }> = {
  nl: {
    first: ['Sofie', 'Jan', 'Lotte', 'Wim', 'Ayşe', 'Pieter', 'Els', 'Hanne', 'Tom', 'Nora'],
    last: ['Peeters', 'Janssens', 'Maes', 'Claes', 'De Smet', 'Wouters', 'Vermeulen', 'Jacobs'],
  },
  fr: {
    first: ['Camille', 'Julien', 'Nadia', 'Sophie', 'Mehdi', 'Claire', 'Thomas', 'Aïcha', 'Hugo'],
    last: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Renard', 'Benali'],
  },
};

/** The installation admin of the demo (English-speaking, working across organisations). */
export const DEMO_ADMIN_NAME = 'Robin Lemaire';

function nameAt(lang: 'nl' | 'fr', index: number): string {
  const { first, last } = NAMES[lang];
  // Walks the first names, the family name one further on each round: no name comes twice
  // (for fewer than first × last users of one language).
  const round = Math.floor(index / first.length);
  const i = index % first.length;
  return `${first[i]} ${last[(i + round) % last.length]}`;
}

const assigned = new Map<string, string>();
{
  const next: Record<'nl' | 'fr', number> = { nl: 0, fr: 0 };
  for (const organisation of DEMO_ORGANISATIONS) {
    const lang = organisation.defaultLanguage === 'nl' ? 'nl' : 'fr';
    for (const role of organisation.roles)
      assigned.set(`${organisation.slug}/${role}`, nameAt(lang, next[lang]++));
  }
}

/** The display name of the demo user holding `role` in the demo organisation `slug`. */
export function demoUserName(slug: string, role: Role, language: UiLanguage): string {
  return assigned.get(`${slug}/${role}`) ?? nameAt(language === 'nl' ? 'nl' : 'fr', 0);
}
