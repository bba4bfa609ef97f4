import { useRef, useState, type DragEvent, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { Button } from './Button.tsx';
import { Checkbox } from './Checkbox.tsx';
import './csv-import.css';

export interface CsvUploadChoice {
  file: File;
  skipInvalid: boolean;
  dryRun: boolean;
}

/**
 * The form of a CSV import page: any fields of the page's own first (`children`), then the
 * file (picked with the keyboard, or dropped on the area), the options "skip invalid rows"
 * and "trial run", and the button. Asks for a file when none is chosen, with the focus
 * back on the picker.
 */
export function CsvUploadForm({
  busy,
  onSubmit,
  idPrefix = 'csv-upload',
  children,
}: {
  busy: boolean;
  onSubmit(choice: CsvUploadChoice): void;
  idPrefix?: string;
  children?: ReactNode;
}) {
  const { t, format } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [missing, setMissing] = useState(false);
  const [over, setOver] = useState(false);
  const id = (part: string) => `${idPrefix}-${part}`;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    if (chosen) setMissing(false);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = event.dataTransfer.files;
    if (!files.length) return;
    if (input.current) input.current.files = files;
    choose(files[0]!);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    onSubmit({ file, skipInvalid, dryRun });
  };
  const size = (bytes: number) => {
    const [unit, divisor] = bytes < 1_048_576 ? ['kilobyte', 1024] : ['megabyte', 1_048_576];
    return new Intl.NumberFormat(format.locale, {
      style: 'unit',
      unit,
      maximumFractionDigits: 1,
    }).format(bytes / divisor);
  };
  const describedBy = missing ? `${id('file-error')} ${id('file-hint')}` : id('file-hint');

  return (
    <form className="card stack" onSubmit={submit} noValidate>
      {children}
      <div
        className={`field csv-drop${over ? ' csv-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label className="field__label" htmlFor={id('file')}>
          {t('import.page.file')}
        </label>
        <p className="field__hint" id={id('file-hint')}>
          {t('import.page.fileHint')}
        </p>
        {missing ? (
          <p className="field__error" id={id('file-error')}>
            {t('import.page.chooseFirst')}
          </p>
        ) : null}
        <input
          ref={input}
          id={id('file')}
          className="csv-drop__input"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={describedBy}
          aria-invalid={missing || undefined}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        {file ? (
          <p className="csv-drop__chosen">
            {t('import.page.chosen', { name: file.name, size: size(file.size) })}
          </p>
        ) : null}
      </div>
      <Checkbox
        id={id('skip-invalid')}
        label={t('import.page.skipInvalid')}
        hint={t('import.page.skipInvalidHint')}
        checked={skipInvalid}
        onChange={setSkipInvalid}
      />
      <Checkbox
        id={id('dry-run')}
        label={t('import.page.dryRun')}
        hint={t('import.page.dryRunHint')}
        checked={dryRun}
        onChange={setDryRun}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={busy}>
          {t(dryRun ? 'import.page.submitDryRun' : 'import.page.submit')}
        </Button>
      </div>
    </form>
  );
}

/** While a file is sent and checked: a progress bar, announced in steps of a tenth. */
export function CsvUploadProgress({ share }: { share: number | null }) {
  const { t } = useI18n();
  const announced = share === null ? 1 : Math.floor(share * 10) / 10;
  return (
    <div className="card csv-progress">
      <progress max={1} value={share ?? undefined} aria-label={t('import.page.progressLabel')} />
      <p role="status">
        {share === null
          ? t('import.page.processing')
          : t('import.page.uploading', { percent: announced })}
      </p>
    </div>
  );
}
