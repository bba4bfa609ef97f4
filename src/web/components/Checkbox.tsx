import type { InputHTMLAttributes } from 'react';

export interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'checked' | 'id' | 'type'
> {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string | undefined;
  error?: string | undefined;
}

/** A native checkbox with its label as a 44 px touch target. */
export function Checkbox({
  id,
  label,
  checked,
  onChange,
  hint,
  error,
  className,
  ...rest
}: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`checkbox ${className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      <div className="checkbox__text">
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p className="field__hint" id={hintId}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field__error" id={errorId}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
