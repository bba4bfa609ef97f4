import type { Labels } from '../common/labels.ts';

/** The five contact themes of the walk-in career centre (seed 000). */
export const THEMES = ['learn', 'work', 'move', 'start_business', 'choose'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, Labels> = {
  learn: { nl: 'Leren', fr: 'Se former', en: 'Learn' },
  work: { nl: 'Werken', fr: 'Travailler', en: 'Work' },
  move: { nl: 'Bewegen (buitenland)', fr: 'Bouger (étranger)', en: 'Move (abroad)' },
  start_business: { nl: 'Ondernemen', fr: 'Entreprendre', en: 'Start a business' },
  choose: { nl: 'Kiezen', fr: 'Choisir', en: 'Choose' },
};
