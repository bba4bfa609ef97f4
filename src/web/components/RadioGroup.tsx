import type { SelectOption } from './Select.tsx';

export interface RadioGroupProps {
  id: string;
  legend: string;
  hint?: string | undefined;
  options: readonly SelectOption[];
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
}

/**
 * One choice among a few, as native radios in a fieldset named by its legend: Tab enters
 * the group, the arrow keys move the choice. Hint and error are read with the group.
 */
export function RadioGroup({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  required,
}: RadioGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      className={`fieldset ${error ? 'field--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">
        {legend}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
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
      <div className="checkbox-grid">
        {options.map((option) => (
          <div className="checkbox" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-invalid={error && (value === option.value || !value) ? true : undefined}
            />
            <div className="checkbox__text">
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
