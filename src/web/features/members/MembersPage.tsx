import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { Select } from '../../components/Select.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { roleOptions } from '../../lib/options.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { Member } from '../../../shared/schemas/organisations.ts';
import { AddMemberForm } from './AddMemberForm.tsx';
import { MemberTable } from './MemberTable.tsx';
import { RemoveMember } from './RemoveMember.tsx';
import { RolesForm } from './RolesForm.tsx';

type Dialogs =
  { kind: 'add' } | { kind: 'roles'; member: Member } | { kind: 'remove'; member: Member } | null;

/** Members of the current organisation: search, role filter, add by e-mail, roles, removal. */
export function MembersPage() {
  const t = useT();
  const session = useRequiredSession();
  const id = useId();
  const list = useListParams(['role'] as const);
  const query = useApiQuery<Page<Member>>('/api/members', {
    q: list.q,
    role: list.filters.role,
    limit: list.limit,
    offset: list.offset,
  });
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const organisation = session.currentOrganisation?.name ?? '';

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    query.reload();
  };

  const title =
    dialog?.kind === 'add'
      ? t('members.add')
      : dialog?.kind === 'roles'
        ? t('members.roles.title', { name: dialog.member.name })
        : dialog
          ? t('members.remove.title', { name: dialog.member.name })
          : '';
  return (
    <>
      <PageHeader
        title={t('members.title')}
        intro={t('members.intro', { organisation })}
        actions={
          <Button variant="primary" onClick={() => setDialog({ kind: 'add' })}>
            {t('members.add')}
          </Button>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error} />
      <div className="filters">
        <SearchBox
          label={t('members.search')}
          value={list.q}
          onSearch={(q) => list.update({ q })}
        />
        <Select
          id={`${id}-role`}
          label={t('members.field.role')}
          value={list.filters.role}
          emptyOption={t('members.filter.role.all')}
          options={roleOptions(t)}
          onChange={(role) => list.update({ role })}
        />
      </div>
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => (
          <MemberTable
            page={page}
            busy={query.loading}
            selfId={session.user.id}
            onRoles={(member) => setDialog({ kind: 'roles', member })}
            onRemove={(member) => setDialog({ kind: 'remove', member })}
          />
        )}
      </PagedResults>
      <Dialog open={dialog !== null} title={title} onClose={() => setDialog(null)}>
        {dialog?.kind === 'add' ? (
          <AddMemberForm
            onAdded={(member) => done(t('members.added', { name: member.name }))}
            onCancel={() => setDialog(null)}
          />
        ) : null}
        {dialog?.kind === 'roles' ? (
          <RolesForm
            member={dialog.member}
            onSaved={(member) => done(t('members.rolesChanged', { name: member.name }))}
            onCancel={() => setDialog(null)}
          />
        ) : null}
        {dialog?.kind === 'remove' ? (
          <RemoveMember
            member={dialog.member}
            organisation={organisation}
            onRemoved={() => done(t('members.removed', { name: dialog.member.name }))}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
