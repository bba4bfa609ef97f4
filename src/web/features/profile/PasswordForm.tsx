import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { NewPasswordField } from '../../components/NewPasswordField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { api } from '../../lib/api.ts';
import { useForm } from '../../lib/form.ts';
import { useT } from '../../lib/i18n.tsx';
import type { PasswordChanged } from '../../../shared/schemas/auth.ts';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/**
 * Changing the password ends the user's other sessions and revokes their API tokens (on the
 * server); the form says how many, and `onChanged` lets the page reload the tokens.
 */
export function PasswordForm({ onChanged }: { onChanged?: () => void }) {
  const t = useT();
  const headingId = useId();
  const [changed, setChanged] = useState<PasswordChanged | null>(null);
  const form = useForm(EMPTY, { required: ['currentPassword', 'newPassword', 'confirmPassword'] });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile.password')}</h2>
      {changed ? (
        <Alert tone="success" title={t('profile.password.changed')}>
          <p>{t('profile.password.sessionsEnded', { count: changed.sessionsEnded })}</p>
          <p>{t('profile.password.tokensRevoked', { count: changed.tokensRevoked })}</p>
        </Alert>
      ) : null}
      <Form
        form={form}
        onSubmit={async (values) => {
          setChanged(null);
          if (values.newPassword !== values.confirmPassword)
            return form.fail('confirmPassword', 'password_mismatch');
          const result = await api.post<PasswordChanged>('/api/me/password', {
            currentPassword: values.currentPassword,
            newPassword: values.newPassword,
          });
          form.setValues(EMPTY);
          setChanged(result);
          onChanged?.();
        }}
      >
        <TextField
          {...form.field('currentPassword')}
          label={t('profile.password.current')}
          type="password"
          required
          autoComplete="current-password"
        />
        <div className="form-grid">
          <NewPasswordField
            {...form.field('newPassword')}
            label={t('profile.password.new')}
            required
          />
          <TextField
            {...form.field('confirmPassword')}
            label={t('user.field.passwordConfirm')}
            type="password"
            required
            autoComplete="new-password"
          />
        </div>
        <FormActions>
          <Button type="submit" variant="primary" pending={form.pending}>
            {t('profile.password.submit')}
          </Button>
        </FormActions>
      </Form>
    </section>
  );
}
