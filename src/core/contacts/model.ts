/**
 * Anonymous contacts and activities (service S1, seed 000): what a contact is, the kinds of
 * activity that produce them, and the rules that keep every person counted once.
 */
export const CONTACT_TYPES = [
  'individual_advice',
  'documentation_centre',
  'collective_activity',
  'event',
  'outreach',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export const CHANNELS = ['walk_in', 'phone', 'email', 'online', 'outreach'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * An activity belongs to one category; the category decides the type of the contacts that
 * make up its attendance. A collective session's attendance is `collective_activity`
 * contacts, a fair's is `event` contacts, a Formtruck trip's is `outreach` contacts.
 */
export const ACTIVITY_CATEGORIES = ['collective', 'event', 'outreach'] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

export const CATEGORY_CONTACT_TYPE: Record<ActivityCategory, ContactType> = {
  collective: 'collective_activity',
  event: 'event',
  outreach: 'outreach',
};

/** The category an activity needs for contacts of `type`; null when the type takes no activity. */
export function categoryForContactType(type: ContactType): ActivityCategory | null {
  for (const category of ACTIVITY_CATEGORIES)
    if (CATEGORY_CONTACT_TYPE[category] === type) return category;
  return null;
}

export const ACTIVITY_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * Kinds every organisation starts with (labels in the catalogs as `activityKind.<slug>`).
 * An org admin can switch any of them off and add kinds of their own.
 */
export const BUILT_IN_ACTIVITY_KINDS: readonly { slug: string; category: ActivityCategory }[] = [
  { slug: 'workshop', category: 'collective' },
  { slug: 'info_session', category: 'collective' },
  { slug: 'vr_orientation', category: 'collective' },
  { slug: 'expert_talk', category: 'collective' },
  { slug: 'job_day', category: 'collective' },
  { slug: 'visit', category: 'collective' },
  { slug: 'fair', category: 'event' },
  { slug: 'event', category: 'event' },
  { slug: 'outreach_trip', category: 'outreach' },
];

/** The kind an import gives an activity it creates, by the type of its contacts. */
export const DEFAULT_KIND_FOR_CATEGORY: Record<ActivityCategory, string> = {
  collective: 'workshop',
  event: 'event',
  outreach: 'outreach_trip',
};

/** How long a counsellor may correct or undo an entry of their own; org admins always may. */
export const CORRECTION_WINDOW_HOURS = 24;

/** An entry of one's own recorded after this time may still be corrected at `now`. */
export function correctionWindowStart(now: Date): Date {
  return new Date(now.getTime() - CORRECTION_WINDOW_HOURS * 3_600_000);
}

/** Most contacts one batch request may carry (tablets that sync later). */
export const MAX_BATCH_SIZE = 1000;

/** Largest count one contact line may hold (a fair's people reached fits well below it). */
export const MAX_CONTACT_COUNT = 100_000;

/** Dimensions the statistics can be grouped by. */
export const STAT_DIMENSIONS = [
  'type',
  'theme',
  'language',
  'channel',
  'location',
  'municipality',
  'tag',
  'activityKind',
  'activity',
  'year',
  'month',
  'week',
  'day',
] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
