import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { Table } from '../../components/Table.tsx';
import { useAction } from '../../lib/action.ts';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { kindLabel } from '../../lib/labels.ts';
import { useApiQuery } from '../../lib/query.ts';
import type { ActivityKind } from '../../../shared/schemas/activities.ts';
import { KindForm } from './KindForm.tsx';

type Editing = { kind: ActivityKind | null } | null;

/** Built-in and own activity kinds: switch on or off, relabel, add. */
export function KindsSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const query = useApiQuery<ActivityKind[]>('/api/activity-kinds');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const label = (kind: ActivityKind) => kindLabel(i18n, kind.slug, kind.labels);

  const toggle = (kind: ActivityKind) =>
    void action.run(async () => {
      const updated = await api.patch<ActivityKind>(`/api/activity-kinds/${kind.slug}`, {
        active: !kind.active,
      });
      setNotice(
        t(updated.active ? 'contactSettings.kinds.on' : 'contactSettings.kinds.off', {
          label: label(updated),
        }),
      );
      query.reload();
    });

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="page-header">
        <div className="page-header__text">
          <h2 id={headingId}>{t('contactSettings.kinds.title')}</h2>
          <p className="muted">{t('contactSettings.kinds.intro')}</p>
        </div>
        <Button variant="primary" onClick={() => setEditing({ kind: null })}>
          {t('contactSettings.kinds.add')}
        </Button>
      </div>
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={action.error ?? query.error} />
      {query.data ? (
        <Table
          caption={t('contactSettings.kinds.caption', { total: query.data.length })}
          captionHidden
          rows={query.data}
          rowKey={(kind) => kind.slug}
          busy={query.loading}
          empty={t('contactSettings.kinds.empty')}
          columns={[
            {
              key: 'label',
              header: t('contactSettings.kinds.label'),
              rowHeader: true,
              cell: (kind) => (
                <>
                  {label(kind)}
                  <span className="cell-sub cell-mono">{kind.slug}</span>
                </>
              ),
            },
            {
              key: 'category',
              header: t('contactSettings.kinds.category'),
              cell: (kind) => t(`activityCategory.${kind.category}`),
            },
            {
              key: 'origin',
              header: t('contactSettings.kinds.origin'),
              cell: (kind) =>
                t(kind.builtIn ? 'contactSettings.kinds.builtIn' : 'contactSettings.kinds.own'),
            },
            {
              key: 'status',
              header: t('contactSettings.kinds.status'),
              cell: (kind) =>
                kind.active ? (
                  <Badge tone="success">{t('contactSettings.kinds.active')}</Badge>
                ) : (
                  <Badge tone="muted">{t('contactSettings.kinds.inactive')}</Badge>
                ),
            },
            {
              key: 'actions',
              header: t('list.actions'),
              className: 'cell-actions',
              cell: (kind) => (
                <div className="row-actions">
                  <Button size="small" onClick={() => setEditing({ kind })}>
                    {t('contactSettings.relabel')}
                    <span className="visually-hidden"> {label(kind)}</span>
                  </Button>
                  <Button
                    size="small"
                    variant={kind.active ? 'danger' : 'secondary'}
                    disabled={action.pending}
                    onClick={() => toggle(kind)}
                  >
                    {t(
                      kind.active
                        ? 'contactSettings.kinds.switchOff'
                        : 'contactSettings.kinds.switchOn',
                    )}
                    <span className="visually-hidden"> {label(kind)}</span>
                  </Button>
                </div>
              ),
            },
          ]}
        />
      ) : query.loading ? (
        <Spinner />
      ) : null}
      <Dialog
        open={editing !== null}
        title={
          editing?.kind
            ? t('contactSettings.kinds.edit', { label: label(editing.kind) })
            : t('contactSettings.kinds.add')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <KindForm
            kind={editing.kind}
            onSaved={(kind, created) => {
              setEditing(null);
              setNotice(
                t(created ? 'contactSettings.kinds.created' : 'contactSettings.kinds.updated', {
                  label: label(kind),
                }),
              );
              query.reload();
            }}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </section>
  );
}
