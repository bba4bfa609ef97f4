import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from '../../components/Field.tsx';
import type { OptionGroup } from './catalog.ts';

interface GroupedSelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'id' | 'name'
> {
  id: string;
  name?: string;
  label: string;
  value: string;
  groups: readonly OptionGroup[];
  onChange(value: string): void;
  emptyOption?: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled native <select> whose options are grouped (<optgroup>), e.g. kinds by category. */
export function GroupedSelect({
  id,
  name,
  label,
  value,
  groups,
  onChange,
  emptyOption,
  hint,
  error,
  required,
  ...rest
}: GroupedSelectProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(describedBy) => (
        <select
          id={id}
          name={name}
          className="input select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...rest}
        >
          {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
