import type { Role } from '../../../core/organisations/roles.ts';
import type { MessageKey } from '../../lib/i18n.tsx';
import type { Permission } from '../../lib/session.tsx';

export interface Tile {
  to: string;
  title: MessageKey;
  body: MessageKey;
  permission?: Permission;
  installationAdmin?: boolean;
}

const TILE = {
  frontDesk: {
    to: '/front-desk',
    title: 'nav.frontDesk',
    body: 'home.tile.frontDesk',
    permission: 'contacts.record',
  },
  activities: {
    to: '/activities',
    title: 'nav.activities',
    body: 'home.tile.activities',
    permission: 'aggregates.read',
  },
  dashboard: {
    to: '/dashboard',
    title: 'nav.dashboard',
    body: 'home.tile.dashboard',
    permission: 'aggregates.read',
  },
  surveys: {
    to: '/surveys',
    title: 'nav.surveys',
    body: 'home.tile.surveys',
    permission: 'aggregates.read',
  },
  programmes: {
    to: '/programmes',
    title: 'nav.programmes',
    body: 'home.tile.programmes',
    permission: 'aggregates.read',
  },
  indicators: {
    to: '/indicators',
    title: 'nav.indicators',
    body: 'home.tile.indicators',
    permission: 'aggregates.read',
  },
  annualReport: {
    to: '/reports/annual',
    title: 'nav.annualReport',
    body: 'home.tile.annualReport',
    permission: 'aggregates.read',
  },
  members: {
    to: '/members',
    title: 'nav.members',
    body: 'home.tile.members',
    permission: 'members.manage',
  },
  locations: {
    to: '/locations',
    title: 'nav.locations',
    body: 'home.tile.locations',
    permission: 'locations.read',
  },
  settings: {
    to: '/settings/contacts',
    title: 'nav.contactSettings',
    body: 'home.tile.contactSettings',
    permission: 'contacts.configure',
  },
  audit: { to: '/audit', title: 'nav.audit', body: 'home.tile.audit', permission: 'audit.read' },
  organisations: {
    to: '/organisations',
    title: 'nav.organisations',
    body: 'home.tile.organisations',
    permission: 'organisation.manage',
  },
  users: { to: '/users', title: 'nav.users', body: 'home.tile.users', installationAdmin: true },
  profile: { to: '/profile', title: 'nav.profile', body: 'home.tile.profile' },
} satisfies Record<string, Tile>;

/** Each role's daily work, first on its home page. */
export const DAILY_WORK: Record<Role, readonly Tile[]> = {
  counsellor: [TILE.frontDesk, TILE.activities],
  coach: [TILE.frontDesk],
  coordinator: [TILE.dashboard, TILE.surveys, TILE.programmes],
  analyst: [TILE.dashboard, TILE.indicators, TILE.annualReport],
  org_admin: [TILE.members, TILE.locations, TILE.settings],
};

/** An installation admin's own work, across organisations. */
export const INSTALLATION_WORK: readonly Tile[] = [TILE.organisations, TILE.users];

/** Everything else the home page offers, after the daily work. */
export const MORE: readonly Tile[] = [
  TILE.locations,
  TILE.members,
  TILE.audit,
  TILE.organisations,
  TILE.users,
  TILE.profile,
];
