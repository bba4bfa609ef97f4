import { useId, useRef } from 'react';
import { CORRECTION_WINDOW_HOURS } from '../../../core/contacts/model.ts';
import { Button } from '../../components/Button.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { Contact } from '../../../shared/schemas/contacts.ts';

interface RecentEntriesProps {
  page: Page<Contact> | undefined;
  timeZone: string;
  describe(contact: Contact): string;
  /** Resolves true when the entry was removed. */
  onUndo(contact: Contact): Promise<boolean>;
  pendingId: string | null;
}

/** The counsellor's own latest entries, newest first, each with Undo while it may be undone. */
export function RecentEntries({ page, timeZone, describe, onUndo, pendingId }: RecentEntriesProps) {
  const { t, format } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  const undo = async (contact: Contact) => {
    // The row and its button disappear: keep the keyboard user in this list.
    if (await onUndo(contact)) heading.current?.focus();
  };

  return (
    <section className="front-desk__recent card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('frontDesk.recent.title')}
      </h2>
      <p className="field__hint">
        {t('frontDesk.recent.hint', { hours: CORRECTION_WINDOW_HOURS })}
      </p>
      {!page ? (
        <Spinner />
      ) : page.items.length === 0 ? (
        <p className="muted">{t('frontDesk.recent.empty')}</p>
      ) : (
        <ol className="recent-list">
          {page.items.map((contact) => {
            const summary = describe(contact);
            return (
              <li key={contact.id} className="recent-list__item">
                <div className="recent-list__text">
                  <span className="recent-list__what">{summary}</span>
                  <span className="cell-sub">
                    {t('frontDesk.people', { count: contact.count })} ·{' '}
                    <time dateTime={contact.recordedAt}>
                      {format.dateTime(contact.recordedAt, timeZone)}
                    </time>
                  </span>
                </div>
                {contact.editable ? (
                  <Button
                    size="small"
                    variant="danger"
                    pending={pendingId === contact.id}
                    onClick={() => void undo(contact)}
                  >
                    {t('frontDesk.undo')}
                    <span className="visually-hidden">
                      {' '}
                      {summary}, {format.dateTime(contact.recordedAt, timeZone)}
                    </span>
                  </Button>
                ) : (
                  <span className="muted recent-list__locked">{t('frontDesk.recent.locked')}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
