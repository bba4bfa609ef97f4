import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import { matchingQuickPeriod, QUICK_PERIODS, quickPeriod, type DateRange } from './period.ts';

/**
 * The period: quick choices (toggle buttons, the one in force pressed) and two dates
 * applied together; either date may stay empty for an open end.
 */
export function PeriodFilter({
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
    if (draft.from && draft.to && draft.to < draft.from) {
      setError(t('issue.period_reversed'));
      // The field with the problem takes the focus, so its message is read out.
      document.getElementById(`${id}-to`)?.focus();
      return;
    }
    setError(undefined);
    onChange(draft);
  };

  return (
    <fieldset className="fieldset results-period">
      <legend className="field__label">{t('surveyResults.period')}</legend>
      <div className="results-quick" role="group" aria-label={t('surveyResults.period.quick')}>
        {QUICK_PERIODS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="results-quick__item"
            aria-pressed={quick === kind}
            onClick={() => onChange(quickPeriod(kind, today))}
          >
            {t(`surveyResults.period.${kind}`)}
          </button>
        ))}
      </div>
      <form className="results-period__dates" onSubmit={apply} noValidate>
        <TextField
          id={`${id}-from`}
          label={t('surveyResults.period.from')}
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          onChange={(from) => setDraft((d) => ({ ...d, from }))}
        />
        <TextField
          id={`${id}-to`}
          label={t('surveyResults.period.to')}
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          error={error}
          onChange={(to) => setDraft((d) => ({ ...d, to }))}
        />
        <Button type="submit">{t('surveyResults.period.apply')}</Button>
      </form>
    </fieldset>
  );
}
