import { useState } from 'react';
import { CsvUploadForm, CsvUploadProgress } from '../../components/CsvUploadForm.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ImportReportPanel } from '../../components/ImportReportPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCsvUpload } from '../../lib/csv-upload.ts';
import { useT } from '../../lib/i18n.tsx';
import { SurveyChoice, useSurveyChoice } from './SurveyChoice.tsx';
import { SurveyFormatHelp } from './SurveyFormatHelp.tsx';
import './survey-import.css';

/**
 * Upload of questionnaire answers collected on paper or in another tool: the
 * questionnaire, the CSV file and options, progress while it is sent and checked, then
 * the report; the format help lists the chosen questionnaire's columns and answer keys.
 * The questionnaire goes as `survey` (its short name; none for the visitor profile);
 * refusals (403, 404 for an unknown or draft questionnaire…) show as an error.
 */
export function ImportSurveyPage() {
  const t = useT();
  const [slug, setSlug] = useState('');
  const choice = useSurveyChoice(slug);
  const upload = useCsvUpload('/api/imports/surveys');

  return (
    <>
      <PageHeader
        title={t('surveyImport.title')}
        intro={
          <>
            {t('surveyImport.intro')}{' '}
            <a href="#survey-import-format">{t('surveyImport.formatLink')}</a>
          </>
        }
      />
      <div className="stack">
        <CsvUploadForm
          idPrefix="survey-import"
          busy={upload.busy}
          onSubmit={(chosen) => void upload.start(chosen, { survey: slug })}
        >
          <SurveyChoice
            value={slug}
            onChange={setSlug}
            surveys={choice.surveys}
            visitorProfileSlug={choice.visitorProfileSlug}
          />
        </CsvUploadForm>
        {upload.busy ? <CsvUploadProgress share={upload.share} /> : null}
        <ErrorAlert error={upload.error} />
        {upload.result ? (
          <ImportReportPanel
            report={upload.result.report}
            fileName={upload.result.fileName}
            fileErrorKey="import.outcome.surveyFileError"
            updates={false}
          />
        ) : null}
        <SurveyFormatHelp definition={choice.definition} />
      </div>
    </>
  );
}
