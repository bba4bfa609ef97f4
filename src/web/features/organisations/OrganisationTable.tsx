import { Button } from '../../components/Button.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { Organisation } from '../../../shared/schemas/organisations.ts';

interface OrganisationTableProps {
  page: Page<Organisation>;
  busy: boolean;
  canEdit(organisation: Organisation): boolean;
  onEdit(organisation: Organisation): void;
}

export function OrganisationTable({ page, busy, canEdit, onEdit }: OrganisationTableProps) {
  const { t, format } = useI18n();
  return (
    <Table
      caption={t('organisations.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(organisation) => organisation.id}
      empty={t('organisations.empty')}
      columns={[
        {
          key: 'name',
          header: t('organisation.field.name'),
          rowHeader: true,
          cell: (organisation) => (
            <>
              {organisation.name}
              <span className="cell-sub">{organisation.slug}</span>
            </>
          ),
        },
        {
          key: 'kind',
          header: t('organisation.field.kind'),
          cell: (organisation) => t(`orgKind.${organisation.kind}`),
        },
        {
          key: 'language',
          header: t('organisation.field.defaultLanguage'),
          cell: (organisation) => t(`language.${organisation.defaultLanguage}`),
        },
        {
          key: 'zone',
          header: t('organisation.field.timeZone'),
          cell: (organisation) => organisation.timeZone,
        },
        {
          key: 'created',
          header: t('organisations.field.created'),
          cell: (organisation) => format.date(organisation.createdAt, organisation.timeZone),
        },
        {
          key: 'actions',
          header: t('list.actions'),
          className: 'cell-actions',
          cell: (organisation) =>
            canEdit(organisation) ? (
              <Button size="small" onClick={() => onEdit(organisation)}>
                {t('action.edit')}
                <span className="visually-hidden"> {organisation.name}</span>
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
