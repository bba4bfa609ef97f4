import { useEffect, useState } from 'react';

/** The choices a counsellor keeps from one visitor to the next. */
export interface FrontDeskPrefs {
  theme: string;
  language: string;
  locationId: string;
}

/** Stored when the counsellor chose no location (an empty value means "not chosen yet"). */
export const NO_LOCATION = 'none';

const EMPTY: FrontDeskPrefs = { theme: '', language: '', locationId: '' };

const storageKey = (userId: string, organisationId: string) =>
  `parcours.frontDesk.${userId}.${organisationId}`;

function read(key: string): FrontDeskPrefs {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return EMPTY;
    const stored = JSON.parse(raw) as Partial<Record<keyof FrontDeskPrefs, unknown>>;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return {
      theme: text(stored.theme),
      language: text(stored.language),
      locationId: text(stored.locationId),
    };
  } catch {
    // Storage switched off or a damaged value: start without remembered choices.
    return EMPTY;
  }
}

/**
 * Theme, service language and location of the last entry, remembered in this browser per
 * user and organisation (a shared tablet at the desk keeps them between visitors and
 * reloads; two counsellors sharing it each keep their own place).
 */
export function useFrontDeskPrefs(userId: string, organisationId: string) {
  const key = storageKey(userId, organisationId);
  const [prefs, setPrefs] = useState<FrontDeskPrefs>(() => read(key));

  useEffect(() => {
    try {
      window.localStorage.setItem(key, JSON.stringify(prefs));
    } catch {
      // Private mode or a full storage: the choices still hold for this page.
    }
  }, [key, prefs]);

  const update = (changes: Partial<FrontDeskPrefs>) =>
    setPrefs((current) => ({ ...current, ...changes }));
  return { prefs, update };
}

/**
 * The place of the next entry: the one chosen on this device (or "none"), else the place of
 * the counsellor's last entry (on any device), else the only place. Several places and none
 * of these: not resolved yet, and the page asks once.
 */
export function resolveLocation(
  remembered: string,
  locations: readonly { id: string }[],
  lastUsed: string | null,
): { id: string; resolved: boolean } {
  const active = (id: string | null) => id !== null && locations.some((l) => l.id === id);
  if (remembered === NO_LOCATION) return { id: '', resolved: true };
  if (active(remembered)) return { id: remembered, resolved: true };
  if (active(lastUsed)) return { id: lastUsed!, resolved: true };
  if (locations.length <= 1) return { id: locations[0]?.id ?? '', resolved: true };
  return { id: '', resolved: false };
}
