import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  boolean,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { locations } from './locations.ts';
import { organisations } from './organisations.ts';
import { tenantPolicy } from './tenant.ts';
import { users } from './users.ts';

/** Labels an org admin gives in nl/fr/en; missing languages fall back to the slug. */
export type LabelsJson = { nl?: string; fr?: string; en?: string };

/**
 * Activity kinds an organisation added, or built-in kinds it switched off (a row with the
 * built-in slug and `active = false`). Built-in kinds themselves live in code.
 */
export const activityKinds = pgTable(
  'activity_kinds',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    category: text('category').notNull(),
    labels: jsonb('labels').$type<LabelsJson>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.slug] }),
    check('activity_kinds_category_check', sql`category IN ('collective', 'event', 'outreach')`),
    tenantPolicy('activity_kinds_tenant'),
  ],
).enableRLS();

/** Target-group tags on contacts (`ukrainian`, `neet_referral`), with the labels an org admin gives. */
export const contactTags = pgTable(
  'contact_tags',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    labels: jsonb('labels').$type<LabelsJson>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.slug] }), tenantPolicy('contact_tags_tenant')],
).enableRLS();

/**
 * A collective session, a fair or event, or an outreach trip. Its attendance is not a
 * number on this row: it is the sum of the contacts that point at it, so nothing is ever
 * counted twice.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    externalId: text('external_id'),
    kind: text('kind').notNull(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    locationId: uuid('location_id'),
    municipality: text('municipality'),
    neighbourhood: text('neighbourhood'),
    language: text('language'),
    theme: text('theme'),
    partner: text('partner'),
    capacity: integer('capacity'),
    status: text('status').notNull().default('planned'),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('activities_org_external_id_key').on(t.organisationId, t.externalId),
    // Target of the contacts' composite foreign key: a contact's activity is its own organisation's.
    uniqueIndex('activities_org_id_key').on(t.organisationId, t.id),
    index('activities_org_starts_idx').on(t.organisationId, t.startsAt),
    foreignKey({
      name: 'activities_location_same_org_fk',
      columns: [t.organisationId, t.locationId],
      foreignColumns: [locations.organisationId, locations.id],
    }),
    check('activities_category_check', sql`category IN ('collective', 'event', 'outreach')`),
    check('activities_status_check', sql`status IN ('planned', 'held', 'cancelled')`),
    check('activities_capacity_check', sql`capacity IS NULL OR capacity >= 0`),
    check('activities_period_check', sql`ends_at IS NULL OR ends_at >= starts_at`),
    tenantPolicy('activities_tenant'),
  ],
).enableRLS();

/**
 * One anonymous tally: `count` people of one type on one day. Nothing here identifies a
 * person: no name, no free text, no exact time unless the counsellor gives one.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    contactDate: date('contact_date', { mode: 'string' }).notNull(),
    contactTime: time('contact_time'),
    type: text('type').notNull(),
    count: integer('count').notNull().default(1),
    theme: text('theme'),
    language: text('language'),
    channel: text('channel'),
    locationId: uuid('location_id'),
    municipality: text('municipality'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    activityId: uuid('activity_id'),
    externalId: text('external_id'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contacts_org_external_id_key').on(t.organisationId, t.externalId),
    index('contacts_org_date_idx').on(t.organisationId, t.contactDate),
    index('contacts_org_activity_idx')
      .on(t.organisationId, t.activityId)
      .where(sql`activity_id IS NOT NULL`),
    index('contacts_recorder_idx').on(t.organisationId, t.recordedBy, t.recordedAt),
    foreignKey({
      name: 'contacts_location_same_org_fk',
      columns: [t.organisationId, t.locationId],
      foreignColumns: [locations.organisationId, locations.id],
    }),
    foreignKey({
      name: 'contacts_activity_same_org_fk',
      columns: [t.organisationId, t.activityId],
      foreignColumns: [activities.organisationId, activities.id],
    }),
    check(
      'contacts_type_check',
      sql`type IN ('individual_advice', 'documentation_centre', 'collective_activity', 'event', 'outreach')`,
    ),
    check('contacts_count_check', sql`count >= 1`),
    check(
      'contacts_theme_check',
      sql`theme IS NULL OR theme IN ('learn', 'work', 'move', 'start_business', 'choose')`,
    ),
    check(
      'contacts_channel_check',
      sql`channel IS NULL OR channel IN ('walk_in', 'phone', 'email', 'online', 'outreach')`,
    ),
    tenantPolicy('contacts_tenant'),
  ],
).enableRLS();

/**
 * Responses of idempotent requests (`POST /api/contacts/batch`): a replay of a key returns
 * the stored response; the same key with another body is refused.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.scope, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
    tenantPolicy('idempotency_keys_tenant'),
  ],
).enableRLS();

/**
 * Contacts per organisation, day and value of one dimension, kept by triggers on `contacts`
 * (drizzle/0003_contact_day_stats.sql) so period statistics need not scan the contacts.
 * Dimensions: type, theme, language, channel, location, municipality, tag (one row per tag;
 * a contact without tags under ''), activity (the activity's id), type_language (`<type>|<language>`,
 * drizzle/0008). `key` is '' where the
 * contact has no value. Rows whose count falls to 0 are removed.
 */
export const contactDayStats = pgTable(
  'contact_day_stats',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    contactDate: date('contact_date', { mode: 'string' }).notNull(),
    dimension: text('dimension').notNull(),
    key: text('key').notNull(),
    count: bigint('count', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.contactDate, t.dimension, t.key] }),
    tenantPolicy('contact_day_stats_tenant'),
  ],
).enableRLS();
