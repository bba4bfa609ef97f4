import { useId, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Table, type Column } from '../../components/Table.tsx';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';
import type { Programme, TargetDto } from '../../../shared/schemas/programmes.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { useProgrammeFormat } from './numbers.ts';
import { TargetForm } from './TargetForm.tsx';

interface TargetsSectionProps {
  programme: Programme;
  /** The owner's managers may add, change and remove targets. */
  editable: boolean;
  /** After a change, with the message to announce. */
  onChanged(notice: string): void;
}

/** The programme's targets as a table; adding and changing in a dialog, removing after asking. */
export function TargetsSection({ programme, editable, onChanged }: TargetsSectionProps) {
  const { t, lang } = useI18n();
  const format = useProgrammeFormat();
  const headingId = useId();
  const [editing, setEditing] = useState<{ target: TargetDto | null } | null>(null);
  const [removing, setRemoving] = useState<TargetDto | null>(null);
  const indicators = useApiQuery<{ items: IndicatorDto[] }>(editable ? '/api/indicators' : null);
  const label = (target: TargetDto) => target.indicatorLabels[lang];

  const columns: Column<TargetDto>[] = [
    { key: 'indicator', header: t('programmes.target.indicator'), rowHeader: true, cell: label },
    {
      key: 'value',
      header: t('programmes.target.value'),
      cell: (target) => format.number(target.target),
    },
    {
      key: 'period',
      header: t('programmes.field.period'),
      cell: (target) => format.period(target.periodStart, target.deadline),
    },
    {
      key: 'partner',
      header: t('programmes.target.partner'),
      cell: (target) => target.partner?.name ?? t('programmes.target.partner.all'),
    },
    {
      key: 'year',
      header: t('programmes.target.year'),
      cell: (target) => (target.year === null ? '—' : String(target.year)),
    },
  ];
  if (editable)
    columns.push({
      key: 'actions',
      header: t('list.actions'),
      className: 'cell-actions',
      cell: (target) => (
        <div className="row-actions">
          <Button size="small" onClick={() => setEditing({ target })}>
            {t('action.edit')}
            <span className="visually-hidden"> {label(target)}</span>
          </Button>
          <Button size="small" variant="danger" onClick={() => setRemoving(target)}>
            {t('programmes.targets.remove')}
            <span className="visually-hidden"> {label(target)}</span>
          </Button>
        </div>
      ),
    });

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="page-header">
        <div className="page-header__text">
          <h2 id={headingId}>{t('programmes.targets.title')}</h2>
        </div>
        {editable ? (
          <Button variant="primary" onClick={() => setEditing({ target: null })}>
            {t('programmes.targets.add')}
          </Button>
        ) : null}
      </div>
      <ErrorAlert error={indicators.error} />
      <Table
        caption={t('programmes.targets.caption', { total: programme.targets.length })}
        captionHidden
        rows={programme.targets}
        rowKey={(target) => target.id}
        columns={columns}
        empty={t('programmes.targets.empty')}
      />
      <Dialog
        open={editing !== null}
        title={editing?.target ? t('programmes.targets.edit') : t('programmes.targets.add')}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <TargetForm
            programme={programme}
            target={editing.target}
            indicators={indicators.data?.items ?? []}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              const created = editing.target === null;
              setEditing(null);
              onChanged(
                t(created ? 'programmes.targets.created' : 'programmes.targets.updated', {
                  indicator: label(saved),
                }),
              );
            }}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        title={t('programmes.targets.confirmRemove.title')}
        message={t('programmes.targets.confirmRemove.body', {
          indicator: removing ? label(removing) : '',
        })}
        confirmLabel={t('programmes.targets.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await api.delete(`/api/programmes/${programme.id}/targets/${removing.id}`);
          const name = label(removing);
          setRemoving(null);
          onChanged(t('programmes.targets.removed', { indicator: name }));
        }}
      />
    </section>
  );
}
