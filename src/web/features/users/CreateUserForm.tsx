import { Checkbox } from '../../components/Checkbox.tsx';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { NewPasswordField } from '../../components/NewPasswordField.tsx';
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
      <NewPasswordField
        {...form.field('password')}
        label={t('members.field.initialPassword')}
        required
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
      <SubmitCancel label={t('users.add')} pending={form.pending} onCancel={onCancel} />
    </Form>
  );
}
