import { useId } from 'react';
import { Checkbox } from '../../components/Checkbox.tsx';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api, ApiError, isApiError } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import type { Activity } from '../../../shared/schemas/activities.ts';
import {
  initialValues,
  placeIssues,
  REQUIRED,
  toActivityBody,
  type ActivityFormValues,
} from './activity-form.ts';
import type { ActivityCatalog } from './catalog.ts';
import { TextArea } from '../../components/TextArea.tsx';
import { GroupedSelect } from './fields.tsx';

interface ActivityFormProps {
  activity: Activity | null;
  catalog: ActivityCatalog;
  onSaved(activity: Activity): void;
  onCancel(): void;
}

/** Plan an activity (or record one already held), or change one. */
export function ActivityForm({ activity, catalog, onSaved, onCancel }: ActivityFormProps) {
  const t = useT();
  const id = useId();
  const form = useForm<ActivityFormValues>(initialValues(activity, catalog.timeZone), {
    required: REQUIRED,
  });
  // Held or planned is chosen while there is no attendance; afterwards attendance decides.
  const withStatus = !activity || activity.attendanceLines === 0;

  const submit = async (values: ActivityFormValues) => {
    const result = toActivityBody(values, catalog.timeZone, { withStatus });
    if ('issues' in result) throw new ApiError(0, 'VALIDATION_FAILED', {}, result.issues);
    const { kind, ...rest } = result.body;
    try {
      const saved = activity
        ? await api.patch<Activity>(`/api/activities/${activity.id}`, {
            ...rest,
            ...(kind !== activity.kind ? { kind } : {}),
          })
        : await api.post<Activity>('/api/activities', result.body);
      onSaved(saved);
    } catch (caught) {
      if (!isApiError(caught)) throw caught;
      const { status, code, params, issues, requestId } = caught;
      throw new ApiError(status, code, params, placeIssues(issues), requestId);
    }
  };

  return (
    <Form form={form} onSubmit={submit}>
      <div className="form-grid">
        <GroupedSelect
          {...form.field('kind')}
          label={t('activities.field.kind')}
          required
          emptyOption={t('activities.field.kind.choose')}
          groups={catalog.options.kinds(true, activity?.kind)}
        />
        <TextField
          {...form.field('title')}
          label={t('activities.field.title')}
          hint={t('activities.field.title.hint')}
          required
          autoComplete="off"
        />
      </div>
      <fieldset className="fieldset" aria-describedby={`${id}-when-hint`}>
        <legend className="field__label">{t('activities.form.when')}</legend>
        <p className="field__hint" id={`${id}-when-hint`}>
          {t('activities.form.when.hint', { timeZone: catalog.timeZone })}
        </p>
        <div className="form-grid">
          <TextField
            {...form.field('startDate')}
            label={t('activities.field.startDate')}
            type="date"
            required
          />
          <TextField
            {...form.field('startTime')}
            label={t('activities.field.startTime')}
            type="time"
            required
          />
          <TextField
            {...form.field('endDate')}
            label={t('activities.field.endDate')}
            hint={t('activities.field.endDate.hint')}
            type="date"
          />
          <TextField {...form.field('endTime')} label={t('activities.field.endTime')} type="time" />
        </div>
      </fieldset>
      <fieldset className="fieldset" aria-describedby={`${id}-where-hint`}>
        <legend className="field__label">{t('activities.form.where')}</legend>
        <p className="field__hint" id={`${id}-where-hint`}>
          {t('activities.form.where.hint')}
        </p>
        <div className="form-grid">
          <Select
            {...form.field('locationId')}
            label={t('activities.field.location')}
            emptyOption={t('activities.field.location.none')}
            options={catalog.options.locations(activity?.locationId)}
          />
          <Select
            {...form.field('municipality')}
            label={t('activities.field.municipality')}
            emptyOption={t('activities.field.municipality.none')}
            options={catalog.options.municipalities}
          />
          <TextField
            {...form.field('neighbourhood')}
            label={t('activities.field.neighbourhood')}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <div className="form-grid">
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
        <TextField
          {...form.field('partner')}
          label={t('activities.field.partner')}
          autoComplete="off"
        />
        <TextField
          {...form.field('capacity')}
          label={t('activities.field.capacity')}
          hint={t('activities.field.capacity.hint')}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
        />
      </div>
      <TextArea
        {...form.field('notes')}
        label={t('activities.field.notes')}
        className="activity-textarea"
      />
      <TextField
        {...form.field('externalId')}
        label={t('activities.field.externalId')}
        hint={t('activities.field.externalId.hint')}
        autoComplete="off"
        spellCheck={false}
      />
      {withStatus ? (
        <Checkbox
          {...form.checkbox('held')}
          label={t('activities.field.held')}
          hint={t('activities.field.held.hint')}
        />
      ) : null}
      <SubmitCancel
        label={activity ? t('action.save') : t('activities.plan.submit')}
        pending={form.pending}
        onCancel={onCancel}
      />
    </Form>
  );
}
