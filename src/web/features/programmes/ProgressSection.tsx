import { useEffect, useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { ProgrammeProgress } from '../../../shared/schemas/programmes.ts';
import { useProgrammeFormat } from './numbers.ts';
import { TargetProgressView } from './TargetProgressView.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Progress of every target as of a date (today by default; `?asOf=` in the address), with
 * the status rule written out. `revision` reloads it after the targets change.
 */
export function ProgressSection({
  programmeId,
  revision,
}: {
  programmeId: string;
  revision: number;
}) {
  const t = useT();
  const format = useProgrammeFormat();
  const headingId = useId();
  const fieldId = useId();
  const [params, setParams] = useSearchParams();
  const asOf = ISO_DATE.test(params.get('asOf') ?? '') ? params.get('asOf')! : '';
  const [draft, setDraft] = useState(asOf);
  const query = useApiQuery<ProgrammeProgress>(`/api/programmes/${programmeId}/progress`, {
    asOf,
  });
  const { reload } = query;
  useEffect(() => {
    if (revision) reload();
  }, [revision, reload]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (ISO_DATE.test(draft)) next.set('asOf', draft);
        else next.delete('asOf');
        return next;
      },
      { replace: true },
    );
  };
  const progress = query.data;

  return (
    <section className="card progress" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('programmes.progress.title')}</h2>
      <form className="progress__as-of" onSubmit={apply} noValidate>
        <TextField
          id={fieldId}
          label={t('programmes.progress.asOf')}
          hint={t('programmes.progress.asOf.hint')}
          type="date"
          value={draft}
          onChange={setDraft}
        />
        <Button type="submit">{t('programmes.progress.show')}</Button>
      </form>
      <ErrorAlert error={query.error} />
      {progress ? (
        <>
          <p className="progress__as-of-text" aria-live="polite">
            {t('programmes.progress.asOfText', { date: format.date(progress.asOf) })}
          </p>
          <div className="progress__rule">
            <h3>{t('programmes.rule.title')}</h3>
            <p>{t('programmes.rule', { margin: Math.round(progress.rule.atRiskMargin * 100) })}</p>
          </div>
          {progress.targets.length === 0 ? (
            <p className="muted">{t('programmes.targets.empty')}</p>
          ) : (
            progress.targets.map((entry) => (
              <TargetProgressView key={entry.target.id} progress={entry} asOf={progress.asOf} />
            ))
          )}
        </>
      ) : query.loading ? (
        <Spinner />
      ) : null}
    </section>
  );
}
