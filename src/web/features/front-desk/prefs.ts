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

const storageKey = (organisationId: string) => `parcours.frontDesk.${organisationId}`;

function read(organisationId: string): FrontDeskPrefs {
  try {
    const raw = window.localStorage.getItem(storageKey(organisationId));
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
 * organisation (a shared tablet at the desk keeps them between visitors and reloads).
 */
export function useFrontDeskPrefs(organisationId: string) {
  const [prefs, setPrefs] = useState<FrontDeskPrefs>(() => read(organisationId));

  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey(organisationId), JSON.stringify(prefs));
    } catch {
      // Private mode or a full storage: the choices still hold for this page.
    }
  }, [organisationId, prefs]);

  const update = (changes: Partial<FrontDeskPrefs>) =>
    setPrefs((current) => ({ ...current, ...changes }));
  return { prefs, update };
}
