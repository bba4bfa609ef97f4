import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { useListParams } from '../../lib/list-params.ts';

export const FILTERS = ['role'] as const;

interface ProgrammeFiltersProps {
  list: ReturnType<typeof useListParams<(typeof FILTERS)[number]>>;
}

/** Name search and the organisation's role (owner or partner), applied with one button. */
export function ProgrammeFilters({ list }: ProgrammeFiltersProps) {
  const t = useT();
  const id = useId();
  const [q, setQ] = useState(list.q);
  const [role, setRole] = useState(list.filters.role);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    list.update({ q: q.trim(), role });
  };
  return (
    <form
      role="search"
      aria-label={t('programmes.filters')}
      className="filters card"
      onSubmit={apply}
    >
      <TextField
        id={`${id}-q`}
        label={t('programmes.filter.text')}
        type="search"
        value={q}
        onChange={setQ}
      />
      <Select
        id={`${id}-role`}
        label={t('programmes.filter.role')}
        value={role}
        emptyOption={t('programmes.filter.role.all')}
        options={[
          { value: 'owner', label: t('programmes.filter.role.owner') },
          { value: 'partner', label: t('programmes.filter.role.partner') },
        ]}
        onChange={setRole}
      />
      <div className="field">
        <Button type="submit" variant="primary">
          {t('programmes.filter.apply')}
        </Button>
      </div>
    </form>
  );
}
