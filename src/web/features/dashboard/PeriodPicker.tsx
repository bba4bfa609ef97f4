import { useId, useState, type FormEvent } from 'react';
import { yearEarlier } from '../../../core/contacts/dates.ts';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useNumbers } from './numbers.ts';
import { hasNext, isoWeek, PERIOD_KINDS, periodOf, shiftPeriod, type Period } from './period.ts';

/** The period's name: a day, "week 10, 2026", "March 2026", "2026" or the range. */
function usePeriodName() {
  const t = useT();
  const numbers = useNumbers();
  return (period: Period) => {
    switch (period.kind) {
      case 'day':
        return numbers.date(period.from);
      case 'week': {
        const { week, year } = isoWeek(period.from);
        return t('dashboard.period.weekName', { week: String(week), year: String(year) });
      }
      case 'month':
        return numbers.month(period.from.slice(0, 7));
      case 'year':
        return period.from.slice(0, 4);
      case 'custom':
        return numbers.range(period.from, period.to);
    }
  };
}

/**
 * Day, week, month, year or a custom range (native radios: arrow keys move between them),
 * with previous/next; the chosen period and the one it is compared with are announced.
 */
export function PeriodPicker({
  period,
  today,
  onChange,
}: {
  period: Period;
  today: string;
  onChange(period: Period): void;
}) {
  const t = useT();
  const id = useId();
  const numbers = useNumbers();
  const name = usePeriodName();
  const [draft, setDraft] = useState({ from: period.from, to: period.to });
  const [error, setError] = useState<string | undefined>();
  // The dates follow a period chosen elsewhere (previous/next, the browser's back button).
  const [shown, setShown] = useState(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setDraft({ from: period.from, to: period.to });
  }

  const choose = (kind: Period['kind']) => {
    setError(undefined);
    if (kind === 'custom') onChange(periodOf('custom', period.to, today, period));
    else onChange(periodOf(kind, period.kind === 'custom' ? period.to : period.anchor, today));
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problem =
      !draft.from || !draft.to
        ? 'issue.invalid_date'
        : draft.to < draft.from
          ? 'issue.period_reversed'
          : null;
    setError(problem ? t(problem) : undefined);
    // The field with the problem takes the focus, so its message is read out.
    if (problem) document.getElementById(`${id}-to`)?.focus();
    else onChange(periodOf('custom', draft.to, today, draft));
  };
  const step = (direction: -1 | 1) => {
    onChange(shiftPeriod(period, direction, today));
  };

  return (
    <section className="card dashboard-period" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="visually-hidden">
        {t('dashboard.period.title')}
      </h2>
      <fieldset className="segmented no-print">
        <legend className="field__label">{t('dashboard.period.kind')}</legend>
        {PERIOD_KINDS.map((kind) => (
          <span key={kind} className="segmented__item">
            <input
              type="radio"
              id={`${id}-${kind}`}
              name={`${id}-kind`}
              value={kind}
              checked={period.kind === kind}
              onChange={() => choose(kind)}
            />
            <label htmlFor={`${id}-${kind}`}>{t(`dashboard.period.${kind}`)}</label>
          </span>
        ))}
      </fieldset>
      {period.kind === 'custom' ? (
        <form className="dashboard-period__custom no-print" onSubmit={apply} noValidate>
          <TextField
            id={`${id}-from`}
            label={t('dashboard.period.from')}
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(from) => setDraft((d) => ({ ...d, from }))}
          />
          <TextField
            id={`${id}-to`}
            label={t('dashboard.period.to')}
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            error={error}
            onChange={(to) => setDraft((d) => ({ ...d, to }))}
          />
          <Button type="submit" variant="primary">
            {t('dashboard.period.apply')}
          </Button>
        </form>
      ) : null}
      <div className="dashboard-period__nav">
        <Button className="no-print" onClick={() => step(-1)}>
          <span aria-hidden="true">‹ </span>
          {t('dashboard.period.previous', { kind: period.kind })}
        </Button>
        <p className="dashboard-period__name" aria-live="polite" aria-atomic="true">
          <strong>{name(period)}</strong>
          <span>
            {period.kind !== 'custom' ? `${numbers.range(period.from, period.to)} · ` : ''}
            {t('dashboard.period.compared', {
              range: numbers.range(yearEarlier(period.from), yearEarlier(period.to)),
            })}
          </span>
        </p>
        {/* aria-disabled keeps the button focused when it reaches the current period. */}
        <Button
          className="no-print"
          onClick={() => hasNext(period, today) && step(1)}
          aria-disabled={!hasNext(period, today) || undefined}
        >
          {t('dashboard.period.next', { kind: period.kind })}
          <span aria-hidden="true"> ›</span>
        </Button>
      </div>
    </section>
  );
}
