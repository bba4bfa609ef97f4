import { useState } from 'react';
import {
  CsvUploadForm,
  CsvUploadProgress,
  type CsvUploadChoice,
} from '../../components/CsvUploadForm.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ImportReportPanel } from '../../components/ImportReportPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import type { ImportReport } from '../../../shared/schemas/imports.ts';
import { SurveyChoice, useSurveyChoice } from './SurveyChoice.tsx';
import { SurveyFormatHelp } from './SurveyFormatHelp.tsx';
import { uploadAnswers } from './upload.ts';
import './survey-import.css';

type Phase = { step: 'idle' } | { step: 'sending'; share: number } | { step: 'processing' };

/**
 * Upload of questionnaire answers collected on paper or in another tool: the
 * questionnaire, the CSV file and options, progress while it is sent and checked, then
 * the report; the format help lists the chosen questionnaire's columns and answer keys.
 */
export function ImportSurveyPage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const [slug, setSlug] = useState('');
  const choice = useSurveyChoice(slug);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [result, setResult] = useState<{ report: ImportReport; fileName: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async ({ file, skipInvalid, dryRun }: CsvUploadChoice) => {
    setResult(null);
    setError(null);
    setPhase({ step: 'sending', share: 0 });
    try {
      const report = await uploadAnswers(file, {
        survey: slug,
        skipInvalid,
        dryRun,
        lang,
        csrfToken: session?.csrfToken ?? null,
        onProgress: (sent, total) =>
          setPhase(
            sent >= total ? { step: 'processing' } : { step: 'sending', share: sent / total },
          ),
      });
      setResult({ report, fileName: file.name });
    } catch (failure) {
      setError(failure);
    } finally {
      setPhase({ step: 'idle' });
    }
  };

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
          busy={phase.step !== 'idle'}
          onSubmit={(chosen) => void start(chosen)}
        >
          <SurveyChoice
            value={slug}
            onChange={setSlug}
            surveys={choice.surveys}
            visitorProfileSlug={choice.visitorProfileSlug}
          />
        </CsvUploadForm>
        {phase.step !== 'idle' ? (
          <CsvUploadProgress share={phase.step === 'sending' ? phase.share : null} />
        ) : null}
        <ErrorAlert error={error} />
        {result ? (
          <ImportReportPanel
            report={result.report}
            fileName={result.fileName}
            fileErrorKey="import.outcome.surveyFileError"
            updates={false}
          />
        ) : null}
        <SurveyFormatHelp definition={choice.definition} />
      </div>
    </>
  );
}
