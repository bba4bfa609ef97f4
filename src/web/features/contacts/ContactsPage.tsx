import { useState } from 'react';
import { todayIn } from '../../../core/contacts/dates.ts';
import { CORRECTION_WINDOW_HOURS } from '../../../core/contacts/model.ts';
import { Alert } from '../../components/Alert.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedResults } from '../../components/PagedResults.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useListParams } from '../../lib/list-params.ts';
import { useApiQuery, type Page } from '../../lib/query.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { Contact } from '../../../shared/schemas/contacts.ts';
import { ContactFilters } from './ContactFilters.tsx';
import { ContactForm } from './ContactForm.tsx';
import { ContactTable } from './ContactTable.tsx';
import { CONTACT_FILTERS, useContactChoices } from './data.ts';
import { DeleteContact } from './DeleteContact.tsx';
import { calendarDate } from './labels.ts';
import './contacts.css';

type Dialogs = { kind: 'edit' | 'delete'; contact: Contact } | null;

/** The organisation's anonymous contacts: period and field filters, paging, correct, delete. */
export function ContactsPage() {
  const { t, format } = useI18n();
  const session = useRequiredSession();
  const timeZone = session.currentOrganisation?.timeZone ?? 'Europe/Brussels';
  const list = useListParams(CONTACT_FILTERS);
  const { mine, ...filters } = list.filters;
  const query = useApiQuery<Page<Contact>>('/api/contacts', {
    ...filters,
    recordedBy: mine === 'true' ? 'me' : undefined,
    limit: list.limit,
    offset: list.offset,
  });
  const { choices, error } = useContactChoices();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    query.reload();
  };
  const dateOf = (contact: Contact) => calendarDate(format, contact.date);

  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        intro={t('contacts.intro', { hours: CORRECTION_WINDOW_HOURS })}
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error ?? error} />
      <ContactFilters list={list} choices={choices} />
      <PagedResults
        data={query.data}
        loading={query.loading}
        offset={list.offset}
        limit={list.limit}
        onOffset={(offset) => list.update({ offset })}
      >
        {(page) => (
          <div className="contacts-list">
            <ContactTable
              page={page}
              busy={query.loading}
              choices={choices}
              onEdit={(contact) => setDialog({ kind: 'edit', contact })}
              onDelete={(contact) => setDialog({ kind: 'delete', contact })}
            />
          </div>
        )}
      </PagedResults>
      <Dialog
        open={dialog !== null}
        title={
          dialog
            ? t(dialog.kind === 'edit' ? 'contacts.edit.title' : 'contacts.delete.title', {
                date: dateOf(dialog.contact),
              })
            : ''
        }
        onClose={() => setDialog(null)}
      >
        {dialog?.kind === 'edit' ? (
          <ContactForm
            contact={dialog.contact}
            choices={choices}
            today={todayIn(timeZone, new Date())}
            onSaved={(saved) => done(t('contacts.updated', { date: dateOf(saved) }))}
            onCancel={() => setDialog(null)}
          />
        ) : dialog ? (
          <DeleteContact
            contact={dialog.contact}
            onDeleted={() => done(t('contacts.deleted', { date: dateOf(dialog.contact) }))}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
