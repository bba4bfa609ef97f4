import { useCallback, useMemo, useState } from 'react';
import { todayIn } from '../../../core/contacts/dates.ts';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import type { AnnualReport, ReportSection } from '../../../shared/schemas/reports.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useRequiredSession, useSession } from '../../lib/session.tsx';
import type { NarrativeStore } from './Narrative.tsx';
import { useReportParams } from './params.ts';
import { ReportBody } from './ReportBody.tsx';
import { ReportControls } from './ReportControls.tsx';
import { useReportText } from './report-text.ts';
import './report.css';

const NO_TAGS: ContactTag[] = [];

/**
 * The annual report: /reports/annual?year=&lang= — year and report language in the URL
 * (defaults: last year, the UI language), the report in that language, downloads in every
 * format, print-ready, and each section's narrative editable with `reports.edit`.
 */
export function AnnualReportPage() {
  const { t, lang: uiLang } = useI18n();
  const session = useRequiredSession();
  const { can } = useSession();
  const timeZone = session.currentOrganisation?.timeZone ?? 'Europe/Brussels';
  const [currentYear] = useState(() => Number(todayIn(timeZone, new Date()).slice(0, 4)));
  const params = useReportParams(uiLang, currentYear);
  const result = useApiQuery<AnnualReport>('/api/reports/annual', {
    year: params.year,
    lang: params.lang,
    format: 'json',
  });
  const tags = useApiQuery<ContactTag[]>('/api/contact-tags').data ?? NO_TAGS;
  // Never a wrong or blank report: while another edition loads, or when loading failed, the
  // report's place says so instead of keeping the previous edition on screen.
  const loaded = result.data;
  const sameEdition = loaded?.year === params.year && loaded.language === params.lang;
  const report = loaded && !result.error && (sameEdition || !result.loading) ? loaded : undefined;
  // The figures on screen may still be the previous edition's while the next loads: words and
  // edits follow what is shown.
  const text = useReportText(report?.language ?? params.lang, tags);
  const [saved, setSaved] = useState<Record<string, string>>({});
  const canEdit = can('reports.edit');

  const keep = useCallback(
    (year: number, lang: string, section: ReportSection, body: string) =>
      setSaved((current) => ({ ...current, [`${year}|${lang}|${section}`]: body })),
    [],
  );
  const store = useMemo<NarrativeStore | null>(
    () =>
      report
        ? {
            year: report.year,
            lang: report.language,
            canEdit,
            body: (section) =>
              saved[`${report.year}|${report.language}|${section}`] ??
              report.narratives[section] ??
              '',
            saved: (section, body) => keep(report.year, report.language, section, body),
          }
        : null,
    [report, canEdit, saved, keep],
  );

  return (
    <div className="annual-report">
      <div className="no-print">
        <PageHeader title={t('nav.annualReport')} intro={t('reports.intro')} />
      </div>
      <ReportControls
        year={params.year}
        lang={params.lang}
        currentYear={currentYear}
        onYear={params.setYear}
        onLang={params.setLang}
      />
      {report && store ? (
        <ReportBody report={report} text={text} store={store} busy={result.loading} />
      ) : result.error ? (
        <div className="card report-pending" data-testid="report-failed">
          <ErrorAlert error={result.error} />
          <p>{t('reports.controls.failed', { year: params.year })}</p>
          <Button onClick={result.reload}>{t('app.retry')}</Button>
        </div>
      ) : (
        <div className="card report-pending" data-testid="report-loading">
          <Spinner label={t('reports.controls.loading', { year: params.year })} />
        </div>
      )}
    </div>
  );
}
