import { sql } from 'drizzle-orm';
import { pgPolicy } from 'drizzle-orm/pg-core';
import { appRole } from './roles.ts';

/** Row-level security of every org-scoped table: the caller's organisation, or an installation admin. */
export const tenantPolicy = (name: string) =>
  pgPolicy(name, {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: sql`organisation_id = app_org_id() OR app_is_admin()`,
    withCheck: sql`organisation_id = app_org_id() OR app_is_admin()`,
  });
