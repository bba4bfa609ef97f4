import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import { languageOptions } from '../../lib/options.ts';
import { useRequiredSession, useSession } from '../../lib/session.tsx';

export function ProfileForm() {
  const t = useT();
  const session = useRequiredSession();
  const { refresh } = useSession();
  const headingId = useId();
  const [saved, setSaved] = useState(false);
  const form = useForm(
    { name: session.user.name, language: session.user.language as string },
    { required: ['name'] },
  );
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile.details')}</h2>
      {saved ? <Alert tone="success" title={t('profile.saved')} /> : null}
      <Form
        form={form}
        onSubmit={async (values) => {
          setSaved(false);
          await api.patch('/api/me', { name: values.name, language: values.language });
          await refresh();
          setSaved(true);
        }}
      >
        <TextField
          {...form.field('name')}
          label={t('user.field.name')}
          required
          autoComplete="name"
        />
        <Select
          {...form.field('language')}
          label={t('user.field.language')}
          options={languageOptions(t)}
        />
        <FormActions>
          <Button type="submit" variant="primary" pending={form.pending}>
            {t('action.save')}
          </Button>
        </FormActions>
      </Form>
    </section>
  );
}
