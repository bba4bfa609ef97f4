import { Form, SubmitCancel } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import type { ContactTag } from '../../../shared/schemas/contacts.ts';
import { LabelFields } from './LabelFields.tsx';
import { KEY_PATTERN, labelsBody, labelValues } from './labels.ts';

interface TagFormProps {
  /** The tag to relabel; null to add one. */
  tag: ContactTag | null;
  existing: readonly string[];
  onSaved(tag: ContactTag, created: boolean): void;
  onCancel(): void;
}

/** Add a target-group tag (its slug and labels) or give an existing one other labels. */
export function TagForm({ tag, existing, onSaved, onCancel }: TagFormProps) {
  const t = useT();
  const form = useForm(
    { slug: tag?.slug ?? '', ...labelValues(tag?.labels) },
    { required: ['slug'] },
  );

  const submit = async (values: typeof form.values) => {
    const slug = values.slug.trim();
    if (!tag) {
      const code = !KEY_PATTERN.test(slug)
        ? 'invalid_key'
        : existing.includes(slug)
          ? 'taken'
          : null;
      if (code) throw new ApiError(0, 'VALIDATION_FAILED', {}, [{ path: 'slug', code }]);
    }
    const saved = await api.put<ContactTag>(`/api/contact-tags/${encodeURIComponent(slug)}`, {
      labels: labelsBody(values),
    });
    onSaved(saved, tag === null);
  };

  return (
    <Form form={form} onSubmit={submit}>
      {tag ? (
        <p>
          {t('contactSettings.tags.slug')}: <code>{tag.slug}</code>
        </p>
      ) : (
        <TextField
          {...form.field('slug')}
          label={t('contactSettings.tags.slug')}
          hint={t('contactSettings.slug.hint', { example: 'ukrainian' })}
          required
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <LabelFields form={form} />
      <SubmitCancel
        label={tag ? t('action.save') : t('contactSettings.tags.add')}
        pending={form.pending}
        onCancel={onCancel}
      />
    </Form>
  );
}
