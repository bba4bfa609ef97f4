import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { useI18n } from '../../lib/i18n.tsx';

export interface UploadChoice {
  file: File;
  skipInvalid: boolean;
  dryRun: boolean;
}

/**
 * The file (picked with the keyboard, or dropped on the area), the two options and the
 * button. Asks for a file when none is chosen, with the focus back on the picker.
 */
export function UploadForm({ busy, onSubmit }: { busy: boolean; onSubmit(c: UploadChoice): void }) {
  const { t, format } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [missing, setMissing] = useState(false);
  const [over, setOver] = useState(false);

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

  return (
    <form className="card stack import-form" onSubmit={submit} noValidate>
      <div
        className={`field import-drop${over ? ' import-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label className="field__label" htmlFor="import-file">
          {t('import.page.file')}
        </label>
        <p className="field__hint" id="import-file-hint">
          {t('import.page.fileHint')}
        </p>
        {missing ? (
          <p className="field__error" id="import-file-error">
            {t('import.page.chooseFirst')}
          </p>
        ) : null}
        <input
          ref={input}
          id="import-file"
          className="import-drop__input"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={missing ? 'import-file-error import-file-hint' : 'import-file-hint'}
          aria-invalid={missing || undefined}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        {file ? (
          <p className="import-drop__chosen">
            {t('import.page.chosen', { name: file.name, size: size(file.size) })}
          </p>
        ) : null}
      </div>
      <Checkbox
        id="import-skip-invalid"
        label={t('import.page.skipInvalid')}
        hint={t('import.page.skipInvalidHint')}
        checked={skipInvalid}
        onChange={setSkipInvalid}
      />
      <Checkbox
        id="import-dry-run"
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
