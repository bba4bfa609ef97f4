import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { TextField } from '../../components/TextField.tsx';
import {
  MAX_SMALL_CELL_THRESHOLD as MAX,
  MIN_SMALL_CELL_THRESHOLD as MIN,
} from '../../../core/surveys/model.ts';
import { api, ApiError } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';

interface Privacy {
  smallCellThreshold: number;
}

function ThresholdForm({ current, onSaved }: { current: number; onSaved(value: number): void }) {
  const t = useT();
  const form = useForm(
    { smallCellThreshold: String(current) },
    { required: ['smallCellThreshold'] },
  );
  const submit = async (values: typeof form.values) => {
    const value = Number(values.smallCellThreshold);
    if (!Number.isInteger(value) || value < MIN || value > MAX)
      throw new ApiError(0, 'VALIDATION_FAILED', {}, [
        {
          path: 'smallCellThreshold',
          code: 'out_of_range',
          params: { minimum: MIN, maximum: MAX },
        },
      ]);
    const saved = await api.put<Privacy>('/api/settings/privacy', { smallCellThreshold: value });
    onSaved(saved.smallCellThreshold);
  };
  return (
    <Form form={form} onSubmit={submit}>
      <TextField
        {...form.field('smallCellThreshold')}
        label={t('surveys.privacy.threshold')}
        hint={t('surveys.privacy.threshold.hint', { minimum: MIN, maximum: MAX })}
        type="number"
        inputMode="numeric"
        min={MIN}
        max={MAX}
        step={1}
        required
        className="survey-threshold"
      />
      <FormActions>
        <Button type="submit" variant="primary" pending={form.pending}>
          {t('surveys.privacy.save')}
        </Button>
      </FormActions>
    </Form>
  );
}

/** Org admins choose the small-cell threshold: below it, figures show as "< n". */
export function PrivacySection() {
  const t = useT();
  const headingId = useId();
  const query = useApiQuery<Privacy>('/api/settings/privacy');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveys.privacy.title')}</h2>
      <p>{t('surveys.privacy.intro')}</p>
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={query.error} />
      {query.data ? (
        <ThresholdForm
          current={query.data.smallCellThreshold}
          onSaved={(value) => {
            setNotice(t('surveys.privacy.saved', { threshold: value }));
          }}
        />
      ) : query.loading ? (
        <Spinner />
      ) : null}
    </section>
  );
}
