import { useId } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import type { DateRange } from './period.ts';
import { rawExportUrl, resultsExportUrl, type ResultsQuery } from './params.ts';

interface Link {
  key: string;
  href: string;
  label: string;
}

/** Download links; `context` completes each link's name for screen readers. */
function Links({ links, context, testId }: { links: Link[]; context: string; testId: string }) {
  return (
    <ul className="results-downloads" data-testid={testId}>
      {links.map((link) => (
        <li key={link.key}>
          <a className="results-downloads__link" href={link.href} download>
            {link.label}
            <span className="visually-hidden"> ({context})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The aggregated figures of the current view (period, channel, answer filters and the
 * cross-table when one is chosen) as CSV with commas or semicolons, or XLSX; for org
 * admins also the raw answers of the period, whose download is audited.
 */
export function Exports({
  surveyId,
  query,
  period,
  cross,
}: {
  surveyId: string;
  query: ResultsQuery;
  period: DateRange;
  cross: { rows: string; columns: string } | null;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const raw = useSession().can('surveys.export_raw');
  const formats = [
    { key: 'csv', format: 'csv', semicolon: false, label: t('surveyResults.download.csvComma') },
    {
      key: 'csv-semicolon',
      format: 'csv',
      semicolon: true,
      label: t('surveyResults.download.csvSemicolon'),
    },
    { key: 'xlsx', format: 'xlsx', semicolon: false, label: t('surveyResults.download.xlsx') },
  ] as const;

  return (
    <section className="card results-exports no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('surveyResults.download.title')}</h2>
      <p className="results-note">
        {cross ? t('surveyResults.download.introCross') : t('surveyResults.download.intro')}
      </p>
      <Links
        testId="results-downloads"
        context={t('surveyResults.download.context')}
        links={formats.map((f) => ({
          key: f.key,
          label: f.label,
          href: resultsExportUrl(surveyId, { ...f, query, lang, cross }),
        }))}
      />
      {raw ? (
        <>
          <h3>{t('surveyResults.raw.title')}</h3>
          <p className="results-note">{t('surveyResults.raw.intro')}</p>
          <Links
            testId="raw-downloads"
            context={t('surveyResults.raw.context')}
            links={formats.map((f) => ({
              key: f.key,
              label: f.label,
              href: rawExportUrl(surveyId, { ...f, period }),
            }))}
          />
        </>
      ) : null}
    </section>
  );
}
