import { useId } from 'react';
import { SearchBox } from '../../components/SearchBox.tsx';
import { Select } from '../../components/Select.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { useListParams } from '../../lib/list-params.ts';
import { locationKindOptions } from '../../lib/options.ts';

interface LocationFiltersProps {
  list: ReturnType<typeof useListParams<'active' | 'kind'>>;
}

/** Text search plus the active and kind filters; every change goes back to page one. */
export function LocationFilters({ list }: LocationFiltersProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="filters">
      <SearchBox
        label={t('locations.search')}
        value={list.q}
        onSearch={(q) => list.update({ q })}
      />
      <Select
        id={`${id}-active`}
        label={t('locations.filter.status')}
        value={list.filters.active}
        emptyOption={t('locations.filter.status.all')}
        options={[
          { value: 'true', label: t('locations.status.active') },
          { value: 'false', label: t('locations.status.inactive') },
        ]}
        onChange={(active) => list.update({ active })}
      />
      <Select
        id={`${id}-kind`}
        label={t('locations.field.kind')}
        value={list.filters.kind}
        emptyOption={t('locations.filter.kind.all')}
        options={locationKindOptions(t)}
        onChange={(kind) => list.update({ kind })}
      />
    </div>
  );
}
