import { CsvUploadForm, CsvUploadProgress } from '../../components/CsvUploadForm.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ImportReportPanel } from '../../components/ImportReportPanel.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCsvUpload } from '../../lib/csv-upload.ts';
import { useT } from '../../lib/i18n.tsx';
import { FormatHelp } from './FormatHelp.tsx';

/** Upload a CSV of contacts: progress while it is sent and checked, then the report. */
export function ImportContactsPage() {
  const t = useT();
  const upload = useCsvUpload('/api/imports/contacts');
  return (
    <>
      <PageHeader title={t('import.title')} intro={t('import.page.intro')} />
      <div className="stack">
        <CsvUploadForm
          idPrefix="import"
          busy={upload.busy}
          onSubmit={(choice) => void upload.start(choice)}
        />
        {upload.busy ? <CsvUploadProgress share={upload.share} /> : null}
        <ErrorAlert error={upload.error} />
        {upload.result ? (
          <ImportReportPanel
            report={upload.result.report}
            fileName={upload.result.fileName}
            fileErrorKey="import.outcome.fileError"
          />
        ) : null}
        <FormatHelp />
      </div>
    </>
  );
}
