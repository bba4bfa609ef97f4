import type { Labels } from '../../core/common/labels.ts';
import type { Theme } from '../../core/reference/themes.ts';

/**
 * The walk-in career centre's year (seed 000, Beroepenpunt annual report 2023): what the
 * demo must reproduce exactly, and the mixes that make the lines look real.
 */
export interface WalkInYear {
  individualAdvice: number;
  /** Of which tagged `ukrainian` (most in Ukrainian). */
  adviceUkrainian: number;
  /** Of which tagged `neet_referral` (youths referred on to a NEET partner). */
  adviceNeet: number;
  documentationCentre: number;
  /** Participants in collective activities… */
  collective: number;
  /** …of which in Dutch sessions… */
  collectiveNl: number;
  /** …and in sessions for Ukrainians (tagged `ukrainian`). */
  collectiveUkrainian: number;
  /** People reached by the Formtruck, over `trips` trips. */
  outreach: number;
  trips: number;
  /** People reached at fairs and events, over `events` of them. */
  event: number;
  events: number;
}

/** 2023: 65,654 contacts; 6,456 Ukrainians; 62 Formtruck trips; 9,059 at fairs, events and on the truck. */
export const YEAR_2023: WalkInYear = {
  individualAdvice: 28_977,
  adviceUkrainian: 4_512,
  adviceNeet: 184,
  documentationCentre: 9_556,
  collective: 18_062,
  collectiveNl: 1_771,
  collectiveUkrainian: 1_944,
  outreach: 2_914,
  trips: 62,
  event: 6_145,
  events: 34,
};

/** 2022: 55,248 contacts, so that 2023 is "more than 10,000" higher. */
export const YEAR_2022: WalkInYear = {
  individualAdvice: 24_310,
  adviceUkrainian: 3_905,
  adviceNeet: 0,
  documentationCentre: 8_420,
  collective: 15_180,
  collectiveNl: 1_396,
  collectiveUkrainian: 1_610,
  outreach: 1_862,
  trips: 41,
  event: 5_476,
  events: 27,
};

/** Later years: a few percent more each year, fewer Ukrainians, more NEET referrals. */
export function walkInYear(year: number): WalkInYear {
  if (year <= 2022) return YEAR_2022;
  if (year === 2023) return YEAR_2023;
  const n = year - 2023;
  const grow = (x: number) => Math.round(x * 1.035 ** n);
  const fade = (x: number) => Math.round(x * 0.8 ** n);
  return {
    individualAdvice: grow(YEAR_2023.individualAdvice),
    adviceUkrainian: fade(YEAR_2023.adviceUkrainian),
    adviceNeet: YEAR_2023.adviceNeet + 120 * n,
    documentationCentre: Math.round(YEAR_2023.documentationCentre * 0.98 ** n),
    collective: grow(YEAR_2023.collective),
    collectiveNl: grow(YEAR_2023.collectiveNl),
    collectiveUkrainian: fade(YEAR_2023.collectiveUkrainian),
    outreach: grow(YEAR_2023.outreach),
    trips: YEAR_2023.trips + 3 * n,
    event: grow(YEAR_2023.event),
    events: YEAR_2023.events + n,
  };
}

/** Busy in spring and autumn, quiet in July, August and over the holidays. */
export const MONTH_WEIGHTS = [1.0, 1.05, 1.1, 0.95, 1.0, 1.0, 0.6, 0.7, 1.2, 1.15, 1.1, 0.75];
/** Monday … Sunday. */
export const WEEKDAY_WEIGHTS = [1.1, 1.05, 1.0, 1.0, 0.85, 0, 0];
/** The Formtruck goes out in the warm months. */
export const TRIP_MONTH_WEIGHTS = [0.2, 0.3, 0.8, 1.2, 1.4, 1.4, 1.0, 0.8, 1.4, 1.2, 0.6, 0.2];
/** Fairs cluster around the school year's choices. */
export const EVENT_MONTH_WEIGHTS = [0.6, 1.4, 1.5, 1.1, 1.0, 0.5, 0.2, 0.4, 1.0, 1.5, 1.3, 0.4];

export const ADVICE_THEMES: Record<Theme, number> = {
  work: 38,
  learn: 27,
  choose: 18,
  move: 9,
  start_business: 8,
};
export const DOCUMENTATION_THEMES: Record<Theme, number> = {
  learn: 35,
  work: 35,
  choose: 15,
  move: 10,
  start_business: 5,
};
export const ADVICE_LANGUAGES: Record<string, number> = {
  fr: 60,
  en: 11,
  nl: 10,
  ar: 7,
  es: 3,
  pt: 2,
  ro: 2,
  tr: 1.5,
  it: 1.2,
  pl: 1,
  ru: 0.8,
  ln: 0.5,
  fa: 0.5,
  bg: 0.4,
  ti: 0.4,
  so: 0.3,
  sq: 0.3,
};
export const DOCUMENTATION_LANGUAGES: Record<string, number> = { fr: 70, nl: 12, en: 12, ar: 6 };
export const UKRAINIAN_LANGUAGES: Record<string, number> = { uk: 88, ru: 7, en: 5 };
export const NEET_LANGUAGES: Record<string, number> = { fr: 75, nl: 20, en: 5 };
export const OTHER_SESSION_LANGUAGES: Record<string, number> = { fr: 86, en: 10, ar: 2, es: 2 };
export const OUTREACH_LANGUAGES: Record<string, number> = { fr: 60, ar: 15, nl: 15, en: 10 };
export const ADVICE_CHANNELS: Record<string, number> = {
  walk_in: 78,
  phone: 12,
  email: 6,
  online: 4,
};

export const TAG_LABELS: Record<string, Labels> = {
  ukrainian: { nl: 'Oekraïners', fr: 'Ukrainiens', en: 'Ukrainians' },
  neet_referral: { nl: 'NEET-doorverwijzing', fr: 'Orientation NEET', en: 'NEET referral' },
};

/** Brussels neighbourhoods the Formtruck visits: NIS code and name. */
export const NEIGHBOURHOODS: readonly [string, string][] = [
  ['21012', 'Maritiem / Maritime'],
  ['21012', 'Hertogin / Duchesse'],
  ['21001', 'Kuregem / Cureghem'],
  ['21001', 'Peterbos'],
  ['21015', 'Brabantwijk / Quartier Brabant'],
  ['21015', 'Helmet'],
  ['21004', 'Noordwijk / Quartier Nord'],
  ['21004', 'Marollen / Marolles'],
  ['21004', 'Laken / Laeken'],
  ['21004', 'Neder-Over-Heembeek'],
  ['21013', 'Voorplein / Parvis'],
  ['21007', 'Sint-Antonius / Saint-Antoine'],
  ['21014', 'Sint-Joost-centrum / Saint-Josse-centre'],
  ['21009', 'Matonge'],
  ['21010', 'Jette-centrum / Jette-centre'],
  ['21011', 'Koekelberg'],
  ['21006', 'Evere-centrum / Evere-centre'],
  ['21003', 'Sint-Agatha-Berchem / Berchem-Sainte-Agathe'],
];

/** Fairs and events the centre takes part in: title, kind, municipality, relative size. */
export const EVENT_VENUES: readonly { title: string; kind: string; nis: string; size: number }[] = [
  { title: 'SIEP – Salon de l’étudiant / Studentenbeurs', kind: 'fair', nis: '21004', size: 3 },
  { title: 'Job Day Actiris / Jobdag Actiris', kind: 'fair', nis: '21004', size: 3 },
  { title: 'Salon de l’emploi d’Anderlecht / Jobbeurs', kind: 'fair', nis: '21001', size: 1.5 },
  { title: 'Startersdag hub.brussels', kind: 'event', nis: '21004', size: 1.2 },
  { title: 'Semaine de l’emploi / Jobweek Molenbeek', kind: 'event', nis: '21012', size: 1.2 },
  { title: 'Jobbeurs Schaarbeek / Salon de l’emploi', kind: 'fair', nis: '21015', size: 1.3 },
  { title: 'Forum des métiers / Beroepenforum Vorst', kind: 'event', nis: '21007', size: 1 },
  { title: 'Journée de l’orientation Ixelles', kind: 'event', nis: '21009', size: 0.8 },
  { title: 'Europe Day / Dag van Europa', kind: 'event', nis: '21004', size: 1 },
  { title: 'Zomerjobbeurs Jette / Salon job d’été', kind: 'fair', nis: '21010', size: 0.8 },
  { title: 'Salon Formation / Opleidingsbeurs Evere', kind: 'fair', nis: '21006', size: 0.9 },
  { title: 'Feest van de Iris / Fête de l’Iris', kind: 'event', nis: '21004', size: 1.1 },
];
