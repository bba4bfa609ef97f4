import { Link } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { useRequiredSession, useSession, type Permission } from '../../lib/session.tsx';

interface Tile {
  to: string;
  title: MessageKey;
  body: MessageKey;
  permission?: Permission;
  installationAdmin?: boolean;
}

const TILES: readonly Tile[] = [
  {
    to: '/locations',
    title: 'nav.locations',
    body: 'home.tile.locations',
    permission: 'locations.read',
  },
  { to: '/members', title: 'nav.members', body: 'home.tile.members', permission: 'members.manage' },
  { to: '/audit', title: 'nav.audit', body: 'home.tile.audit', permission: 'audit.read' },
  {
    to: '/organisations',
    title: 'nav.organisations',
    body: 'home.tile.organisations',
    permission: 'organisation.manage',
  },
  { to: '/users', title: 'nav.users', body: 'home.tile.users', installationAdmin: true },
  { to: '/profile', title: 'nav.profile', body: 'home.tile.profile' },
];

/** Welcome and the sections this user may open in the current organisation. */
export function HomePage() {
  const { t } = useI18n();
  const session = useRequiredSession();
  const { can } = useSession();
  const organisation = session.currentOrganisation;
  const roles = organisation?.roles.map((role) => t(`role.${role}`)) ?? [];
  if (session.user.isInstallationAdmin) roles.push(t('role.installation_admin'));
  const tiles = TILES.filter((tile) =>
    tile.installationAdmin
      ? session.user.isInstallationAdmin
      : tile.permission
        ? can(tile.permission)
        : true,
  );

  return (
    <>
      <PageHeader
        title={t('home.title', { name: session.user.name })}
        intro={
          organisation
            ? t('home.intro', { organisation: organisation.name, roles: roles.join(', ') })
            : undefined
        }
      />
      {organisation ? null : <Alert tone="info" title={t('home.noOrganisation')} />}
      <ul className="tiles">
        {tiles.map((tile) => (
          <li key={tile.to} className="tile">
            <Link to={tile.to} className="tile__link">
              <span className="tile__title">{t(tile.title)}</span>
              <span className="tile__body">{t(tile.body)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
