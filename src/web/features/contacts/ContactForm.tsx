import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { ApiError, api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import type { Contact, UpdateContactInput } from '../../../shared/schemas/contacts.ts';
import type { ContactChoices } from './labels.ts';

interface ContactFormProps {
  contact: Contact;
  choices: ContactChoices;
  /** Today in the organisation's zone: a contact cannot be dated later. */
  today: string;
  onSaved(contact: Contact): void;
  onCancel(): void;
}

type Body = Required<
  Pick<
    UpdateContactInput,
    | 'date'
    | 'time'
    | 'type'
    | 'count'
    | 'theme'
    | 'language'
    | 'channel'
    | 'locationId'
    | 'municipality'
    | 'tags'
  >
>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Corrects an entry; only the fields that changed are sent, field errors show beside them. */
export function ContactForm({ contact, choices, today, onSaved, onCancel }: ContactFormProps) {
  const t = useT();
  const form = useForm(
    {
      date: contact.date,
      time: contact.time ?? '',
      type: contact.type as string,
      count: String(contact.count),
      theme: contact.theme ?? '',
      language: contact.language ?? '',
      channel: contact.channel ?? '',
      locationId: contact.locationId ?? '',
      municipality: contact.municipality ?? '',
      tags: contact.tags,
    },
    { required: ['date', 'type', 'count'] },
  );
  const unknownTags = contact.tags
    .filter((tag) => !choices.tags.some((option) => option.value === tag))
    .map((tag) => ({ value: tag, label: tag }));

  const submit = async (values: typeof form.values) => {
    if (!/^\s*\d+\s*$/.test(values.count) || Number(values.count) < 1)
      throw new ApiError(0, 'VALIDATION_FAILED', {}, [{ path: 'count', code: 'not_whole_number' }]);
    const next: Body = {
      date: values.date,
      time: values.time || null,
      type: values.type as Body['type'],
      count: Number(values.count),
      theme: (values.theme || null) as Body['theme'],
      language: values.language || null,
      channel: (values.channel || null) as Body['channel'],
      locationId: values.locationId || null,
      municipality: values.municipality || null,
      tags: [...values.tags].sort(),
    };
    const before: Body = { ...contact, tags: [...contact.tags].sort() };
    const body = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => !same(value, before[key as keyof Body])),
    );
    if (Object.keys(body).length === 0) return onSaved(contact);
    onSaved(await api.patch<Contact>(`/api/contacts/${contact.id}`, body));
  };

  const none = t('contacts.none');
  return (
    <Form form={form} onSubmit={submit}>
      <div className="form-grid">
        <TextField
          {...form.field('date')}
          type="date"
          max={today}
          label={t('contacts.field.date')}
          required
        />
        <TextField
          {...form.field('time')}
          type="time"
          label={t('contacts.field.time')}
          hint={t('contacts.field.time.hint')}
        />
        <Select
          {...form.field('type')}
          label={t('contacts.field.type')}
          options={choices.types}
          required
        />
        <TextField
          {...form.field('count')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          label={t('contacts.field.count')}
          required
        />
        <Select
          {...form.field('theme')}
          label={t('contacts.field.theme')}
          emptyOption={none}
          options={choices.themes}
        />
        <Select
          {...form.field('language')}
          label={t('contacts.field.language')}
          emptyOption={none}
          options={choices.languages}
        />
        <Select
          {...form.field('channel')}
          label={t('contacts.field.channel')}
          emptyOption={none}
          options={choices.channels}
        />
        <Select
          {...form.field('locationId')}
          label={t('contacts.field.location')}
          emptyOption={none}
          options={choices.locations}
        />
        <Select
          {...form.field('municipality')}
          label={t('contacts.field.municipality')}
          hint={t('contacts.field.municipality.hint')}
          emptyOption={none}
          options={choices.municipalities}
        />
      </div>
      {choices.tags.length || unknownTags.length ? (
        <CheckboxGroup
          {...form.field('tags')}
          legend={t('contacts.field.tags')}
          options={[...choices.tags, ...unknownTags]}
        />
      ) : null}
      <SubmitCancel label={t('action.save')} pending={form.pending} onCancel={onCancel} />
    </Form>
  );
}
