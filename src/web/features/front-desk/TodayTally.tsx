import { useId } from 'react';
import { CONTACT_TYPES } from '../../../core/contacts/model.ts';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Stats } from '../../../shared/schemas/contacts.ts';

interface TodayTallyProps {
  today: string;
  stats: Stats | undefined;
  busy: boolean;
}

/** Today's contacts by type for the whole organisation (every counsellor's entries). */
export function TodayTally({ today, stats, busy }: TodayTallyProps) {
  const { t, format } = useI18n();
  const id = useId();
  const byType = new Map(
    (stats?.current.groups ?? []).map((group) => [group.key.type ?? '', group.count]),
  );
  const rows = [
    ...CONTACT_TYPES.map((type) => ({
      key: type,
      label: t(`contactType.${type}`),
      count: byType.get(type) ?? 0,
    })),
    { key: 'total', label: t('frontDesk.tally.total'), count: stats?.current.total ?? 0 },
  ];
  return (
    <section className="front-desk__tally card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('frontDesk.tally.title')}</h2>
      <p className="field__hint">{t('frontDesk.tally.hint')}</p>
      <Table
        caption={t('frontDesk.tally.caption', { date: format.date(today, 'UTC') })}
        busy={busy}
        rows={rows}
        rowKey={(row) => row.key}
        empty={t('list.empty')}
        columns={[
          { key: 'type', header: t('frontDesk.tally.type'), rowHeader: true, cell: (r) => r.label },
          {
            key: 'count',
            header: t('frontDesk.tally.count'),
            className: 'cell-number',
            cell: (row) => (stats ? format.number(row.count) : t('app.loading')),
          },
        ]}
      />
    </section>
  );
}
