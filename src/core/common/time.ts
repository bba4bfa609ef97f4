/** The zone in which Brussels and Flemish organisations count days and weeks. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

/** True when the runtime knows the IANA time zone `zone`. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
