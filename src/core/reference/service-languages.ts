import type { Labels } from '../common/labels.ts';

/**
 * Languages in which a service can be given (ISO 639-1). nl, fr and en first; the others
 * are the languages Brussels services most often work in.
 */
export const SERVICE_LANGUAGE_LABELS: Record<string, Labels> = {
  nl: { nl: 'Nederlands', fr: 'Néerlandais', en: 'Dutch' },
  fr: { nl: 'Frans', fr: 'Français', en: 'French' },
  en: { nl: 'Engels', fr: 'Anglais', en: 'English' },
  de: { nl: 'Duits', fr: 'Allemand', en: 'German' },
  es: { nl: 'Spaans', fr: 'Espagnol', en: 'Spanish' },
  it: { nl: 'Italiaans', fr: 'Italien', en: 'Italian' },
  pt: { nl: 'Portugees', fr: 'Portugais', en: 'Portuguese' },
  ar: { nl: 'Arabisch', fr: 'Arabe', en: 'Arabic' },
  tr: { nl: 'Turks', fr: 'Turc', en: 'Turkish' },
  uk: { nl: 'Oekraïens', fr: 'Ukrainien', en: 'Ukrainian' },
  ru: { nl: 'Russisch', fr: 'Russe', en: 'Russian' },
  pl: { nl: 'Pools', fr: 'Polonais', en: 'Polish' },
  ro: { nl: 'Roemeens', fr: 'Roumain', en: 'Romanian' },
  bg: { nl: 'Bulgaars', fr: 'Bulgare', en: 'Bulgarian' },
  fa: { nl: 'Perzisch', fr: 'Persan', en: 'Persian' },
  ps: { nl: 'Pasjtoe', fr: 'Pachto', en: 'Pashto' },
  ti: { nl: 'Tigrinya', fr: 'Tigrigna', en: 'Tigrinya' },
  so: { nl: 'Somalisch', fr: 'Somali', en: 'Somali' },
  ln: { nl: 'Lingala', fr: 'Lingala', en: 'Lingala' },
  sq: { nl: 'Albanees', fr: 'Albanais', en: 'Albanian' },
};

export const SERVICE_LANGUAGES = Object.keys(SERVICE_LANGUAGE_LABELS);

/** Any two-letter lower-case code is an ISO 639-1 candidate; the list above is the common set. */
export function isServiceLanguage(code: string): boolean {
  return /^[a-z]{2}$/.test(code);
}
