import { Form, SubmitCancel } from '../../components/Form.tsx';
import { NewPasswordField } from '../../components/NewPasswordField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import type { User } from '../../../shared/schemas/organisations.ts';

/** Sets a new password for someone who lost theirs; tell it to them by another channel. */
export function ResetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: User;
  onDone(): void;
  onCancel(): void;
}) {
  const t = useT();
  const form = useForm({ password: '' }, { required: ['password'] });
  return (
    <Form
      form={form}
      onSubmit={async ({ password }) => {
        await api.patch<User>(`/api/users/${user.id}`, { password });
        onDone();
      }}
    >
      <p>{t('users.password.intro', { email: user.email })}</p>
      <NewPasswordField {...form.field('password')} label={t('users.password.new')} required />
      <SubmitCancel label={t('users.password.reset')} pending={form.pending} onCancel={onCancel} />
    </Form>
  );
}
