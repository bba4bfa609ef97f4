import { useState } from 'react';
import { useT } from '../../lib/i18n.tsx';
import type { ProgrammeSummary } from '../../../shared/schemas/programmes.ts';

type Organisation = ProgrammeSummary['owner'];

interface PartnerPickerProps {
  id: string;
  candidates: readonly Organisation[];
  value: string[];
  onChange(value: string[]): void;
  error: string | undefined;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The partner organisations as a checkbox list with a search box that narrows it while
 * typing (Enter does not send the form); chosen organisations always stay in view.
 */
export function PartnerPicker({ id, candidates, value, onChange, error }: PartnerPickerProps) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const needle = fold(filter.trim());
  const shown = candidates.filter(
    (org) => value.includes(org.id) || !needle || fold(`${org.name} ${org.slug}`).includes(needle),
  );
  const toggle = (orgId: string, checked: boolean) =>
    onChange(checked ? [...value, orgId] : value.filter((chosen) => chosen !== orgId));
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  return (
    <fieldset
      className={`fieldset partner-picker ${error ? 'field--invalid' : ''}`}
      aria-describedby={error ? `${errorId} ${hintId}` : hintId}
    >
      <legend className="field__label">{t('programmes.field.partners')}</legend>
      <p className="field__hint" id={hintId}>
        {t('programmes.partners.hint')}
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="field partner-picker__search">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('programmes.partners.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="input"
          value={filter}
          autoComplete="off"
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <p className="partner-picker__count" aria-live="polite">
        {t('programmes.partners.chosen', { count: value.length })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">
          {candidates.length ? t('programmes.partners.noMatch') : t('programmes.partners.none')}
        </p>
      ) : (
        <ul className="partner-picker__list">
          {shown.map((org, index) => (
            <li className="checkbox" key={org.id}>
              <input
                id={`${id}-${org.id}`}
                type="checkbox"
                checked={value.includes(org.id)}
                onChange={(event) => toggle(org.id, event.target.checked)}
                aria-invalid={error && index === 0 ? true : undefined}
              />
              <div className="checkbox__text">
                <label htmlFor={`${id}-${org.id}`}>{org.name}</label>
              </div>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
