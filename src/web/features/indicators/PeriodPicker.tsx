import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import { matchingQuickPeriod, QUICK_PERIODS, quickPeriod, type DateRange } from './period.ts';

/**
 * The period: quick choices (toggle buttons, the one in force pressed) and two dates
 * applied together. A reversed period is refused at the "to" field, which takes the focus.
 */
export function PeriodPicker({
  period,
  today,
  onChange,
}: {
  period: DateRange;
  today: string;
  onChange(period: DateRange): void;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(period);
  const [error, setError] = useState<string | undefined>();
  // The dates follow a period chosen elsewhere (a quick choice, the browser's back button).
  const [shown, setShown] = useState(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setDraft(period);
    setError(undefined);
  }
  const quick = matchingQuickPeriod(period, today);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.to < draft.from) {
      setError(t(!draft.from || !draft.to ? 'issue.required' : 'issue.period_reversed'));
      document.getElementById(`${id}-${draft.from ? 'to' : 'from'}`)?.focus();
      return;
    }
    setError(undefined);
    onChange(draft);
  };

  return (
    <fieldset className="fieldset indicator-period">
      <legend className="field__label">{t('indicators.period')}</legend>
      <div className="indicator-quick" role="group" aria-label={t('indicators.period.quick')}>
        {QUICK_PERIODS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="indicator-quick__item"
            aria-pressed={quick === kind}
            onClick={() => onChange(quickPeriod(kind, today))}
          >
            {t(`indicators.period.${kind}`)}
          </button>
        ))}
      </div>
      <form className="indicator-period__dates" onSubmit={apply} noValidate>
        <TextField
          id={`${id}-from`}
          label={t('indicators.period.from')}
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          error={draft.from ? undefined : error}
          onChange={(from) => setDraft((d) => ({ ...d, from }))}
        />
        <TextField
          id={`${id}-to`}
          label={t('indicators.period.to')}
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          error={draft.from ? error : undefined}
          onChange={(to) => setDraft((d) => ({ ...d, to }))}
        />
        <Button type="submit">{t('indicators.period.apply')}</Button>
      </form>
    </fieldset>
  );
}
