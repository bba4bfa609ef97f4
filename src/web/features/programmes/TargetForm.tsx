import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select, type SelectOption } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';
import type { Programme, TargetDto } from '../../../shared/schemas/programmes.ts';
import {
  TARGET_REQUIRED,
  targetValues,
  toTargetBody,
  type TargetFormValues,
} from './target-form.ts';

interface TargetFormProps {
  programme: Programme;
  /** The target to change; null to add one. */
  target: TargetDto | null;
  indicators: readonly IndicatorDto[];
  onSaved(target: TargetDto): void;
  onCancel(): void;
}

/** Add or change a target: indicator, value, period start, deadline, optional partner and year. */
export function TargetForm({ programme, target, indicators, onSaved, onCancel }: TargetFormProps) {
  const { t, lang } = useI18n();
  const form = useForm<TargetFormValues>(targetValues(target, programme), {
    required: TARGET_REQUIRED,
  });
  const options: SelectOption[] = indicators.map((indicator) => ({
    value: indicator.code,
    label: indicator.labels[lang],
  }));
  if (target && !options.some((option) => option.value === target.indicator))
    options.push({ value: target.indicator, label: target.indicatorLabels[lang] });

  const submit = async (values: TargetFormValues) => {
    const result = toTargetBody(values);
    if ('issues' in result) throw new ApiError(0, 'VALIDATION_FAILED', {}, result.issues);
    const base = `/api/programmes/${programme.id}/targets`;
    const saved = target
      ? await api.patch<TargetDto>(`${base}/${target.id}`, result.body)
      : await api.post<TargetDto>(base, result.body);
    onSaved(saved);
  };

  return (
    <Form form={form} onSubmit={submit}>
      <Select
        {...form.field('indicator')}
        label={t('programmes.target.indicator')}
        emptyOption={t('programmes.target.indicator.choose')}
        options={options}
        required
      />
      <div className="form-grid">
        <TextField
          {...form.field('target')}
          label={t('programmes.target.value')}
          inputMode="decimal"
          autoComplete="off"
          required
        />
        <TextField
          {...form.field('periodStart')}
          label={t('programmes.target.periodStart')}
          hint={t('programmes.target.periodStart.hint')}
          type="date"
        />
        <TextField
          {...form.field('deadline')}
          label={t('programmes.target.deadline')}
          type="date"
          required
        />
      </div>
      <div className="form-grid">
        <Select
          {...form.field('partnerId')}
          label={t('programmes.target.partner')}
          hint={t('programmes.target.partner.hint')}
          emptyOption={t('programmes.target.partner.all')}
          options={programme.partners.map((partner) => ({
            value: partner.id,
            label: partner.name,
          }))}
        />
        <TextField
          {...form.field('year')}
          label={t('programmes.target.year')}
          hint={t('programmes.target.year.hint')}
          inputMode="numeric"
          autoComplete="off"
        />
      </div>
      <SubmitCancel
        label={target ? t('action.save') : t('programmes.targets.add')}
        pending={form.pending}
        onCancel={onCancel}
      />
    </Form>
  );
}
