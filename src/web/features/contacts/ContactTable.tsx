import { Button } from '../../components/Button.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { labelOf } from '../../lib/labels.ts';
import type { Page } from '../../lib/query.ts';
import type { Contact } from '../../../shared/schemas/contacts.ts';
import { calendarDate, type ContactChoices } from './labels.ts';

interface ContactTableProps {
  page: Page<Contact>;
  busy: boolean;
  choices: ContactChoices;
  onEdit(contact: Contact): void;
  onDelete(contact: Contact): void;
}

export function ContactTable({ page, busy, choices, onEdit, onDelete }: ContactTableProps) {
  const { t, format } = useI18n();
  const date = (value: string) => calendarDate(format, value);
  const none = <span className="muted">{t('list.none')}</span>;
  const or = (text: string) => text || none;
  const rowName = (contact: Contact) => `${date(contact.date)} ${t(`contactType.${contact.type}`)}`;

  return (
    <Table
      caption={t('contacts.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(contact) => contact.id}
      empty={t('contacts.empty')}
      columns={[
        {
          key: 'date',
          header: t('contacts.field.date'),
          rowHeader: true,
          className: 'cell-nowrap',
          cell: (contact) => (
            <>
              <time dateTime={contact.date}>{date(contact.date)}</time>
              {contact.time ? <span className="cell-sub">{contact.time}</span> : null}
            </>
          ),
        },
        {
          key: 'type',
          header: t('contacts.field.typeAndChannel'),
          cell: (contact) => (
            <>
              {t(`contactType.${contact.type}`)}
              {contact.channel ? (
                <span className="cell-sub">{labelOf(choices.channels, contact.channel)}</span>
              ) : null}
            </>
          ),
        },
        {
          key: 'count',
          header: t('contacts.field.count'),
          className: 'cell-nowrap',
          cell: (contact) => format.number(contact.count),
        },
        {
          key: 'theme',
          header: t('contacts.field.themeAndLanguage'),
          cell: (contact) => (
            <>
              {or(labelOf(choices.themes, contact.theme))}
              {contact.language ? (
                <span className="cell-sub">{labelOf(choices.languages, contact.language)}</span>
              ) : null}
            </>
          ),
        },
        {
          key: 'place',
          header: t('contacts.field.place'),
          cell: (contact) =>
            contact.locationId || contact.municipality ? (
              <>
                {labelOf(choices.locations, contact.locationId)}
                {contact.municipality ? (
                  <span className="cell-sub">
                    {labelOf(choices.municipalities, contact.municipality)}
                  </span>
                ) : null}
              </>
            ) : (
              none
            ),
        },
        {
          key: 'tags',
          header: t('contacts.field.tags'),
          cell: (contact) => or(contact.tags.map((tag) => labelOf(choices.tags, tag)).join(', ')),
        },
        {
          key: 'recorded',
          header: t('contacts.field.recordedBy'),
          cell: (contact) =>
            contact.recordedByName ?? (
              <span className="muted">{t('contacts.recordedBy.unknown')}</span>
            ),
        },
        {
          key: 'actions',
          header: t('list.actions'),
          className: 'cell-actions',
          cell: (contact) =>
            contact.editable ? (
              <div className="row-actions">
                <Button size="small" onClick={() => onEdit(contact)}>
                  {t('action.edit')}
                  <span className="visually-hidden"> {rowName(contact)}</span>
                </Button>
                <Button size="small" variant="danger" onClick={() => onDelete(contact)}>
                  {t('contacts.delete')}
                  <span className="visually-hidden"> {rowName(contact)}</span>
                </Button>
              </div>
            ) : (
              <span className="muted">{t('contacts.locked')}</span>
            ),
        },
      ]}
    />
  );
}
