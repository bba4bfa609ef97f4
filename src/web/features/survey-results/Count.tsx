import { useT } from '../../lib/i18n.tsx';
import { useResultsFormat } from './numbers.ts';

/** The visible marker of a hidden count and a sentence saying why, for any reader. */
export function Suppressed({ threshold }: { threshold: number }) {
  const t = useT();
  return (
    <span className="results-suppressed" title={t('surveyResults.suppressed.title', { threshold })}>
      {t('survey.suppressed', { threshold })}
      <span className="visually-hidden"> ({t('surveyResults.suppressed.sr')})</span>
    </span>
  );
}

/** A count, or "< N" when small-cell suppression hid it. */
export function Count({
  value,
  suppressed,
  threshold,
}: {
  value: number | null;
  suppressed: boolean;
  threshold: number;
}) {
  const format = useResultsFormat();
  if (suppressed || value === null) return <Suppressed threshold={threshold} />;
  return <>{format.number(value)}</>;
}

/** A share (0–1) as a percentage; a dash (and "hidden" for screen readers) when suppressed. */
export function Share({ value }: { value: number | null }) {
  const t = useT();
  const format = useResultsFormat();
  if (value === null)
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('surveyResults.share.hidden')}</span>
      </>
    );
  return <>{format.share(value)}</>;
}

/** The plain-text form of a count, for chart summaries and print lines. */
export function useCountText() {
  const t = useT();
  const format = useResultsFormat();
  return (value: number | null, suppressed: boolean, threshold: number) =>
    suppressed || value === null ? t('survey.suppressed', { threshold }) : format.number(value);
}
