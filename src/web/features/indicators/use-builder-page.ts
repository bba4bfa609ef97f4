import { useState } from 'react';
import { todayIn } from '../../../core/contacts/dates.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import { useIndicatorCatalog } from './catalog.ts';

/** What both builder pages need: the catalog and today in the organisation's calendar. */
export function useBuilderPage() {
  const timeZone = useRequiredSession().currentOrganisation?.timeZone ?? 'Europe/Brussels';
  const [today] = useState(() => todayIn(timeZone, new Date()));
  const catalog = useIndicatorCatalog();
  return { today, catalog };
}
