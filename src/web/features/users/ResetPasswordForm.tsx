import { PASSWORD_MIN_LENGTH } from '../../../core/auth/password-policy.ts';
import { Button } from '../../components/Button.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
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
      <TextField
        {...form.field('password')}
        label={t('users.password.new')}
        hint={t('password.hint', { minimum: PASSWORD_MIN_LENGTH })}
        type="password"
        required
        autoComplete="new-password"
      />
      <FormActions>
        <Button type="submit" variant="primary" pending={form.pending}>
          {t('users.password.reset')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('action.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
