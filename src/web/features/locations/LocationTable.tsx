import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Table } from '../../components/Table.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { Location } from '../../../shared/schemas/locations.ts';

interface LocationTableProps {
  page: Page<Location>;
  busy: boolean;
  manage: boolean;
  pending: boolean;
  municipality(nis: string | null): string;
  onEdit(location: Location): void;
  onToggle(location: Location): void;
}

export function LocationTable({
  page,
  busy,
  manage,
  pending,
  municipality,
  onEdit,
  onToggle,
}: LocationTableProps) {
  const t = useT();
  return (
    <Table
      caption={t('locations.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(location) => location.id}
      empty={t('locations.empty')}
      columns={[
        {
          key: 'name',
          header: t('locations.field.name'),
          rowHeader: true,
          cell: (location) => (
            <>
              {location.name}
              <span className="cell-sub">{location.slug}</span>
            </>
          ),
        },
        {
          key: 'kind',
          header: t('locations.field.kind'),
          cell: (location) => t(`locationKind.${location.kind}`),
        },
        {
          key: 'place',
          header: t('locations.field.place'),
          cell: (location) => (
            <>
              {municipality(location.municipality)}
              {location.address ? <span className="cell-sub">{location.address}</span> : null}
            </>
          ),
        },
        {
          key: 'status',
          header: t('locations.field.status'),
          cell: (location) =>
            location.active ? (
              <Badge tone="success">{t('locations.status.active')}</Badge>
            ) : (
              <Badge tone="muted">{t('locations.status.inactive')}</Badge>
            ),
        },
        ...(manage
          ? [
              {
                key: 'actions',
                header: t('list.actions'),
                className: 'cell-actions',
                cell: (location: Location) => (
                  <div className="row-actions">
                    <Button size="small" onClick={() => onEdit(location)}>
                      {t('action.edit')}
                      <span className="visually-hidden"> {location.name}</span>
                    </Button>
                    <Button
                      size="small"
                      variant={location.active ? 'danger' : 'secondary'}
                      disabled={pending}
                      onClick={() => onToggle(location)}
                    >
                      {t(location.active ? 'locations.deactivate' : 'locations.reactivate')}
                      <span className="visually-hidden"> {location.name}</span>
                    </Button>
                  </div>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
