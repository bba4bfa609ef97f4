import { LOCATION_KINDS, ORGANISATION_KINDS, ROLES } from '../../core/organisations/roles.ts';
import { LANGUAGES, type Translate } from './i18n.tsx';
import type { SelectOption } from '../components/Select.tsx';

/** Choices for selects, labelled from the catalog (common.ts: role.*, orgKind.*, locationKind.*, language.*). */
export const roleOptions = (t: Translate): SelectOption[] =>
  ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));

export const organisationKindOptions = (t: Translate): SelectOption[] =>
  ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) }));

export const locationKindOptions = (t: Translate): SelectOption[] =>
  LOCATION_KINDS.map((kind) => ({ value: kind, label: t(`locationKind.${kind}`) }));

export const languageOptions = (t: Translate): SelectOption[] =>
  LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`), lang: code }));

const FALLBACK_ZONES = [
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Paris',
  'Europe/Luxembourg',
  'UTC',
];

/** IANA time zones known to the browser, Europe/Brussels first. */
export function timeZoneOptions(current?: string): SelectOption[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = FALLBACK_ZONES;
  }
  const ordered = ['Europe/Brussels', ...zones.filter((zone) => zone !== 'Europe/Brussels')];
  if (current && !ordered.includes(current)) ordered.unshift(current);
  return ordered.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}
