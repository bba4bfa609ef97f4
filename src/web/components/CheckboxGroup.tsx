import type { SelectOption } from './Select.tsx';

export interface CheckboxGroupProps {
  id: string;
  name?: string;
  legend: string;
  options: readonly SelectOption[];
  value: string[];
  onChange(value: string[]): void;
  error?: string | undefined;
  required?: boolean;
}

/** Several choices in a fieldset whose legend names the group (e.g. a member's roles). */
export function CheckboxGroup({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  required,
}: CheckboxGroupProps) {
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (option: string, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset className={`fieldset ${error ? 'field--invalid' : ''}`} aria-describedby={errorId}>
      <legend className="field__label">
        {legend}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="checkbox-grid">
        {options.map((option, index) => (
          <div className="checkbox" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={error && index === 0 ? true : undefined}
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
