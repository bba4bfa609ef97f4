import type { AnnualReport } from '../../../shared/schemas/reports.ts';
import {
  CollectiveSection,
  EventsOutreachSection,
  TargetGroupsSection,
} from './ActivitySections.tsx';
import { ContactsSection } from './ContactsSection.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import type { NarrativeStore } from './Narrative.tsx';
import { ProgrammesSection } from './ProgrammesSection.tsx';
import type { ReportText } from './report-text.ts';
import { ReportSection } from './ReportSection.tsx';
import { SurveySection } from './SurveySection.tsx';

/**
 * The report itself, in the report's language (`lang` on the container, so screen readers
 * and hyphenation follow it): the title with the organisation and year, then every section
 * with its narrative. A year without any data says so instead of showing empty tables.
 */
export function ReportBody({
  report,
  text,
  store,
  busy,
}: {
  report: AnnualReport;
  text: ReportText;
  store: NarrativeStore;
  busy: boolean;
}) {
  const { t } = text;
  return (
    <article
      className="card report"
      lang={report.language}
      aria-busy={busy || undefined}
      data-testid="annual-report"
    >
      <header className="report__header">
        <h2 className="report__title">
          <span className="report__organisation">{report.organisationName}</span>{' '}
          <span className="report__year">{t('reports.title', { year: report.year })}</span>
        </h2>
        <p className="report__generated">
          {t('reports.generated', { date: text.instant(report.generatedAt) })}
        </p>
      </header>
      {report.empty ? (
        <p className="report__empty" data-testid="report-empty">
          {t('reports.empty', { year: report.year })}
        </p>
      ) : (
        <>
          <ReportSection section="introduction" text={text} store={store}>
            <KeyFigures report={report} text={text} />
          </ReportSection>
          <ContactsSection report={report} text={text} store={store} />
          <CollectiveSection report={report} text={text} store={store} />
          <EventsOutreachSection report={report} text={text} store={store} />
          <TargetGroupsSection report={report} text={text} store={store} />
          <SurveySection report={report} text={text} store={store} />
          <ProgrammesSection report={report} text={text} store={store} />
        </>
      )}
    </article>
  );
}
