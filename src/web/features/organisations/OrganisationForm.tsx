import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useSlugFollowsName } from '../../lib/slug-follows-name.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { languageOptions, organisationKindOptions, timeZoneOptions } from '../../lib/options.ts';
import type { Organisation } from '../../../shared/schemas/organisations.ts';

interface OrganisationFormProps {
  organisation: Organisation | null;
  onSaved(organisation: Organisation, created: boolean): void;
  onCancel(): void;
}

/** Create (installation admins) or change an organisation; the short name is fixed after creation. */
export function OrganisationForm({ organisation, onSaved, onCancel }: OrganisationFormProps) {
  const { t, lang } = useI18n();
  const form = useForm(
    {
      name: organisation?.name ?? '',
      slug: organisation?.slug ?? '',
      kind: organisation?.kind ?? 'partner',
      defaultLanguage: organisation?.defaultLanguage ?? (lang as string),
      timeZone: organisation?.timeZone ?? 'Europe/Brussels',
    },
    { required: organisation ? ['name'] : ['name', 'slug'] },
  );
  const slug = useSlugFollowsName(organisation !== null, (value) => form.set('slug', value));

  const submit = async ({ name, slug, kind, defaultLanguage, timeZone }: typeof form.values) => {
    const saved = organisation
      ? await api.patch<Organisation>(`/api/organisations/${organisation.id}`, {
          name,
          kind,
          defaultLanguage,
          timeZone,
        })
      : await api.post<Organisation>('/api/organisations', {
          name,
          slug,
          kind,
          defaultLanguage,
          timeZone,
        });
    onSaved(saved, organisation === null);
  };

  const name = form.field('name');
  return (
    <Form form={form} onSubmit={submit}>
      <TextField
        {...name}
        label={t('organisation.field.name')}
        required
        onChange={(value) => {
          name.onChange(value);
          slug.nameChanged(value);
        }}
      />
      {organisation ? null : (
        <TextField
          {...form.field('slug')}
          label={t('organisation.field.slug')}
          hint={t('organisation.field.slug.hint')}
          required
          spellCheck={false}
          onChange={(value) => {
            slug.slugEdited();
            form.set('slug', value);
          }}
        />
      )}
      <Select
        {...form.field('kind')}
        label={t('organisation.field.kind')}
        options={organisationKindOptions(t)}
      />
      <Select
        {...form.field('defaultLanguage')}
        label={t('organisation.field.defaultLanguage')}
        options={languageOptions(t)}
      />
      <Select
        {...form.field('timeZone')}
        label={t('organisation.field.timeZone')}
        options={timeZoneOptions(form.values.timeZone)}
      />
      <SubmitCancel
        label={organisation ? t('action.save') : t('organisations.add')}
        pending={form.pending}
        onCancel={onCancel}
      />
    </Form>
  );
}
