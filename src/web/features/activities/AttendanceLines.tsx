import { Button } from '../../components/Button.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Contact } from '../../../shared/schemas/contacts.ts';
import type { ActivityCatalog } from './catalog.ts';

interface AttendanceLinesProps {
  lines: Contact[];
  total: number;
  busy: boolean;
  pending: boolean;
  catalog: ActivityCatalog;
  onRemove(line: Contact): void;
}

/** The contact lines that make up an activity's attendance; editable ones can be removed. */
export function AttendanceLines({
  lines,
  total,
  busy,
  pending,
  catalog,
  onRemove,
}: AttendanceLinesProps) {
  const { t, format } = useI18n();
  const anyEditable = lines.some((line) => line.editable);
  return (
    <Table
      caption={t('activities.lines.caption', { total })}
      busy={busy}
      rows={lines}
      rowKey={(line) => line.id}
      empty={t('activities.lines.empty')}
      columns={[
        {
          key: 'count',
          header: t('activities.attendance.count'),
          rowHeader: true,
          cell: (line) => format.number(line.count),
        },
        {
          key: 'date',
          header: t('activities.attendance.date'),
          className: 'cell-nowrap',
          cell: (line) => format.date(`${line.date}T12:00:00Z`, 'UTC'),
        },
        {
          key: 'language',
          header: t('activities.field.language'),
          cell: (line) => catalog.label.language(line.language),
        },
        {
          key: 'theme',
          header: t('activities.field.theme'),
          cell: (line) => catalog.label.theme(line.theme),
        },
        {
          key: 'tags',
          header: t('activities.attendance.tags'),
          cell: (line) => line.tags.map(catalog.label.tag).join(', '),
        },
        {
          key: 'recorded',
          header: t('activities.lines.recordedBy'),
          cell: (line) => (
            <>
              {line.recordedByName ?? ''}
              <span className="cell-sub">{format.dateTime(line.recordedAt, catalog.timeZone)}</span>
            </>
          ),
        },
        ...(anyEditable
          ? [
              {
                key: 'actions',
                header: t('list.actions'),
                className: 'cell-actions',
                cell: (line: Contact) =>
                  line.editable ? (
                    <Button
                      size="small"
                      variant="danger"
                      disabled={pending}
                      onClick={() => onRemove(line)}
                    >
                      {t('activities.lines.remove')}
                      <span className="visually-hidden">
                        {' '}
                        {t('activities.lines.remove.which', {
                          count: line.count,
                          date: format.date(`${line.date}T12:00:00Z`, 'UTC'),
                        })}
                      </span>
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
