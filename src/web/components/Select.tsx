import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './Field.tsx';

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

export interface SelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'id' | 'name'
> {
  id: string;
  name?: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** An empty first option (e.g. "all kinds", "none"). */
  emptyOption?: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Keeps the label for screen readers only (compact toolbars). */
  hideLabel?: boolean;
}

/** A labelled native <select>: keyboard and screen-reader support come with the platform. */
export function Select({
  id,
  name,
  label,
  value,
  options,
  onChange,
  emptyOption,
  hint,
  error,
  required,
  hideLabel,
  className,
  ...rest
}: SelectProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={`${hideLabel ? 'field--hidden-label' : ''} ${className ?? ''}`}
    >
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
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
