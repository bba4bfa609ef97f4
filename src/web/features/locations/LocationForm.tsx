import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useSlugFollowsName } from '../../lib/slug-follows-name.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { municipalityOptions } from '../../lib/municipalities.ts';
import { locationKindOptions } from '../../lib/options.ts';
import type { Location } from '../../../shared/schemas/locations.ts';
import type { Reference } from '../../../shared/schemas/reference.ts';

interface LocationFormProps {
  location: Location | null;
  reference: Reference | null;
  onSaved(location: Location, created: boolean): void;
  onCancel(): void;
}

/** Add or change a location; the short name follows the name until it is edited by hand. */
export function LocationForm({ location, reference, onSaved, onCancel }: LocationFormProps) {
  const { t, lang } = useI18n();
  const form = useForm(
    {
      name: location?.name ?? '',
      slug: location?.slug ?? '',
      kind: location?.kind ?? 'office',
      municipality: location?.municipality ?? '',
      address: location?.address ?? '',
    },
    { required: ['name', 'slug'] },
  );
  const slug = useSlugFollowsName(location !== null, (value) => form.set('slug', value));

  const submit = async (values: typeof form.values) => {
    const body = {
      name: values.name,
      slug: values.slug,
      kind: values.kind,
      municipality: values.municipality || null,
      address: values.address.trim() || null,
    };
    const saved = location
      ? await api.patch<Location>(`/api/locations/${location.id}`, body)
      : await api.post<Location>('/api/locations', body);
    onSaved(saved, location === null);
  };

  const name = form.field('name');
  return (
    <Form form={form} onSubmit={submit}>
      <TextField
        {...name}
        label={t('locations.field.name')}
        required
        onChange={(value) => {
          name.onChange(value);
          slug.nameChanged(value);
        }}
      />
      <TextField
        {...form.field('slug')}
        label={t('locations.field.slug')}
        hint={t('locations.field.slug.hint')}
        required
        spellCheck={false}
        onChange={(value) => {
          slug.slugEdited();
          form.set('slug', value);
        }}
      />
      <Select
        {...form.field('kind')}
        label={t('locations.field.kind')}
        options={locationKindOptions(t)}
      />
      <Select
        {...form.field('municipality')}
        label={t('locations.field.municipality')}
        emptyOption={t('locations.field.municipality.none')}
        options={municipalityOptions(reference, lang)}
      />
      <TextField
        {...form.field('address')}
        label={t('locations.field.address')}
        hint={t('locations.field.address.hint')}
        autoComplete="off"
      />
      <SubmitCancel
        label={location ? t('action.save') : t('locations.add')}
        pending={form.pending}
        onCancel={onCancel}
      />
    </Form>
  );
}
