import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { appRole } from './roles.ts';

/**
 * Append-only audit trail. The application role may insert and select, never update or
 * delete (see migrate.ts). No foreign keys: the trail outlives what it describes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    organisationId: uuid('organisation_id'),
    userId: uuid('user_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    personalData: boolean('personal_data').notNull().default(false),
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    requestId: text('request_id'),
    details: jsonb('details'),
  },
  (t) => [
    index('audit_org_at_idx').on(t.organisationId, t.at),
    index('audit_user_idx').on(t.userId),
    pgPolicy('audit_read', {
      as: 'permissive',
      for: 'select',
      to: appRole,
      using: sql`organisation_id = app_org_id() OR app_is_admin()`,
    }),
    pgPolicy('audit_write', {
      as: 'permissive',
      for: 'insert',
      to: appRole,
      withCheck: sql`organisation_id IS NULL OR organisation_id = app_org_id() OR app_is_admin()`,
    }),
  ],
).enableRLS();
