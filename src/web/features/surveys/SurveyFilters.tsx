import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SURVEY_STATUSES } from '../../../core/surveys/model.ts';
import { useT } from '../../lib/i18n.tsx';
import type { useListParams } from '../../lib/list-params.ts';

export const FILTERS = ['status'] as const;

interface SurveyFiltersProps {
  list: ReturnType<typeof useListParams<(typeof FILTERS)[number]>>;
}

/** Text (title or short name) and status, applied together with one button. */
export function SurveyFilters({ list }: SurveyFiltersProps) {
  const t = useT();
  const id = useId();
  const [q, setQ] = useState(list.q);
  const [status, setStatus] = useState(list.filters.status);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    list.update({ q: q.trim(), status });
  };
  return (
    <form role="search" aria-label={t('surveys.filters')} className="filters card" onSubmit={apply}>
      <TextField
        id={`${id}-q`}
        label={t('surveys.filter.text')}
        type="search"
        value={q}
        onChange={setQ}
      />
      <Select
        id={`${id}-status`}
        label={t('surveys.field.status')}
        value={status}
        emptyOption={t('surveys.filter.status.all')}
        options={SURVEY_STATUSES.map((value) => ({
          value,
          label: t(`survey.status.${value}`),
        }))}
        onChange={setStatus}
      />
      <div className="field">
        <Button type="submit" variant="primary">
          {t('surveys.filter.apply')}
        </Button>
      </div>
    </form>
  );
}
