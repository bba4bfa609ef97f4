import { useId, useState, type FormEvent } from 'react';
import { ACTIVITY_STATUSES } from '../../../core/contacts/model.ts';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { useListParams } from '../../lib/list-params.ts';
import type { ActivityCatalog } from './catalog.ts';
import { GroupedSelect } from './fields.tsx';

export const FILTERS = ['from', 'to', 'kind', 'category', 'language', 'status', 'sort'] as const;
type FilterName = (typeof FILTERS)[number];

interface ActivityFiltersProps {
  list: ReturnType<typeof useListParams<FilterName>>;
  catalog: ActivityCatalog;
}

const EMPTY: Record<FilterName | 'q', string> = {
  q: '',
  from: '',
  to: '',
  kind: '',
  category: '',
  language: '',
  status: '',
  sort: '',
};

/** Period, kind, category, language, status and text, edited together and applied with one button. */
export function ActivityFilters({ list, catalog }: ActivityFiltersProps) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState({ ...EMPTY, q: list.q, ...list.filters });
  const set = (name: keyof typeof draft) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    list.update({ ...draft, q: draft.q.trim() });
  };
  const reset = () => {
    setDraft(EMPTY);
    list.update(EMPTY);
  };

  return (
    <form
      role="search"
      aria-label={t('activities.filters')}
      className="filters filters--stacked card"
      onSubmit={apply}
    >
      <div className="form-grid form-grid--4">
        <TextField
          id={`${id}-q`}
          label={t('activities.filter.text')}
          hint={t('activities.filter.text.hint')}
          type="search"
          value={draft.q}
          onChange={set('q')}
        />
        <TextField
          id={`${id}-from`}
          label={t('activities.filter.from')}
          type="date"
          value={draft.from}
          onChange={set('from')}
        />
        <TextField
          id={`${id}-to`}
          label={t('activities.filter.to')}
          type="date"
          value={draft.to}
          onChange={set('to')}
        />
        <GroupedSelect
          id={`${id}-kind`}
          label={t('activities.field.kind')}
          value={draft.kind}
          emptyOption={t('activities.filter.kind.all')}
          groups={catalog.options.kinds(false)}
          onChange={set('kind')}
        />
        <Select
          id={`${id}-category`}
          label={t('activities.field.category')}
          value={draft.category}
          emptyOption={t('activities.filter.category.all')}
          options={catalog.options.categories}
          onChange={set('category')}
        />
        <Select
          id={`${id}-language`}
          label={t('activities.field.language')}
          value={draft.language}
          emptyOption={t('activities.filter.language.all')}
          options={catalog.options.languages}
          onChange={set('language')}
        />
        <Select
          id={`${id}-status`}
          label={t('activities.field.status')}
          value={draft.status}
          emptyOption={t('activities.filter.status.all')}
          options={ACTIVITY_STATUSES.map((status) => ({
            value: status,
            label: t(`activityStatus.${status}`),
          }))}
          onChange={set('status')}
        />
        <Select
          id={`${id}-sort`}
          label={t('activities.filter.sort')}
          value={draft.sort || 'starts_desc'}
          options={[
            { value: 'starts_desc', label: t('activities.filter.sort.desc') },
            { value: 'starts_asc', label: t('activities.filter.sort.asc') },
          ]}
          onChange={(value) => set('sort')(value === 'starts_desc' ? '' : value)}
        />
      </div>
      <div className="filters__footer">
        <div className="form__actions">
          <Button type="submit" variant="primary">
            {t('activities.filter.apply')}
          </Button>
          <Button variant="ghost" onClick={reset}>
            {t('activities.filter.reset')}
          </Button>
        </div>
      </div>
    </form>
  );
}
