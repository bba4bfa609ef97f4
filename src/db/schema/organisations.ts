import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';

/** Installation-level table: every organisation sharing this installation. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    defaultLanguage: text('default_language').notNull().default('nl'),
    timeZone: text('time_zone').notNull().default('Europe/Brussels'),
    /** Published figures hide counts below this (default 5, never below 3). */
    smallCellThreshold: integer('small_cell_threshold').notNull().default(5),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_slug_key').on(t.slug),
    check('organisations_small_cell_threshold_check', sql`small_cell_threshold BETWEEN 3 AND 50`),
  ],
);

export const orgIdSql = sql`nullif(current_setting('app.org_id', true), '')::uuid`;
