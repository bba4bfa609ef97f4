import { MAX_CONTACT_COUNT } from '../../../core/contacts/model.ts';
import { Button } from '../../components/Button.tsx';
import { FieldFrame } from '../../components/Field.tsx';
import { useT } from '../../lib/i18n.tsx';

/** A whole number ≥ 1 typed as text; null when it is not one. */
export function parseCount(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= MAX_CONTACT_COUNT ? value : null;
}

interface CountStepperProps {
  id: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

/** How many people the next entry counts: − and + buttons around a number field. */
export function CountStepper({ id, value, onChange, error }: CountStepperProps) {
  const t = useT();
  const current = parseCount(value) ?? 1;
  return (
    <FieldFrame id={id} label={t('frontDesk.count')} hint={t('frontDesk.count.hint')} error={error}>
      {(describedBy) => (
        <div className="stepper">
          <Button
            className="stepper__button"
            aria-label={t('frontDesk.count.less')}
            aria-controls={id}
            disabled={current <= 1}
            onClick={() => onChange(String(current - 1))}
          >
            <span aria-hidden="true">−</span>
          </Button>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            className="input stepper__input"
            min={1}
            max={MAX_CONTACT_COUNT}
            step={1}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
          <Button
            className="stepper__button"
            aria-label={t('frontDesk.count.more')}
            aria-controls={id}
            onClick={() => onChange(String(current + 1))}
          >
            <span aria-hidden="true">+</span>
          </Button>
        </div>
      )}
    </FieldFrame>
  );
}
