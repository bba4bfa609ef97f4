import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { appRole } from './roles.ts';

export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    municipality: text('municipality'),
    kind: text('kind').notNull().default('office'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('locations_org_slug_key').on(t.organisationId, t.slug),
    index('locations_org_idx').on(t.organisationId),
    // Target of composite foreign keys: what points at a location is in its organisation.
    uniqueIndex('locations_org_id_key').on(t.organisationId, t.id),
    pgPolicy('locations_tenant', {
      as: 'permissive',
      for: 'all',
      to: appRole,
      using: sql`organisation_id = app_org_id() OR app_is_admin()`,
      withCheck: sql`organisation_id = app_org_id() OR app_is_admin()`,
    }),
  ],
).enableRLS();
