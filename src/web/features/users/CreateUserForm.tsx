import { PASSWORD_MIN_LENGTH } from '../../../core/auth/password-policy.ts';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { languageOptions } from '../../lib/options.ts';
import type { User } from '../../../shared/schemas/organisations.ts';

/** A new account; organisations are given through each organisation's members page. */
export function CreateUserForm({
  onCreated,
  onCancel,
}: {
  onCreated(user: User): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const form = useForm(
    { email: '', name: '', password: '', language: lang as string, isInstallationAdmin: false },
    { required: ['email', 'name', 'password'] },
  );
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        onCreated(await api.post<User>('/api/users', values));
      }}
    >
      <TextField {...form.field('name')} label={t('user.field.name')} required autoComplete="off" />
      <TextField
        {...form.field('email')}
        label={t('user.field.email')}
        type="email"
        required
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        {...form.field('password')}
        label={t('members.field.initialPassword')}
        hint={t('password.hint', { minimum: PASSWORD_MIN_LENGTH })}
        type="password"
        required
        autoComplete="new-password"
      />
      <Select
        {...form.field('language')}
        label={t('user.field.language')}
        options={languageOptions(t)}
      />
      <Checkbox
        {...form.checkbox('isInstallationAdmin')}
        label={t('users.field.installationAdmin')}
        hint={t('users.field.installationAdmin.hint')}
      />
      <FormActions>
        <Button type="submit" variant="primary" pending={form.pending}>
          {t('users.add')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('action.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
