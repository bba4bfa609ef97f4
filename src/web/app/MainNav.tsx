import { NavLink } from 'react-router';
import type { MessageKey } from '../lib/i18n.tsx';
import { useT } from '../lib/i18n.tsx';
import { useSession, type Permission } from '../lib/session.tsx';

interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only with this permission in the current organisation. */
  permission?: Permission;
  installationAdmin?: boolean;
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/front-desk', label: 'nav.frontDesk', permission: 'contacts.record' },
  { to: '/dashboard', label: 'nav.dashboard', permission: 'aggregates.read' },
  { to: '/activities', label: 'nav.activities', permission: 'aggregates.read' },
  // Entries one by one, with who recorded them: not for analysts (aggregates only).
  { to: '/contacts', label: 'nav.contacts', permission: 'personal_data.read' },
  { to: '/import', label: 'nav.import', permission: 'contacts.import' },
  { to: '/surveys', label: 'nav.surveys', permission: 'aggregates.read' },
  { to: '/indicators', label: 'nav.indicators', permission: 'aggregates.read' },
  { to: '/programmes', label: 'nav.programmes', permission: 'aggregates.read' },
  { to: '/reports/annual', label: 'nav.annualReport', permission: 'aggregates.read' },
  { to: '/settings/contacts', label: 'nav.contactSettings', permission: 'contacts.configure' },
  { to: '/locations', label: 'nav.locations', permission: 'locations.read' },
  { to: '/members', label: 'nav.members', permission: 'members.manage' },
  { to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { to: '/organisations', label: 'nav.organisations', permission: 'organisation.manage' },
  { to: '/users', label: 'nav.users', installationAdmin: true },
  { to: '/profile', label: 'nav.profile' },
];

/** The main navigation; items the user may not use are not shown. NavLink sets aria-current="page". */
export function MainNav() {
  const t = useT();
  const { session, can } = useSession();
  const visible = NAV_ITEMS.filter((item) =>
    item.installationAdmin
      ? session?.user.isInstallationAdmin
      : item.permission
        ? can(item.permission)
        : true,
  );
  return (
    <nav className="mainnav" aria-label={t('nav.label')}>
      <ul className="mainnav__list">
        {visible.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'} className="mainnav__link">
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
