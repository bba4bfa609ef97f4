import { BRUSSELS_MUNICIPALITIES } from '../reference/municipalities.ts';
import type { SurveyOption, SurveyText } from './model.ts';

/** Six-language texts of the built-in visitor profile: nl, fr, en, uk, ar, es, in that order. */
export type Six = [nl: string, fr: string, en: string, uk: string, ar: string, es: string];
export const t = ([nl, fr, en, uk, ar, es]: Six): SurveyText => ({ nl, fr, en, uk, ar, es });
export const same = (text: string): SurveyText => t([text, text, text, text, text, text]);
export const option = (key: string, labels: Six | SurveyText): SurveyOption => ({
  key,
  labels: Array.isArray(labels) ? t(labels as Six) : labels,
});

export const other: Six = ['Anders', 'Autre', 'Other', 'Інше', 'آخر', 'Otro'];

/** The 19 Brussels municipalities by NIS code (names in French beyond nl), and outside Brussels. */
export const municipalityOptions: SurveyOption[] = [
  ...BRUSSELS_MUNICIPALITIES.map((m) =>
    option(m.nis, { nl: m.nl, fr: m.fr, en: m.fr, uk: m.fr, ar: m.fr, es: m.fr }),
  ),
  option('outside_brussels', [
    'Buiten Brussel',
    'Hors de Bruxelles',
    'Outside Brussels',
    'За межами Брюсселя',
    'خارج بروكسل',
    'Fuera de Bruselas',
  ]),
];
