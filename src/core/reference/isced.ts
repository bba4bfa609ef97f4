import type { Labels } from '../common/labels.ts';

/** ISCED 2011 levels of education; ESF+ reports them in three groups. */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export type IscedLevel = (typeof ISCED_LEVELS)[number];

export const ESF_EDUCATION_GROUPS = ['isced_0_2', 'isced_3_4', 'isced_5_8'] as const;
export type EsfEducationGroup = (typeof ESF_EDUCATION_GROUPS)[number];

export const ISCED_LABELS: Record<IscedLevel, Labels> = {
  0: {
    nl: 'Voorschools onderwijs',
    fr: 'Éducation de la petite enfance',
    en: 'Early childhood education',
  },
  1: { nl: 'Lager onderwijs', fr: 'Enseignement primaire', en: 'Primary education' },
  2: {
    nl: 'Lager secundair onderwijs',
    fr: 'Premier cycle du secondaire',
    en: 'Lower secondary education',
  },
  3: {
    nl: 'Hoger secundair onderwijs',
    fr: 'Deuxième cycle du secondaire',
    en: 'Upper secondary education',
  },
  4: {
    nl: 'Postsecundair niet-hoger onderwijs',
    fr: 'Post-secondaire non supérieur',
    en: 'Post-secondary non-tertiary education',
  },
  5: {
    nl: 'Korte hogere opleiding',
    fr: 'Supérieur de cycle court',
    en: 'Short-cycle tertiary education',
  },
  6: {
    nl: 'Bachelor of gelijkwaardig',
    fr: 'Bachelier ou équivalent',
    en: "Bachelor's or equivalent",
  },
  7: { nl: 'Master of gelijkwaardig', fr: 'Master ou équivalent', en: "Master's or equivalent" },
  8: {
    nl: 'Doctoraat of gelijkwaardig',
    fr: 'Doctorat ou équivalent',
    en: 'Doctoral or equivalent',
  },
};

export const ESF_GROUP_LABELS: Record<EsfEducationGroup, Labels> = {
  isced_0_2: {
    nl: 'ISCED 0–2 (hoogstens lager secundair)',
    fr: 'CITE 0–2 (au plus secondaire inférieur)',
    en: 'ISCED 0–2 (at most lower secondary)',
  },
  isced_3_4: {
    nl: 'ISCED 3–4 (hoger secundair, postsecundair)',
    fr: 'CITE 3–4 (secondaire supérieur, post-secondaire)',
    en: 'ISCED 3–4 (upper or post-secondary)',
  },
  isced_5_8: {
    nl: 'ISCED 5–8 (hoger onderwijs)',
    fr: 'CITE 5–8 (enseignement supérieur)',
    en: 'ISCED 5–8 (tertiary)',
  },
};

/** The ESF+ education group (Regulation (EU) 2021/1057, Annex I) of an ISCED level. */
export function esfEducationGroup(level: IscedLevel): EsfEducationGroup {
  if (level <= 2) return 'isced_0_2';
  if (level <= 4) return 'isced_3_4';
  return 'isced_5_8';
}
