import { ACTIVITY_CATEGORIES } from '../../../core/contacts/model.ts';
import { translateDynamic } from '../../../shared/i18n/translate.ts';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import type { ActivityKind } from '../../../shared/schemas/activities.ts';
import { LabelFields } from './LabelFields.tsx';
import { KEY_PATTERN, labelsBody, labelValues } from './labels.ts';

interface KindFormProps {
  /** The kind to relabel; null to add one. */
  kind: ActivityKind | null;
  onSaved(kind: ActivityKind, created: boolean): void;
  onCancel(): void;
}

/** Add an activity kind (slug, category, labels) or relabel one (built-in kinds too). */
export function KindForm({ kind, onSaved, onCancel }: KindFormProps) {
  const t = useT();
  const form = useForm(
    {
      slug: kind?.slug ?? '',
      category: kind?.category ?? 'collective',
      ...labelValues(kind?.labels),
    },
    { required: ['slug', 'category'] },
  );

  const submit = async (values: typeof form.values) => {
    const labels = labelsBody(values);
    let saved: ActivityKind;
    if (kind) {
      saved = await api.patch<ActivityKind>(`/api/activity-kinds/${kind.slug}`, { labels });
    } else {
      const slug = values.slug.trim();
      if (!KEY_PATTERN.test(slug))
        throw new ApiError(0, 'VALIDATION_FAILED', {}, [{ path: 'slug', code: 'invalid_key' }]);
      saved = await api.post<ActivityKind>('/api/activity-kinds', {
        slug,
        category: values.category,
        labels,
      });
    }
    onSaved(saved, kind === null);
  };

  const fallback = kind?.builtIn
    ? (lang: 'nl' | 'fr' | 'en') => translateDynamic(lang, `activityKind.${kind.slug}`)
    : undefined;

  return (
    <Form form={form} onSubmit={submit}>
      {kind ? (
        <p>
          {t('contactSettings.kinds.slug')}: <code>{kind.slug}</code> ·{' '}
          {t(`activityCategory.${kind.category}`)}
        </p>
      ) : (
        <div className="form-grid">
          <TextField
            {...form.field('slug')}
            label={t('contactSettings.kinds.slug')}
            hint={t('contactSettings.slug.hint', { example: 'cv_workshop' })}
            required
            autoComplete="off"
            spellCheck={false}
          />
          <Select
            {...form.field('category')}
            label={t('contactSettings.kinds.category')}
            hint={t('contactSettings.kinds.category.hint')}
            required
            options={ACTIVITY_CATEGORIES.map((category) => ({
              value: category,
              label: t(`activityCategory.${category}`),
            }))}
          />
        </div>
      )}
      <LabelFields form={form} {...(fallback ? { fallback } : {})} />
      <SubmitCancel
        label={kind ? t('action.save') : t('contactSettings.kinds.add')}
        pending={form.pending}
        onCancel={onCancel}
      />
    </Form>
  );
}
