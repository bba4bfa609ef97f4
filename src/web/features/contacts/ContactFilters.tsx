import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { useListParams } from '../../lib/list-params.ts';
import { CONTACT_FILTERS, type ContactFilter } from './data.ts';
import type { ContactChoices } from './labels.ts';

interface ContactFiltersProps {
  list: ReturnType<typeof useListParams<ContactFilter>>;
  choices: ContactChoices;
}

const SELECTS = [
  { name: 'type', label: 'contacts.field.type', all: 'contacts.filter.type.all', from: 'types' },
  {
    name: 'theme',
    label: 'contacts.field.theme',
    all: 'contacts.filter.theme.all',
    from: 'themes',
  },
  {
    name: 'language',
    label: 'contacts.field.language',
    all: 'contacts.filter.language.all',
    from: 'languages',
  },
  {
    name: 'channel',
    label: 'contacts.field.channel',
    all: 'contacts.filter.channel.all',
    from: 'channels',
  },
  {
    name: 'locationId',
    label: 'contacts.field.location',
    all: 'contacts.filter.location.all',
    from: 'locations',
  },
  { name: 'tag', label: 'contacts.field.tags', all: 'contacts.filter.tag.all', from: 'tags' },
] as const;

const EMPTY = Object.fromEntries(CONTACT_FILTERS.map((name) => [name, ''])) as Record<
  ContactFilter,
  string
>;

/** Period and field filters, edited together and applied with one button (dates take several keys). */
export function ContactFilters({ list, choices }: ContactFiltersProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<Record<ContactFilter, string>>(list.filters);
  const set = (name: ContactFilter) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    list.update(draft);
  };
  const reset = () => {
    setDraft(EMPTY);
    list.update(EMPTY);
  };

  return (
    <form
      role="search"
      aria-label={t('contacts.filters')}
      className="filters filters--stacked card"
      onSubmit={apply}
    >
      <div className="form-grid form-grid--4">
        <TextField
          id={`${id}-from`}
          label={t('contacts.filter.from')}
          type="date"
          value={draft.from}
          onChange={set('from')}
        />
        <TextField
          id={`${id}-to`}
          label={t('contacts.filter.to')}
          type="date"
          value={draft.to}
          onChange={set('to')}
        />
        {SELECTS.map((select) => (
          <Select
            key={select.name}
            id={`${id}-${select.name}`}
            label={t(select.label)}
            value={draft[select.name]}
            emptyOption={t(select.all)}
            options={choices[select.from]}
            onChange={set(select.name)}
          />
        ))}
      </div>
      <div className="filters__footer">
        <Checkbox
          id={`${id}-mine`}
          label={t('contacts.filter.mine')}
          checked={draft.mine === 'true'}
          onChange={(checked) => set('mine')(checked ? 'true' : '')}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary">
            {t('contacts.filter.apply')}
          </Button>
          <Button variant="ghost" onClick={reset}>
            {t('contacts.filter.reset')}
          </Button>
        </div>
      </div>
    </form>
  );
}
