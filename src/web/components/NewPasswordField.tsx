import { PASSWORD_MIN_LENGTH } from '../../core/auth/password-policy.ts';
import { useT } from '../lib/i18n.tsx';
import { TextField, type TextFieldProps } from './TextField.tsx';

/** A field for choosing a password: masked, new-password autocomplete, the length rule as hint. */
export function NewPasswordField(
  props: Omit<TextFieldProps, 'type' | 'autoComplete' | 'hint'> & { withHint?: boolean },
) {
  const t = useT();
  const { withHint = true, ...rest } = props;
  return (
    <TextField
      {...rest}
      type="password"
      autoComplete="new-password"
      hint={withHint ? t('password.hint', { minimum: PASSWORD_MIN_LENGTH }) : undefined}
    />
  );
}
