import type { SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
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

interface TextAreaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'onChange' | 'value' | 'id' | 'name'
> {
  id: string;
  name?: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A labelled multi-line text field with hint and error wired like TextField. */
export function TextArea({
  id,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  ...rest
}: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={name}
          className="input activity-textarea"
          value={value}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}
