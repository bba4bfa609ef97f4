import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useAction } from '../../lib/action.ts';
import { api } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { User } from '../../../shared/schemas/organisations.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';
import { UserTable } from './UserTable.tsx';

type Dialogs = { kind: 'create' } | { kind: 'password'; user: User } | null;

/** Every account of the installation (installation admins): create, disable or enable, grant or revoke installation admin, reset password. */
export function UsersPage() {
  const t = useT();
  const session = useRequiredSession();
  const list = useListParams([] as const);
  const query = useApiQuery<Page<User>>('/api/users', {
    q: list.q,
    limit: list.limit,
    offset: list.offset,
  });
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    query.reload();
  };
  const toggle = (user: User) =>
    void action.run(async () => {
      const updated = await api.patch<User>(`/api/users/${user.id}`, { disabled: !user.disabled });
      done(t(updated.disabled ? 'users.disabled' : 'users.enabled', { name: updated.name }));
    });

  const toggleAdmin = (user: User) =>
    void action.run(async () => {
      const updated = await api.patch<User>(`/api/users/${user.id}`, {
        isInstallationAdmin: !user.isInstallationAdmin,
      });
      done(
        t(updated.isInstallationAdmin ? 'users.admin.granted' : 'users.admin.revoked', {
          name: updated.name,
        }),
      );
    });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        intro={t('users.intro')}
        actions={
          <Button variant="primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('users.add')}
          </Button>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={action.error ?? query.error} />
      <div className="filters">
        <SearchBox label={t('users.search')} value={list.q} onSearch={(q) => list.update({ q })} />
      </div>
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => (
          <UserTable
            page={page}
            busy={query.loading}
            pending={action.pending}
            selfId={session.user.id}
            onToggle={toggle}
            onToggleAdmin={toggleAdmin}
            onPassword={(user) => setDialog({ kind: 'password', user })}
          />
        )}
      </PagedResults>
      <Dialog
        open={dialog !== null}
        title={
          dialog?.kind === 'password'
            ? t('users.password.title', { name: dialog.user.name })
            : t('users.add')
        }
        onClose={() => setDialog(null)}
      >
        {dialog?.kind === 'create' ? (
          <CreateUserForm
            onCreated={(user) => done(t('users.created', { name: user.name }))}
            onCancel={() => setDialog(null)}
          />
        ) : null}
        {dialog?.kind === 'password' ? (
          <ResetPasswordForm
            user={dialog.user}
            onDone={() => done(t('users.password.done', { name: dialog.user.name }))}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
