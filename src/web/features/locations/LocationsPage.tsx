import { useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { useAction } from '../../lib/action.ts';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { municipalityLabeller } from '../../lib/municipalities.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useReference } from '../../lib/reference.ts';
import { useSession } from '../../lib/session.tsx';
import type { Location } from '../../../shared/schemas/locations.ts';
import { LocationFilters } from './LocationFilters.tsx';
import { LocationForm } from './LocationForm.tsx';
import { LocationTable } from './LocationTable.tsx';

type Editing = { mode: 'create' } | { mode: 'edit'; location: Location } | null;

/** The places of the current organisation: search, filters, paging, add, change, (de)activate. */
export function LocationsPage() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const manage = can('locations.manage');
  const list = useListParams(['active', 'kind'] as const);
  const query = useApiQuery<Page<Location>>('/api/locations', {
    q: list.q,
    active: list.filters.active,
    kind: list.filters.kind,
    limit: list.limit,
    offset: list.offset,
  });
  const reference = useReference();
  const labelOf = municipalityLabeller(reference, lang);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();

  const saved = (location: Location, created: boolean) => {
    setEditing(null);
    setNotice(t(created ? 'locations.created' : 'locations.updated', { name: location.name }));
    query.reload();
  };

  const toggleActive = (location: Location) =>
    void action.run(async () => {
      const updated = await api.patch<Location>(`/api/locations/${location.id}`, {
        active: !location.active,
      });
      setNotice(
        t(updated.active ? 'locations.reactivated' : 'locations.deactivated', {
          name: updated.name,
        }),
      );
      query.reload();
    });

  return (
    <>
      <PageHeader
        title={t('locations.title')}
        intro={t('locations.intro')}
        actions={
          manage ? (
            <Button variant="primary" onClick={() => setEditing({ mode: 'create' })}>
              {t('locations.add')}
            </Button>
          ) : null
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={action.error ?? query.error} />
      <LocationFilters list={list} />
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => (
          <LocationTable
            page={page}
            busy={query.loading}
            manage={manage}
            pending={action.pending}
            municipality={labelOf}
            onEdit={(location) => setEditing({ mode: 'edit', location })}
            onToggle={toggleActive}
          />
        )}
      </PagedResults>
      <Dialog
        open={editing !== null}
        title={
          editing?.mode === 'edit'
            ? t('locations.edit.title', { name: editing.location.name })
            : t('locations.add')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <LocationForm
            location={editing.mode === 'edit' ? editing.location : null}
            reference={reference}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
