import { AppError } from '../core/common/errors.ts';
import { can, type Permission, type Role } from '../core/organisations/roles.ts';
import type { DbContext } from '../db/context.ts';

/** The authenticated caller of a service: from a session, an API token or the CLI. */
export interface Actor {
  userId: string | null;
  isInstallationAdmin: boolean;
  /** The organisation the caller works in now; null when none is chosen. */
  organisationId: string | null;
  roles: Role[];
  via: 'session' | 'token' | 'cli' | 'system';
  requestId?: string | undefined;
}

/** The CLI acts as the installation (the operator has the data directory or the database URL). */
export function systemActor(organisationId: string | null = null): Actor {
  return { userId: null, isInstallationAdmin: true, organisationId, roles: [], via: 'cli' };
}

/** Row-level-security context for work inside the actor's current organisation. */
export function orgContext(actor: Actor): DbContext & { organisationId: string } {
  const organisationId = requireOrganisation(actor);
  return { organisationId, userId: actor.userId, isAdmin: false };
}

/** Context for installation-level work (users, organisations) by an installation admin. */
export function adminContext(actor: Actor): DbContext {
  return {
    organisationId: actor.organisationId,
    userId: actor.userId,
    isAdmin: actor.isInstallationAdmin,
  };
}

export function requireOrganisation(actor: Actor): string {
  if (!actor.organisationId) throw new AppError('NO_ORGANISATION');
  return actor.organisationId;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  // Without an organisation a user holds no role: say so rather than "forbidden".
  if (!actor.organisationId && !actor.isInstallationAdmin) throw new AppError('NO_ORGANISATION');
  if (!can(actor, permission)) throw new AppError('FORBIDDEN');
}

export function requireInstallationAdmin(actor: Actor): void {
  if (!actor.isInstallationAdmin) throw new AppError('FORBIDDEN');
}
