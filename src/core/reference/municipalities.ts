/**
 * The 19 municipalities of the Brussels-Capital Region with their NIS (Statbel) codes,
 * Dutch and French names and postal codes. Postal codes 1040 and 1050 are shared with
 * the City of Brussels (the European quarter and Avenue Louise), so a postal code may
 * resolve to two municipalities.
 */
export interface Municipality {
  nis: string;
  nl: string;
  fr: string;
  postalCodes: readonly string[];
}

export const BRUSSELS_MUNICIPALITIES: readonly Municipality[] = [
  { nis: '21001', nl: 'Anderlecht', fr: 'Anderlecht', postalCodes: ['1070'] },
  { nis: '21002', nl: 'Oudergem', fr: 'Auderghem', postalCodes: ['1160'] },
  { nis: '21003', nl: 'Sint-Agatha-Berchem', fr: 'Berchem-Sainte-Agathe', postalCodes: ['1082'] },
  {
    nis: '21004',
    nl: 'Brussel',
    fr: 'Bruxelles',
    postalCodes: ['1000', '1020', '1040', '1050', '1120', '1130'],
  },
  { nis: '21005', nl: 'Etterbeek', fr: 'Etterbeek', postalCodes: ['1040'] },
  { nis: '21006', nl: 'Evere', fr: 'Evere', postalCodes: ['1140'] },
  { nis: '21007', nl: 'Vorst', fr: 'Forest', postalCodes: ['1190'] },
  { nis: '21008', nl: 'Ganshoren', fr: 'Ganshoren', postalCodes: ['1083'] },
  { nis: '21009', nl: 'Elsene', fr: 'Ixelles', postalCodes: ['1050'] },
  { nis: '21010', nl: 'Jette', fr: 'Jette', postalCodes: ['1090'] },
  { nis: '21011', nl: 'Koekelberg', fr: 'Koekelberg', postalCodes: ['1081'] },
  { nis: '21012', nl: 'Sint-Jans-Molenbeek', fr: 'Molenbeek-Saint-Jean', postalCodes: ['1080'] },
  { nis: '21013', nl: 'Sint-Gillis', fr: 'Saint-Gilles', postalCodes: ['1060'] },
  { nis: '21014', nl: 'Sint-Joost-ten-Node', fr: 'Saint-Josse-ten-Noode', postalCodes: ['1210'] },
  { nis: '21015', nl: 'Schaarbeek', fr: 'Schaerbeek', postalCodes: ['1030'] },
  { nis: '21016', nl: 'Ukkel', fr: 'Uccle', postalCodes: ['1180'] },
  { nis: '21017', nl: 'Watermaal-Bosvoorde', fr: 'Watermael-Boitsfort', postalCodes: ['1170'] },
  { nis: '21018', nl: 'Sint-Lambrechts-Woluwe', fr: 'Woluwe-Saint-Lambert', postalCodes: ['1200'] },
  { nis: '21019', nl: 'Sint-Pieters-Woluwe', fr: 'Woluwe-Saint-Pierre', postalCodes: ['1150'] },
];

const BY_NIS = new Map(BRUSSELS_MUNICIPALITIES.map((m) => [m.nis, m]));

export function municipalityByNis(nis: string): Municipality | undefined {
  return BY_NIS.get(nis);
}

/** All municipalities a Brussels postal code belongs to (one or two; none if not Brussels). */
export function municipalitiesByPostalCode(postalCode: string): Municipality[] {
  return BRUSSELS_MUNICIPALITIES.filter((m) => m.postalCodes.includes(postalCode));
}

/** The municipality name in a UI language: English uses the French name, as Brussels' own English pages do. */
export function municipalityName(m: Municipality, lang: 'nl' | 'fr' | 'en'): string {
  return lang === 'nl' ? m.nl : m.fr;
}
