import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './Field.tsx';

export interface TextAreaProps extends Omit<
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
  required,
  className,
  rows = 3,
  ...rest
}: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      {(describedBy) => (
        <textarea
          id={id}
          name={name}
          className={`input textarea ${className ?? ''}`}
          value={value}
          rows={rows}
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
