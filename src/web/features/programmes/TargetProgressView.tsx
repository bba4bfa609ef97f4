import { useId, type ReactNode } from 'react';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { TargetProgress } from '../../../shared/schemas/programmes.ts';
import { useProgrammeFormat } from './numbers.ts';
import { ProgressChart } from './ProgressChart.tsx';
import { StatusBadge } from './StatusBadge.tsx';

type Month = TargetProgress['months'][number];
type Share = TargetProgress['byOrganisation'][number];

/**
 * One target's progress: status, target, actual and forecast; share done beside share of
 * time gone; the actual per organisation (an invited partner: not counted until it
 * accepts); the cumulative actual per month as a chart and
 * as a table.
 */
export function TargetProgressView({ progress, asOf }: { progress: TargetProgress; asOf: string }) {
  const { t, lang } = useI18n();
  const format = useProgrammeFormat();
  const headingId = useId();
  const { target } = progress;
  const title = [
    target.indicatorLabels[lang],
    target.partner ? target.partner.name : null,
    target.year === null ? null : String(target.year),
  ]
    .filter(Boolean)
    .join(' · ');
  const started = asOf >= target.periodStart;
  const facts: (readonly [string, ReactNode])[] = [
    [t('programmes.progress.target'), format.number(target.target)],
    [t('programmes.progress.actual'), format.number(progress.actual)],
    [
      t('programmes.progress.forecast'),
      progress.forecast === null
        ? t('programmes.progress.notStarted', { date: format.date(target.periodStart) })
        : format.number(progress.forecast),
    ],
    [t('programmes.field.period'), format.period(target.periodStart, target.deadline)],
  ];

  return (
    <article className="target-progress" aria-labelledby={headingId}>
      <div className="target-progress__head">
        <h3 id={headingId}>{title}</h3>
        <StatusBadge status={progress.status} />
      </div>
      <dl className="programme-details">
        {facts.map(([label, value]) => (
          <div className="programme-details__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="progress-bars">
        <Bar
          label={t('programmes.progress.done')}
          share={progress.shareDone}
          text={format.share(progress.shareDone)}
        />
        <Bar
          label={t('programmes.progress.elapsed')}
          share={progress.shareElapsed}
          text={format.share(progress.shareElapsed)}
          muted
        />
      </div>
      {progress.byOrganisation.length ? (
        <Table<Share>
          caption={t('programmes.progress.byOrganisation', { title })}
          rows={progress.byOrganisation}
          rowKey={(row) => row.organisation.id}
          empty={t('list.empty')}
          columns={[
            {
              key: 'organisation',
              header: t('programmes.progress.organisation'),
              rowHeader: true,
              cell: (row) => row.organisation.name,
            },
            {
              key: 'status',
              header: t('programmes.progress.partnerStatus'),
              cell: (row) => t(`programmes.partnerStatus.${row.status ?? 'owner'}`),
            },
            {
              key: 'actual',
              header: t('programmes.progress.actual'),
              cell: (row) =>
                row.status === 'invited'
                  ? t('programmes.progress.notCounted')
                  : format.number(row.actual),
            },
            {
              key: 'share',
              header: t('programmes.progress.shareOfActual'),
              cell: (row) =>
                progress.actual > 0 && row.status !== 'invited'
                  ? format.share(row.actual / progress.actual)
                  : '—',
            },
          ]}
        />
      ) : null}
      {started && progress.months.length ? (
        <>
          <ProgressChart title={title} progress={progress} />
          <details className="progress-months">
            <summary>{t('programmes.progress.monthsSummary')}</summary>
            <Table<Month>
              caption={t('programmes.progress.months', { title })}
              rows={progress.months}
              rowKey={(row) => row.month}
              empty={t('list.empty')}
              columns={[
                {
                  key: 'month',
                  header: t('programmes.progress.month'),
                  rowHeader: true,
                  cell: (row) => format.month(row.month),
                },
                {
                  key: 'actual',
                  header: t('programmes.progress.inMonth'),
                  cell: (row) => format.number(row.actual),
                },
                {
                  key: 'cumulative',
                  header: t('programmes.progress.cumulative'),
                  cell: (row) => format.number(row.cumulative),
                },
              ]}
            />
          </details>
        </>
      ) : null}
    </article>
  );
}

/** A labelled bar (a native <progress>) with its share as text beside it. */
function Bar({
  label,
  share,
  text,
  muted,
}: {
  label: string;
  share: number;
  text: string;
  muted?: boolean;
}) {
  const id = useId();
  return (
    <div className={`progress-bar${muted ? ' progress-bar--muted' : ''}`}>
      <span id={id} className="progress-bar__label">
        {label}
      </span>
      <progress aria-labelledby={id} max={1} value={Math.min(1, Math.max(0, share))} />
      <span className="progress-bar__value">{text}</span>
    </div>
  );
}
