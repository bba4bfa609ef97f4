import type { ReactNode } from 'react';
import type { Form as FormState, FormValues } from '../lib/form.ts';
import { describeError } from '../lib/errors.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';

interface FormProps<V extends FormValues> {
  form: FormState<V>;
  onSubmit(values: V): Promise<void> | void;
  children: ReactNode;
  className?: string;
  /** Accessible name of the form (e.g. the heading above it). */
  labelledBy?: string;
}

/**
 * A <form> with the error summary on top: the translated error and any issue that
 * belongs to no field. Field issues show next to their fields; focus goes to the first.
 */
export function Form<V extends FormValues>({
  form,
  onSubmit,
  children,
  className,
  labelledBy,
}: FormProps<V>) {
  const i18n = useI18n();
  return (
    <form
      id={form.formId}
      noValidate
      onSubmit={form.submit(onSubmit)}
      className={`form ${className ?? ''}`}
      aria-labelledby={labelledBy}
    >
      {form.error ? (
        <div data-form-summary tabIndex={-1} className="form__summary">
          <Alert tone="error" title={describeError(i18n, form.error)}>
            {form.unplacedIssues.length ? (
              <ul>
                {form.unplacedIssues.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {children}
    </form>
  );
}

/** The row of buttons at the end of a form. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form__actions">{children}</div>;
}

/** The submit and cancel buttons of a dialog form. */
export function SubmitCancel({
  label,
  pending,
  onCancel,
}: {
  label: string;
  pending: boolean;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <FormActions>
      <Button type="submit" variant="primary" pending={pending}>
        {label}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        {t('action.cancel')}
      </Button>
    </FormActions>
  );
}
