import type { ReactNode } from 'react';
import type { SelectOption } from '../../components/Select.tsx';

interface ToggleGroupProps {
  id: string;
  legend: string;
  options: readonly SelectOption[];
  value: string;
  onChange(value: string): void;
  /** More controls inside the group (e.g. a select for the less frequent choices). */
  children?: ReactNode;
}

/**
 * One choice among a few, shown as large toggle buttons: native radio buttons under the
 * hood, so Tab enters the group and the arrow keys move the choice.
 */
export function ToggleGroup({ id, legend, options, value, onChange, children }: ToggleGroupProps) {
  return (
    <fieldset className="fieldset toggle-group">
      <legend className="field__label">{legend}</legend>
      <div className="toggle-group__options">
        {options.map((option) => (
          <label key={option.value} className="toggle" htmlFor={`${id}-${option.value || 'none'}`}>
            <input
              id={`${id}-${option.value || 'none'}`}
              type="radio"
              className="toggle__input"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="toggle__face" lang={option.lang}>
              {option.label}
            </span>
          </label>
        ))}
        {children}
      </div>
    </fieldset>
  );
}
