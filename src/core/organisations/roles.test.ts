import { describe, expect, it } from 'vitest';
import { can, permissionsFor } from './roles.ts';

describe('roles and permissions', () => {
  it('gives org admins every permission', () => {
    expect(can({ isInstallationAdmin: false, roles: ['org_admin'] }, 'audit.read')).toBe(true);
    expect(can({ isInstallationAdmin: false, roles: ['org_admin'] }, 'members.manage')).toBe(true);
  });

  it('keeps analysts to aggregates', () => {
    const analyst = { isInstallationAdmin: false, roles: ['analyst'] as const };
    expect(can(analyst, 'aggregates.read')).toBe(true);
    expect(can(analyst, 'personal_data.read')).toBe(false);
    expect(can(analyst, 'audit.read')).toBe(false);
    expect(can(analyst, 'locations.manage')).toBe(false);
  });

  it('combines the permissions of several roles', () => {
    const set = permissionsFor(['analyst', 'coordinator']);
    expect(set.has('locations.manage')).toBe(true);
    expect(set.has('members.manage')).toBe(false);
  });

  it('lets installation admins do anything without a role', () => {
    expect(can({ isInstallationAdmin: true, roles: [] }, 'organisation.manage')).toBe(true);
    expect(can({ isInstallationAdmin: false, roles: [] }, 'locations.read')).toBe(false);
  });
});
