import { useId, useState } from 'react';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { Button } from '../../components/Button.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api, ApiError, isApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { useForm } from '../../lib/form.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Activity, RecordAttendanceInput } from '../../../shared/schemas/activities.ts';
import type { ActivityCatalog } from './catalog.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { instantToZoned, todayInZone } from './zoned-time.ts';

interface AttendanceFormProps {
  activity: Activity;
  catalog: ActivityCatalog;
  onRecorded(activity: Activity, count: number): void;
}

/**
 * People reached at the activity: one line per count; several lines are allowed. Each line
 * starts from the activity's language and theme and no target group: what a line differs in
 * is chosen on that line, never carried over unseen from the one before. More people than
 * the capacity are asked about before they are recorded.
 */
export function AttendanceForm({ activity, catalog, onRecorded }: AttendanceFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const [overCapacity, setOverCapacity] = useState<{
    body: RecordAttendanceInput;
    message: string;
  } | null>(null);
  const started = instantToZoned(activity.startsAt, catalog.timeZone).date;
  const today = todayInZone(catalog.timeZone);
  const initial = {
    count: '',
    date: started < today ? started : today,
    language: activity.language ?? '',
    theme: activity.theme ?? '',
    tags: [] as string[],
  };
  const form = useForm(initial, { required: ['count', 'date'] });

  const record = async (body: RecordAttendanceInput) => {
    const updated = await api.post<Activity>(`/api/activities/${activity.id}/attendance`, body);
    // The next line starts afresh from the activity (the date stays: lines of a day go together).
    form.setValues({ ...initial, date: body.date ?? initial.date });
    onRecorded(updated, body.count);
  };

  const submit = async (values: typeof initial) => {
    const count = Number(values.count.trim());
    if (!/^\d+$/.test(values.count.trim()) || count < 1)
      throw new ApiError(0, 'VALIDATION_FAILED', {}, [{ path: 'count', code: 'not_whole_number' }]);
    const body: RecordAttendanceInput = {
      count,
      date: values.date,
      language: values.language || null,
      theme: (values.theme || null) as RecordAttendanceInput['theme'],
      tags: values.tags,
    };
    try {
      await record(body);
    } catch (caught) {
      if (!isApiError(caught) || caught.code !== 'ATTENDANCE_OVER_CAPACITY') throw caught;
      setOverCapacity({ body, message: describeError(i18n, caught) });
    }
  };

  const changeCount = () => {
    setOverCapacity(null);
    // After the dialog hands focus back: to the number to correct.
    requestAnimationFrame(() => document.getElementById(form.field('count').id)?.focus());
  };

  return (
    <section aria-labelledby={headingId} className="subsection">
      <h3 id={headingId}>{t('activities.attendance.record')}</h3>
      <p className="muted">{t('activities.attendance.record.intro')}</p>
      <Form form={form} onSubmit={submit} labelledBy={headingId}>
        <div className="form-grid form-grid--4">
          <TextField
            {...form.field('count')}
            label={t('activities.attendance.count')}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            required
          />
          <TextField
            {...form.field('date')}
            label={t('activities.attendance.date')}
            type="date"
            max={today}
            required
          />
          <Select
            {...form.field('language')}
            label={t('activities.field.language')}
            emptyOption={t('activities.field.language.none')}
            options={catalog.options.languages}
          />
          <Select
            {...form.field('theme')}
            label={t('activities.field.theme')}
            emptyOption={t('activities.field.theme.none')}
            options={catalog.options.themes}
          />
        </div>
        {catalog.options.tags.length ? (
          <CheckboxGroup
            {...form.field('tags')}
            legend={t('activities.attendance.tags')}
            options={catalog.options.tags}
          />
        ) : null}
        <FormActions>
          <Button type="submit" variant="primary" pending={form.pending}>
            {t('activities.attendance.submit')}
          </Button>
        </FormActions>
      </Form>
      <ConfirmDialog
        open={overCapacity !== null}
        title={t('activities.capacity.title')}
        message={overCapacity?.message ?? ''}
        confirmLabel={t('activities.capacity.confirm')}
        cancelLabel={t('activities.capacity.change')}
        confirmVariant="primary"
        onConfirm={async () => {
          if (!overCapacity) return;
          await record({ ...overCapacity.body, confirmOverCapacity: true });
          setOverCapacity(null);
        }}
        onClose={changeCount}
      />
    </section>
  );
}
