import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { Member } from '../../../shared/schemas/organisations.ts';

interface MemberTableProps {
  page: Page<Member>;
  busy: boolean;
  selfId: string;
  onRoles(member: Member): void;
  onRemove(member: Member): void;
}

export function MemberTable({ page, busy, selfId, onRoles, onRemove }: MemberTableProps) {
  const { t, format } = useI18n();
  return (
    <Table
      caption={t('members.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(member) => member.userId}
      empty={t('members.empty')}
      columns={[
        {
          key: 'name',
          header: t('user.field.name'),
          rowHeader: true,
          cell: (member) => (
            <>
              {member.name}
              {member.userId === selfId ? <span className="muted"> {t('members.you')}</span> : null}
              <span className="cell-sub">{member.email}</span>
            </>
          ),
        },
        {
          key: 'roles',
          header: t('members.field.roles'),
          cell: (member) => (
            <span className="badges">
              {member.roles.map((role) => (
                <Badge key={role}>{t(`role.${role}`)}</Badge>
              ))}
            </span>
          ),
        },
        {
          key: 'status',
          header: t('users.field.status'),
          cell: (member) =>
            member.disabled ? (
              <Badge tone="muted">{t('users.status.disabled')}</Badge>
            ) : (
              t('users.status.active')
            ),
        },
        {
          key: 'since',
          header: t('members.field.since'),
          cell: (member) => format.date(member.createdAt),
        },
        {
          key: 'actions',
          header: t('list.actions'),
          className: 'cell-actions',
          cell: (member) => (
            <div className="row-actions">
              <Button size="small" onClick={() => onRoles(member)}>
                {t('members.roles.change')}
                <span className="visually-hidden"> {member.name}</span>
              </Button>
              <Button size="small" variant="danger" onClick={() => onRemove(member)}>
                {t('members.remove')}
                <span className="visually-hidden"> {member.name}</span>
              </Button>
            </div>
          ),
        },
      ]}
    />
  );
}
