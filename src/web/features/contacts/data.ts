import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useReference } from '../../lib/reference.ts';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import type { Location } from '../../../shared/schemas/locations.ts';
import { contactChoices } from './labels.ts';

/** Every location (inactive ones too: old entries name them), the tags and the reference lists. */
export function useContactChoices() {
  const { t, lang } = useI18n();
  const reference = useReference();
  const locations = useApiQuery<Page<Location>>('/api/locations', { limit: 200 });
  const tags = useApiQuery<ContactTag[]>('/api/contact-tags');
  return {
    choices: contactChoices(t, lang, reference, locations.data?.items ?? [], tags.data ?? []),
    error: locations.error ?? tags.error,
  };
}

/** The filters of the contact list, as kept in the URL. */
export const CONTACT_FILTERS = [
  'from',
  'to',
  'type',
  'theme',
  'language',
  'channel',
  'locationId',
  'tag',
  'mine',
] as const;
export type ContactFilter = (typeof CONTACT_FILTERS)[number];
