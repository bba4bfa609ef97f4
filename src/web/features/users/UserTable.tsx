import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Table } from '../../components/Table.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { User } from '../../../shared/schemas/organisations.ts';

interface UserTableProps {
  page: Page<User>;
  busy: boolean;
  pending: boolean;
  selfId: string;
  onToggle(user: User): void;
  onToggleAdmin(user: User): void;
  onPassword(user: User): void;
}

export function UserTable(props: UserTableProps) {
  const { page, busy, pending, selfId, onToggle, onToggleAdmin, onPassword } = props;
  const t = useT();
  return (
    <Table
      caption={t('users.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(user) => user.id}
      empty={t('users.empty')}
      columns={[
        {
          key: 'name',
          header: t('user.field.name'),
          rowHeader: true,
          cell: (user) => (
            <>
              {user.name}
              {user.isInstallationAdmin ? (
                <>
                  {' '}
                  <Badge>{t('role.installation_admin')}</Badge>
                </>
              ) : null}
              <span className="cell-sub">{user.email}</span>
            </>
          ),
        },
        {
          key: 'organisations',
          header: t('users.field.organisations'),
          cell: (user) =>
            user.organisations.length ? (
              <ul className="plain-list">
                {user.organisations.map((organisation) => (
                  <li key={organisation.id}>
                    {organisation.name}
                    <span className="cell-sub">
                      {organisation.roles.map((role) => t(`role.${role}`)).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">{t('list.none')}</span>
            ),
        },
        {
          key: 'language',
          header: t('user.field.language'),
          cell: (user) => t(`language.${user.language}`),
        },
        {
          key: 'status',
          header: t('users.field.status'),
          cell: (user) =>
            user.disabled ? (
              <Badge tone="muted">{t('users.status.disabled')}</Badge>
            ) : (
              t('users.status.active')
            ),
        },
        {
          key: 'actions',
          header: t('list.actions'),
          className: 'cell-actions',
          cell: (user) => (
            <div className="row-actions">
              <Button size="small" onClick={() => onPassword(user)}>
                {t('users.password.reset')}
                <span className="visually-hidden"> {user.name}</span>
              </Button>
              {user.id === selfId ? null : (
                <Button size="small" disabled={pending} onClick={() => onToggleAdmin(user)}>
                  {t(user.isInstallationAdmin ? 'users.admin.revoke' : 'users.admin.grant')}
                  <span className="visually-hidden"> {user.name}</span>
                </Button>
              )}
              {user.id === selfId ? null : (
                <Button
                  size="small"
                  variant={user.disabled ? 'secondary' : 'danger'}
                  disabled={pending}
                  onClick={() => onToggle(user)}
                >
                  {t(user.disabled ? 'users.enable' : 'users.disable')}
                  <span className="visually-hidden"> {user.name}</span>
                </Button>
              )}
            </div>
          ),
        },
      ]}
    />
  );
}
