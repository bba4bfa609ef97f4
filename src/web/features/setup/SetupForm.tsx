import { useId } from 'react';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { NewPasswordField } from '../../components/NewPasswordField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useSlugFollowsName } from '../../lib/slug-follows-name.ts';
import { useI18n, type UiLanguage } from '../../lib/i18n.tsx';
import { languageOptions, organisationKindOptions, timeZoneOptions } from '../../lib/options.ts';
import type { SetupResult } from './SetupPage.tsx';

export function SetupForm({ onDone }: { onDone(result: SetupResult): void }) {
  const { t, lang } = useI18n();
  const orgHeading = useId();
  const adminHeading = useId();
  const form = useForm(
    {
      'organisation.name': '',
      'organisation.slug': '',
      'organisation.kind': 'career_centre',
      'organisation.defaultLanguage': lang as string,
      'organisation.timeZone': 'Europe/Brussels',
      'admin.name': '',
      'admin.email': '',
      'admin.password': '',
      'admin.passwordConfirm': '',
      'admin.language': lang as string,
      demo: false,
    },
    {
      required: [
        'organisation.name',
        'organisation.slug',
        'admin.name',
        'admin.email',
        'admin.password',
        'admin.passwordConfirm',
      ],
    },
  );
  const slug = useSlugFollowsName(false, (value) => form.set('organisation.slug', value));
  const { values } = form;

  const submit = async () => {
    if (values['admin.password'] !== values['admin.passwordConfirm'])
      return form.fail('admin.passwordConfirm', 'password_mismatch');
    const result = await api.post<SetupResult>('/api/setup', {
      organisation: {
        name: values['organisation.name'],
        slug: values['organisation.slug'],
        kind: values['organisation.kind'],
        defaultLanguage: values['organisation.defaultLanguage'] as UiLanguage,
        timeZone: values['organisation.timeZone'],
      },
      admin: {
        name: values['admin.name'],
        email: values['admin.email'],
        password: values['admin.password'],
        language: values['admin.language'],
      },
      demo: values.demo,
    });
    onDone(result);
  };

  const name = form.field('organisation.name');
  return (
    <Form form={form} onSubmit={submit}>
      <section className="card" aria-labelledby={orgHeading}>
        <h2 id={orgHeading}>{t('setup.organisation.heading')}</h2>
        <TextField
          {...name}
          label={t('organisation.field.name')}
          required
          autoComplete="organization"
          onChange={(value) => {
            name.onChange(value);
            slug.nameChanged(value);
          }}
        />
        <TextField
          {...form.field('organisation.slug')}
          onChange={(value) => {
            slug.slugEdited();
            form.set('organisation.slug', value);
          }}
          label={t('organisation.field.slug')}
          hint={t('organisation.field.slug.hint')}
          required
          spellCheck={false}
        />
        <div className="form-grid">
          <Select
            {...form.field('organisation.kind')}
            label={t('organisation.field.kind')}
            options={organisationKindOptions(t)}
          />
          <Select
            {...form.field('organisation.defaultLanguage')}
            label={t('organisation.field.defaultLanguage')}
            options={languageOptions(t)}
          />
        </div>
        <Select
          {...form.field('organisation.timeZone')}
          label={t('organisation.field.timeZone')}
          options={timeZoneOptions()}
        />
      </section>
      <section className="card" aria-labelledby={adminHeading}>
        <h2 id={adminHeading}>{t('setup.admin.heading')}</h2>
        <p className="muted">{t('setup.admin.intro')}</p>
        <TextField
          {...form.field('admin.name')}
          label={t('user.field.name')}
          required
          autoComplete="name"
        />
        <TextField
          {...form.field('admin.email')}
          label={t('user.field.email')}
          type="email"
          required
          autoComplete="email"
          spellCheck={false}
        />
        <div className="form-grid">
          <NewPasswordField
            {...form.field('admin.password')}
            label={t('user.field.password')}
            required
          />
          <TextField
            {...form.field('admin.passwordConfirm')}
            label={t('user.field.passwordConfirm')}
            type="password"
            required
            autoComplete="new-password"
          />
        </div>
        <Select
          {...form.field('admin.language')}
          label={t('user.field.language')}
          options={languageOptions(t)}
        />
      </section>
      <section className="card">
        <Checkbox
          {...form.checkbox('demo')}
          label={t('setup.demo.label')}
          hint={t('setup.demo.hint')}
        />
      </section>
      <FormActions>
        <Button type="submit" variant="primary" pending={form.pending}>
          {t('setup.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}
