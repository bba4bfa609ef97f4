import { useCallback, useEffect, useState } from 'react';
import { todayIn } from '../../../core/contacts/dates.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import type { Contact, ContactTag, Stats } from '../../../shared/schemas/contacts.ts';
import type { Location } from '../../../shared/schemas/locations.ts';

/** Several counsellors record at once: the tally is fetched again this often. */
export const POLL_MS = 20_000;

/** How many of the counsellor's own entries the undo list shows. */
export const RECENT_LIMIT = 10;

/**
 * Today's tally by type (today in the organisation's zone, which may differ from the
 * browser's) and the counsellor's latest entries, polled while the page is visible.
 */
export function useFrontDeskData(timeZone: string) {
  const [today, setToday] = useState(() => todayIn(timeZone, new Date()));
  const tally = useApiQuery<Stats>('/api/contacts/stats', {
    from: today,
    to: today,
    groupBy: 'type',
  });
  const recent = useApiQuery<Page<Contact>>('/api/contacts', {
    recordedBy: 'me',
    limit: RECENT_LIMIT,
  });
  const { reload: reloadTally } = tally;
  const { reload: reloadRecent } = recent;

  const refresh = useCallback(() => {
    // After midnight the page moves on to the new day by itself.
    setToday(todayIn(timeZone, new Date()));
    reloadTally();
    reloadRecent();
  }, [timeZone, reloadTally, reloadRecent]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (!document.hidden) refresh();
    }, POLL_MS);
    const onVisible = () => {
      if (!document.hidden) refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return { today, tally, recent, refresh };
}

/** The active places and the organisation's target-group tags, for the entry options. */
export function useEntryChoices() {
  const locations = useApiQuery<Page<Location>>('/api/locations', { active: 'true', limit: 200 });
  const tags = useApiQuery<ContactTag[]>('/api/contact-tags');
  return {
    locations: locations.data?.items ?? [],
    tags: tags.data ?? [],
    error: locations.error ?? tags.error,
  };
}
