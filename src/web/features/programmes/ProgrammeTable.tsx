import { Link } from 'react-router';
import { Badge } from '../../components/Badge.tsx';
import { Table } from '../../components/Table.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { ProgrammeSummary } from '../../../shared/schemas/programmes.ts';
import { useProgrammeFormat } from './numbers.ts';

/** One page of programmes: name (to the detail), owner, period, partners, targets. */
export function ProgrammeTable({ page, busy }: { page: Page<ProgrammeSummary>; busy: boolean }) {
  const t = useT();
  const format = useProgrammeFormat();
  return (
    <Table
      caption={t('programmes.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(programme) => programme.id}
      empty={t('programmes.empty')}
      columns={[
        {
          key: 'name',
          header: t('programmes.field.name'),
          rowHeader: true,
          cell: (programme) => <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>,
        },
        {
          key: 'owner',
          header: t('programmes.field.owner'),
          cell: (programme) => (
            <>
              {programme.owner.name}
              {programme.role === 'partner' ? (
                <span className="cell-sub">
                  <Badge tone="muted">{t('programmes.role.partner')}</Badge>
                  {programme.partnerStatus === 'invited' ? (
                    <>
                      {' '}
                      <Badge tone="warning">{t('programmes.partnerStatus.invited')}</Badge>
                    </>
                  ) : null}
                </span>
              ) : null}
            </>
          ),
        },
        {
          key: 'period',
          header: t('programmes.field.period'),
          cell: (programme) => format.period(programme.periodStart, programme.periodEnd),
        },
        {
          key: 'partners',
          header: t('programmes.field.partners'),
          cell: (programme) => format.number(programme.partners.length),
        },
        {
          key: 'targets',
          header: t('programmes.field.targets'),
          cell: (programme) => format.number(programme.targetCount),
        },
      ]}
    />
  );
}
