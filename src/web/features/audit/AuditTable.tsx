import { Badge } from '../../components/Badge.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { AuditEntry } from '../../../shared/schemas/audit.ts';

export function AuditTable({
  page,
  busy,
  timeZone,
}: {
  page: Page<AuditEntry>;
  busy: boolean;
  timeZone: string;
}) {
  const { t, tDynamic, format } = useI18n();
  return (
    <Table
      caption={t('audit.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(entry) => entry.id}
      empty={t('audit.empty')}
      columns={[
        {
          key: 'at',
          header: t('audit.field.at'),
          rowHeader: true,
          className: 'cell-nowrap',
          cell: (entry) => <time dateTime={entry.at}>{format.dateTime(entry.at, timeZone)}</time>,
        },
        {
          key: 'user',
          header: t('audit.field.user'),
          cell: (entry) =>
            entry.userName ?? <span className="muted">{t('audit.user.system')}</span>,
        },
        {
          key: 'action',
          header: t('audit.field.action'),
          cell: (entry) => (
            <>
              {tDynamic(`audit.action.${entry.action}`, undefined, entry.action)}
              <span className="cell-sub">
                <code>{entry.action}</code>
              </span>
            </>
          ),
        },
        {
          key: 'entity',
          header: t('audit.field.entity'),
          cell: (entry) => (
            <>
              {entry.entity}
              {/* The first characters identify the item (the text filter finds it by them). */}
              {entry.entityId ? (
                <span className="cell-sub cell-mono">
                  {entry.entityId.length > 13 ? `${entry.entityId.slice(0, 8)}…` : entry.entityId}
                </span>
              ) : null}
            </>
          ),
        },
        {
          key: 'fields',
          header: t('audit.field.fields'),
          cell: (entry) =>
            entry.fields.length ? (
              entry.fields.join(', ')
            ) : (
              <span className="muted">{t('list.none')}</span>
            ),
        },
        {
          key: 'personal',
          header: t('audit.field.personalData'),
          cell: (entry) =>
            entry.personalData ? (
              <Badge tone="warning">{t('audit.personalData.yes')}</Badge>
            ) : (
              <span className="muted">{t('audit.personalData.no')}</span>
            ),
        },
      ]}
    />
  );
}
