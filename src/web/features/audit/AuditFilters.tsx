import { useId, useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS } from '../../../shared/schemas/audit.ts';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { useListParams } from '../../lib/list-params.ts';

interface AuditFiltersProps {
  list: ReturnType<typeof useListParams<'action' | 'from' | 'to' | 'personalData' | 'scope'>>;
  /** Installation admins may also read events outside any organisation (log-ins, set-up). */
  installationAdmin: boolean;
}

/** Filters are edited together and applied with one button (dates are typed in several steps). */
export function AuditFilters({ list, installationAdmin }: AuditFiltersProps) {
  const { t, tDynamic } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState({ q: list.q, ...list.filters });
  const set = (name: keyof typeof draft) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    list.update({
      q: draft.q.trim(),
      action: draft.action,
      from: draft.from,
      to: draft.to,
      personalData: draft.personalData,
      scope: draft.scope,
    });
  };
  const reset = () => {
    const empty = { q: '', action: '', from: '', to: '', personalData: '', scope: '' };
    setDraft(empty);
    list.update(empty);
  };
  const actionOptions = AUDIT_ACTIONS.map((action) => ({
    value: action,
    label: tDynamic(`audit.action.${action}`, undefined, action),
  })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <form
      role="search"
      aria-label={t('audit.filters')}
      className="filters filters--stacked card"
      onSubmit={apply}
    >
      <div className="form-grid form-grid--4">
        <TextField
          id={`${id}-q`}
          label={t('audit.filter.text')}
          hint={t('audit.filter.text.hint')}
          type="search"
          value={draft.q}
          onChange={set('q')}
        />
        <Select
          id={`${id}-action`}
          label={t('audit.field.action')}
          value={draft.action}
          emptyOption={t('audit.filter.action.all')}
          options={actionOptions}
          onChange={set('action')}
        />
        {installationAdmin ? (
          <Select
            id={`${id}-scope`}
            label={t('audit.filter.scope')}
            value={draft.scope}
            emptyOption={t('audit.scope.organisation')}
            options={[{ value: 'installation', label: t('audit.scope.installation') }]}
            onChange={set('scope')}
          />
        ) : null}
        <TextField
          id={`${id}-from`}
          label={t('audit.filter.from')}
          type="date"
          value={draft.from}
          onChange={set('from')}
        />
        <TextField
          id={`${id}-to`}
          label={t('audit.filter.to')}
          type="date"
          value={draft.to}
          onChange={set('to')}
        />
      </div>
      <div className="filters__footer">
        <Checkbox
          id={`${id}-personal`}
          label={t('audit.filter.personalData')}
          checked={draft.personalData === 'true'}
          onChange={(checked) => set('personalData')(checked ? 'true' : '')}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary">
            {t('audit.filter.apply')}
          </Button>
          <Button variant="ghost" onClick={reset}>
            {t('audit.filter.reset')}
          </Button>
        </div>
      </div>
    </form>
  );
}
