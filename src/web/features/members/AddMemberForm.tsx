import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Form, SubmitCancel } from '../../components/Form.tsx';
import { Select } from '../../components/Select.tsx';
import { NewPasswordField } from '../../components/NewPasswordField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { languageOptions, roleOptions } from '../../lib/options.ts';
import type { Member } from '../../../shared/schemas/organisations.ts';

/** Adds an existing account by e-mail, or creates it (then name and an initial password are needed). */
export function AddMemberForm({
  onAdded,
  onCancel,
}: {
  onAdded(member: Member): void;
  onCancel(): void;
}) {
  const { t, lang } = useI18n();
  const form = useForm(
    {
      email: '',
      name: '',
      password: '',
      language: lang as string,
      roles: ['counsellor'] as string[],
    },
    { required: ['email', 'roles'] },
  );

  const submit = async (values: typeof form.values) => {
    const member = await api.post<Member>('/api/members', {
      email: values.email,
      roles: values.roles,
      ...(values.name.trim() ? { name: values.name } : {}),
      ...(values.password ? { password: values.password, language: values.language } : {}),
    });
    onAdded(member);
  };

  return (
    <Form form={form} onSubmit={submit}>
      <TextField
        {...form.field('email')}
        label={t('user.field.email')}
        type="email"
        required
        autoComplete="off"
        spellCheck={false}
      />
      <p className="muted">{t('members.add.newUserHint')}</p>
      <TextField {...form.field('name')} label={t('user.field.name')} autoComplete="off" />
      <NewPasswordField {...form.field('password')} label={t('members.field.initialPassword')} />
      <Select
        {...form.field('language')}
        label={t('user.field.language')}
        options={languageOptions(t)}
      />
      <CheckboxGroup
        {...form.field('roles')}
        legend={t('members.field.roles')}
        options={roleOptions(t)}
        required
      />
      <SubmitCancel label={t('members.add')} pending={form.pending} onCancel={onCancel} />
    </Form>
  );
}
