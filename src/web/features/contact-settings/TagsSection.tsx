import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { Table } from '../../components/Table.tsx';
import { LANGUAGES, useT } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import { TagForm } from './TagForm.tsx';

type Editing = { tag: ContactTag | null } | null;

/** Target-group tags (e.g. ukrainian, neet_referral) with their nl/fr/en labels. */
export function TagsSection() {
  const t = useT();
  const headingId = useId();
  const query = useApiQuery<ContactTag[]>('/api/contact-tags');
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const tags = query.data ?? [];

  return (
    <section className="card" aria-labelledby={headingId}>
      <div className="page-header">
        <div className="page-header__text">
          <h2 id={headingId}>{t('contactSettings.tags.title')}</h2>
          <p className="muted">{t('contactSettings.tags.intro')}</p>
        </div>
        <Button variant="primary" onClick={() => setEditing({ tag: null })}>
          {t('contactSettings.tags.add')}
        </Button>
      </div>
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error} />
      {query.data ? (
        <Table
          caption={t('contactSettings.tags.caption', { total: tags.length })}
          captionHidden
          rows={tags}
          rowKey={(tag) => tag.slug}
          busy={query.loading}
          empty={t('contactSettings.tags.empty')}
          columns={[
            {
              key: 'slug',
              header: t('contactSettings.tags.slug'),
              rowHeader: true,
              className: 'cell-mono',
              cell: (tag) => tag.slug,
            },
            ...LANGUAGES.map((lang) => ({
              key: lang,
              header: t(`contactSettings.label.${lang}`),
              cell: (tag: ContactTag) => <span lang={lang}>{tag.labels[lang] ?? ''}</span>,
            })),
            {
              key: 'actions',
              header: t('list.actions'),
              className: 'cell-actions',
              cell: (tag: ContactTag) => (
                <Button size="small" onClick={() => setEditing({ tag })}>
                  {t('contactSettings.relabel')}
                  <span className="visually-hidden"> {tag.slug}</span>
                </Button>
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
          editing?.tag
            ? t('contactSettings.tags.edit', { slug: editing.tag.slug })
            : t('contactSettings.tags.add')
        }
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <TagForm
            tag={editing.tag}
            existing={tags.map((tag) => tag.slug)}
            onSaved={(tag, created) => {
              setEditing(null);
              setNotice(
                t(created ? 'contactSettings.tags.created' : 'contactSettings.tags.updated', {
                  slug: tag.slug,
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
