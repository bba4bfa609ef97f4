/**
 * What the walk-in centre's visitors answer on the exit questionnaire, as weights: who
 * comes (young job seekers from the poorer municipalities of the canal zone, many
 * newcomers), how they heard of the centre, what they came for, and how satisfied they
 * left. Keys are the visitor profile's.
 */
import type { FormLanguage, ResponseChannel } from '../../core/surveys/model.ts';
import type { Random } from './random.ts';

/** Opening hours: 9:00 to 17:00, busiest late morning and early afternoon. */
export const FIRST_HOUR = 9;
export const HOUR_WEIGHTS = [0.6, 1.0, 1.15, 0.8, 0.95, 1.1, 0.9, 0.5];

export const LANGUAGES: Record<FormLanguage, number> = {
  fr: 54,
  nl: 18,
  en: 13,
  uk: 6,
  ar: 7,
  es: 2,
};
/** 2022: the year many Ukrainians came. */
export const LANGUAGES_2022: Record<FormLanguage, number> = { ...LANGUAGES, uk: 11 };
export const CHANNELS: Record<Exclude<ResponseChannel, 'import'>, number> = { kiosk: 82, web: 18 };

export const GENDER = { female: 52, male: 44, other: 1, no_answer: 3 };
export const DIPLOMA = {
  none_or_primary: 17,
  lower_secondary: 20,
  upper_secondary: 34,
  higher: 29,
};
const AGE = { under_18: 2, '18_24': 27, '25_29': 19, '30_44': 33, '45_54': 14, '55_plus': 5 };
const RECOGNISED = { yes: 18, no: 22, in_progress: 12, not_applicable: 48 };
const STATUS = { job_seeker: 63, employed: 14, student: 15, other: 8 };
const MUNICIPALITY = {
  '21004': 20, // Brussels
  '21015': 14, // Schaerbeek
  '21001': 12, // Anderlecht
  '21012': 11, // Molenbeek-Saint-Jean
  '21013': 5, // Saint-Gilles
  '21009': 5, // Ixelles
  '21007': 4, // Forest
  '21014': 4, // Saint-Josse-ten-Noode
  '21010': 3, // Jette
  '21006': 3, // Evere
  '21005': 2, // Etterbeek
  '21011': 2, // Koekelberg
  '21016': 2, // Uccle
  '21003': 1, // Berchem-Sainte-Agathe
  '21008': 1, // Ganshoren
  '21018': 1, // Woluwe-Saint-Lambert
  '21002': 0.5, // Auderghem
  '21017': 0.5, // Watermael-Boitsfort
  '21019': 0.5, // Woluwe-Saint-Pierre
  outside_brussels: 7,
};
const SATISFACTION = { '5': 56, '4': 31, '3': 9, '2': 3, '1': 1 };
const HOW_HEARD = {
  friends_family: 30,
  employment_service: 26,
  internet: 14,
  partner: 12,
  social_media: 8,
  school: 6,
  event: 5,
  passing_by: 5,
  other: 2,
};
const THEMES = { work: 40, learn: 30, choose: 18, move: 6, start_business: 6 };

/** A key drawn from `weights`, or nothing (left empty) with probability `1 - answered`. */
export function maybe<K extends string>(
  rng: Random,
  answered: number,
  weights: Readonly<Record<K, number>>,
): K | '' {
  return rng.next() < answered ? rng.pick(weights) : '';
}

/** One to three different keys (mostly one or two), or none with probability `1 - answered`. */
function several<K extends string>(
  rng: Random,
  answered: number,
  weights: Readonly<Record<K, number>>,
): K[] {
  if (rng.next() >= answered) return [];
  const count = 1 + rng.index([68, 26, 6]);
  const left: Record<string, number> = { ...weights };
  const picked: K[] = [];
  while (picked.length < count) {
    const key = rng.pick(left) as K;
    picked.push(key);
    delete left[key];
  }
  return picked;
}

/**
 * One visitor's answers, given their gender and diploma ('' when left empty). The
 * recognition question is answered only after a secondary or higher diploma, as the form
 * shows it.
 */
export function answers(
  rng: Random,
  gender: string,
  diploma: string,
): Record<string, string | string[]> {
  const shown = diploma !== '' && diploma !== 'none_or_primary';
  const all: Record<string, string | string[]> = {
    gender,
    age_band: maybe(rng, 0.97, AGE),
    highest_diploma: diploma,
    diploma_recognised: shown ? maybe(rng, 0.86, RECOGNISED) : '',
    status: maybe(rng, 0.95, STATUS),
    municipality: maybe(rng, 0.93, MUNICIPALITY),
    satisfaction: maybe(rng, 0.9, SATISFACTION),
    how_heard: several(rng, 0.84, HOW_HEARD),
    themes: several(rng, 0.92, THEMES),
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value.length > 0));
}
