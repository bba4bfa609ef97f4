import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import { FormatHelp } from './FormatHelp.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { UploadForm, type UploadChoice } from './UploadForm.tsx';
import { uploadContacts, type ImportReport } from './upload.ts';
import './imports.css';

type Phase = { step: 'idle' } | { step: 'sending'; share: number } | { step: 'processing' };

/** Upload a CSV of contacts: progress while it is sent and checked, then the report. */
export function ImportContactsPage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [result, setResult] = useState<{ report: ImportReport; fileName: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async ({ file, skipInvalid, dryRun }: UploadChoice) => {
    setResult(null);
    setError(null);
    setPhase({ step: 'sending', share: 0 });
    try {
      const report = await uploadContacts(file, {
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

  // Announced in steps of a tenth, so a screen reader is not flooded.
  const share = phase.step === 'sending' ? Math.floor(phase.share * 10) / 10 : 1;
  return (
    <>
      <PageHeader title={t('import.title')} intro={t('import.page.intro')} />
      <div className="stack">
        <UploadForm busy={phase.step !== 'idle'} onSubmit={(choice) => void start(choice)} />
        {phase.step !== 'idle' ? (
          <div className="card import-progress">
            <progress
              max={1}
              value={phase.step === 'sending' ? phase.share : undefined}
              aria-label={t('import.page.progressLabel')}
            />
            <p role="status">
              {phase.step === 'sending'
                ? t('import.page.uploading', { percent: share })
                : t('import.page.processing')}
            </p>
          </div>
        ) : null}
        <ErrorAlert error={error} />
        {result ? <ImportReportView report={result.report} fileName={result.fileName} /> : null}
        <FormatHelp />
      </div>
    </>
  );
}
