import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { memberships, organisations } from '../db/schema/index.ts';
import type { Role } from '../core/organisations/roles.ts';

export interface UserOrganisation {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  roles: Role[];
}

/**
 * The organisations a user may work in: their memberships, or every organisation for an
 * installation admin (with the roles they hold there, if any).
 */
export async function organisationsOfUser(
  tx: Executor,
  userId: string,
  isInstallationAdmin: boolean,
): Promise<UserOrganisation[]> {
  const own = and(eq(memberships.organisationId, organisations.id), eq(memberships.userId, userId));
  const columns = {
    id: organisations.id,
    slug: organisations.slug,
    name: organisations.name,
    timeZone: organisations.timeZone,
    roles: memberships.roles,
  };
  const rows = isInstallationAdmin
    ? await tx
        .select(columns)
        .from(organisations)
        .leftJoin(memberships, own)
        .orderBy(asc(organisations.name))
    : await tx
        .select(columns)
        .from(organisations)
        .innerJoin(memberships, own)
        .orderBy(asc(organisations.name));
  return rows.map((row) => ({ ...row, roles: (row.roles ?? []) as Role[] }));
}
