/**
 * Roles a user holds in one organisation. The installation admin is not a membership
 * role: it is a flag on the user and spans all organisations.
 */
export const ROLES = ['org_admin', 'coordinator', 'counsellor', 'coach', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'career_centre',
  'employment_service',
  'partner',
  'mentoring',
  'learning_guidance',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const LOCATION_KINDS = ['office', 'partner_site', 'mobile_unit', 'pop_up'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** What an actor may do; decided from roles in services, never in routes or components. */
export const PERMISSIONS = [
  'organisation.manage',
  'members.manage',
  'locations.read',
  'locations.manage',
  'audit.read',
  /** Rows about or by a person: contact entries one by one with who recorded them (later, participants). */
  'personal_data.read',
  'aggregates.read',
  'contacts.record',
  'contacts.correct_any',
  'contacts.import',
  'activities.manage',
  'contacts.configure',
  'surveys.manage',
  'surveys.import',
  'surveys.export_raw',
  'privacy.configure',
  'indicators.manage',
  'programmes.manage',
  'reports.edit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  org_admin: PERMISSIONS,
  coordinator: [
    'locations.read',
    'locations.manage',
    'personal_data.read',
    'aggregates.read',
    'contacts.record',
    'contacts.import',
    'activities.manage',
    'surveys.manage',
    'surveys.import',
    'programmes.manage',
    'reports.edit',
  ],
  counsellor: [
    'locations.read',
    'personal_data.read',
    'aggregates.read',
    'contacts.record',
    'activities.manage',
  ],
  coach: ['locations.read', 'personal_data.read', 'aggregates.read', 'contacts.record'],
  // Analysts see aggregates only: never a participant, never the audit trail.
  analyst: ['locations.read', 'aggregates.read'],
};

/** The permissions that a set of roles in one organisation gives. */
export function permissionsFor(roles: readonly Role[]): Set<Permission> {
  const result = new Set<Permission>();
  for (const role of roles) for (const permission of GRANTS[role]) result.add(permission);
  return result;
}

/**
 * True when the actor may do `permission` in the organisation: an installation admin
 * may do anything, anyone else needs a role that grants it.
 */
export function can(
  actor: { isInstallationAdmin: boolean; roles: readonly Role[] },
  permission: Permission,
): boolean {
  return actor.isInstallationAdmin || permissionsFor(actor.roles).has(permission);
}
