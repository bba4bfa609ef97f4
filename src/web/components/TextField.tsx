import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './Field.tsx';

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
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

/** A labelled text input with hint and error wired through aria-describedby and aria-invalid. */
export function TextField({
  id,
  name,
  label,
  value,
  onChange,
  hint,
  error,
  required,
  className,
  type = 'text',
  ...rest
}: TextFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      className={className}
    >
      {(describedBy) => (
        <input
          id={id}
          name={name}
          type={type}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={required || undefined}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}
