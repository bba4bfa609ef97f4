import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useRequiredSession, useSession } from '../../lib/session.tsx';
import type { Organisation } from '../../../shared/schemas/organisations.ts';
import { OrganisationForm } from './OrganisationForm.tsx';
import { OrganisationTable } from './OrganisationTable.tsx';

type Editing = { mode: 'create' } | { mode: 'edit'; organisation: Organisation } | null;

/** Organisations: all of them for installation admins (who may add one), else the user's own. */
export function OrganisationsPage() {
  const t = useT();
  const session = useRequiredSession();
  const { refresh } = useSession();
  const installationAdmin = session.user.isInstallationAdmin;
  const list = useListParams([] as const);
  const query = useApiQuery<Page<Organisation>>('/api/organisations', {
    q: list.q,
    limit: list.limit,
    offset: list.offset,
  });
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const adminOf = new Set(
    session.organisations.filter((o) => o.roles.includes('org_admin')).map((o) => o.id),
  );
  const canEdit = (organisation: Organisation) => installationAdmin || adminOf.has(organisation.id);

  const saved = (organisation: Organisation, created: boolean) => {
    setEditing(null);
    setNotice(
      t(created ? 'organisations.created' : 'organisations.updated', { name: organisation.name }),
    );
    query.reload();
    // The organisation switcher shows names from the session.
    void refresh().catch(() => undefined);
  };

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        intro={t(installationAdmin ? 'organisations.intro.all' : 'organisations.intro.mine')}
        actions={
          installationAdmin ? (
            <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
              {t('organisations.add')}
            </Button>
          ) : null
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error} />
      <div className="filters">
        <SearchBox
          label={t('organisations.search')}
          value={list.q}
          onSearch={(q) => list.update({ q })}
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
          <OrganisationTable
            page={page}
            busy={query.loading}
            canEdit={canEdit}
            onEdit={(organisation) => setEditing({ mode: 'edit', organisation })}
          />
        )}
      </PagedResults>
      <Dialog
        open={editing !== null}
        title={
          editing?.mode === 'edit'
            ? t('organisations.edit.title', { name: editing.organisation.name })
            : t('organisations.add')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <OrganisationForm
            organisation={editing.mode === 'edit' ? editing.organisation : null}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
