import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { LabelsJson } from './contacts.ts';
import { organisations } from './organisations.ts';
import { appRole } from './roles.ts';
import { tenantPolicy } from './tenant.ts';
import { users } from './users.ts';

/** An organisation's own indicator (built-in ones live in code). */
export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    labels: jsonb('labels').$type<LabelsJson>().notNull(),
    description: jsonb('description').$type<LabelsJson>().notNull().default({}),
    unit: text('unit').notNull(),
    definition: jsonb('definition').$type<IndicatorDefinition>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicators_org_code_key').on(t.organisationId, t.code),
    tenantPolicy('indicators_tenant'),
  ],
).enableRLS();

/**
 * Rows of a programme's tables are written by the owning organisation only; a partner
 * organisation may read them (`app_is_programme_partner`, SECURITY DEFINER, migration 0005).
 */
const partnerRead = (name: string) =>
  pgPolicy(name, {
    as: 'permissive',
    for: 'select',
    to: appRole,
    using: sql`app_is_programme_partner(programme_id)`,
  });

/**
 * A funded programme (the NEET programme 2024–2027, a reskilling project): owned by one
 * organisation, run with partner organisations, funded by funders per year, with targets.
 */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** Total budget in euro (cents exact), null when not given. */
    budget: numeric('budget', { precision: 14, scale: 2, mode: 'number' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('programmes_org_id_key').on(t.organisationId, t.id),
    check('programmes_period_check', sql`period_end >= period_start`),
    check('programmes_budget_check', sql`budget IS NULL OR budget >= 0`),
    tenantPolicy('programmes_tenant'),
    pgPolicy('programmes_partner_read', {
      as: 'permissive',
      for: 'select',
      to: appRole,
      using: sql`app_is_programme_partner(id)`,
    }),
  ],
).enableRLS();

export const programmePartners = pgTable(
  'programme_partners',
  {
    organisationId: uuid('organisation_id').notNull(),
    programmeId: uuid('programme_id').notNull(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * When the partner organisation accepted (its org admin or coordinator). Until then it is
     * only invited: it may read the programme to decide, and none of its figures are read.
     */
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.partnerId] }),
    index('programme_partners_partner_idx').on(t.partnerId),
    foreignKey({
      name: 'programme_partners_programme_fk',
      columns: [t.organisationId, t.programmeId],
      foreignColumns: [programmes.organisationId, programmes.id],
    }).onDelete('cascade'),
    check('programme_partners_not_owner_check', sql`partner_id <> organisation_id`),
    tenantPolicy('programme_partners_tenant'),
    partnerRead('programme_partners_partner_read'),
  ],
).enableRLS();

/** Amounts a funder gives per year: `[{ "year": 2024, "amount": 412500 }]`. */
export type FunderAmounts = { year: number; amount: number }[];

export const programmeFunders = pgTable(
  'programme_funders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    programmeId: uuid('programme_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    amounts: jsonb('amounts').$type<FunderAmounts>().notNull().default([]),
  },
  (t) => [
    index('programme_funders_programme_idx').on(t.programmeId),
    foreignKey({
      name: 'programme_funders_programme_fk',
      columns: [t.organisationId, t.programmeId],
      foreignColumns: [programmes.organisationId, programmes.id],
    }).onDelete('cascade'),
    tenantPolicy('programme_funders_tenant'),
    partnerRead('programme_funders_partner_read'),
  ],
).enableRLS();

/**
 * A target of a programme: an indicator (built-in or the owner's own, by code), a value to
 * reach between `period_start` and `deadline`, for the whole programme or one partner, and
 * optionally one calendar year.
 */
export const programmeTargets = pgTable(
  'programme_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    programmeId: uuid('programme_id').notNull(),
    indicatorCode: text('indicator_code').notNull(),
    targetValue: numeric('target_value', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    partnerId: uuid('partner_id'),
    year: integer('year'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('programme_targets_programme_idx').on(t.programmeId),
    foreignKey({
      name: 'programme_targets_programme_fk',
      columns: [t.organisationId, t.programmeId],
      foreignColumns: [programmes.organisationId, programmes.id],
    }).onDelete('cascade'),
    // A target per partner names a partner of the same programme.
    foreignKey({
      name: 'programme_targets_partner_fk',
      columns: [t.programmeId, t.partnerId],
      foreignColumns: [programmePartners.programmeId, programmePartners.partnerId],
    }).onDelete('cascade'),
    check('programme_targets_value_check', sql`target_value >= 0`),
    check('programme_targets_period_check', sql`deadline >= period_start`),
    check('programme_targets_year_check', sql`year IS NULL OR year BETWEEN 1900 AND 2100`),
    tenantPolicy('programme_targets_tenant'),
    partnerRead('programme_targets_partner_read'),
  ],
).enableRLS();

/** The annual report's narrative text: per organisation, edition (year), section and language. */
export const reportNarratives = pgTable(
  'report_narratives',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    section: text('section').notNull(),
    language: text('language').notNull(),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.year, t.section, t.language] }),
    check('report_narratives_language_check', sql`language IN ('nl', 'fr', 'en')`),
    check('report_narratives_body_check', sql`length(body) <= 20000`),
    tenantPolicy('report_narratives_tenant'),
  ],
).enableRLS();
