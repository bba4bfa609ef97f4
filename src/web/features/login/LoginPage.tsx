import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Form, FormActions } from '../../components/Form.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useForm } from '../../lib/form.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';

/** E-mail and password; the guard sends the user on once the session exists. */
export function LoginPage() {
  const { t, tDynamic } = useI18n();
  const { login, endReason } = useSession();
  const form = useForm({ email: '', password: '' }, { required: ['email', 'password'] });

  return (
    <>
      <PageHeader title={t('login.title')} intro={t('login.intro')} />
      {endReason === 'LOGGED_OUT' && !form.error ? (
        <Alert tone="success" title={t('login.loggedOut')} />
      ) : null}
      {endReason && endReason !== 'LOGGED_OUT' && !form.error ? (
        <Alert
          tone="warning"
          title={tDynamic(`error.${endReason}`, undefined, t('error.SESSION_EXPIRED'))}
        />
      ) : null}
      <div className="card">
        <Form
          form={form}
          onSubmit={async (values) => {
            await login(values.email.trim(), values.password);
          }}
        >
          <TextField
            {...form.field('email')}
            label={t('user.field.email')}
            type="email"
            autoComplete="username"
            required
            spellCheck={false}
          />
          <TextField
            {...form.field('password')}
            label={t('user.field.password')}
            type="password"
            autoComplete="current-password"
            required
          />
          <FormActions>
            <Button type="submit" variant="primary" pending={form.pending}>
              {t('login.submit')}
            </Button>
          </FormActions>
        </Form>
      </div>
    </>
  );
}
