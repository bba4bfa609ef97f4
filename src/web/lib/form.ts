import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, isApiError, type FieldIssue } from './api.ts';
import { useI18n } from './i18n.tsx';

export type FormValue = string | boolean | string[];
export type FormValues = Record<string, FormValue>;

export interface FieldProps<T extends FormValue> {
  id: string;
  name: string;
  value: T;
  onChange(value: T): void;
  error: string | undefined;
}

function isEmpty(value: FormValue | undefined): boolean {
  return (
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * State of one form: values keyed by the API body path (`admin.email`), client-side
 * required checks, server field issues mapped back to the fields, a summary error,
 * the pending flag, and focus moved to the first invalid field after a failed submit.
 */
export function useForm<V extends FormValues>(
  initial: V,
  options: { required?: readonly (keyof V & string)[] } = {},
) {
  const { t, tDynamic } = useI18n();
  const formId = useId();
  const [values, setValues] = useState<V>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const required = options.required ?? [];

  useEffect(() => {
    const element = focusRequest ? document.getElementById(formId) : null;
    if (!element) return;
    const target =
      element.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      element.querySelector<HTMLElement>('[data-form-summary]');
    target?.focus();
  }, [focusRequest, formId]);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setIssues((current) => current.filter((issue) => issue.path !== name));
  }, []);

  const issueMessage = (issue: FieldIssue) =>
    tDynamic(`issue.${issue.code}`, issue.params, t('form.invalidField'));
  const errorOf = (name: string) => {
    const issue = issues.find((candidate) => candidate.path === name);
    return issue ? issueMessage(issue) : undefined;
  };

  function field<K extends keyof V & string>(name: K): FieldProps<V[K]> {
    return {
      id: `${formId}-${name}`,
      name,
      value: values[name],
      onChange: (value) => set(name, value),
      error: errorOf(name),
    };
  }

  /** Props for a Checkbox bound to a boolean value. */
  function checkbox<K extends keyof V & string>(name: K) {
    return {
      id: `${formId}-${name}`,
      name,
      checked: values[name] === true,
      onChange: (checked: boolean) => set(name, checked as V[K]),
      error: errorOf(name),
    };
  }

  function fail(failure: ApiError) {
    setIssues(failure.issues);
    setError(failure);
    setFocusRequest((n) => n + 1);
  }

  function submit(handler: (values: V) => Promise<void> | void) {
    return async (event?: FormEvent) => {
      event?.preventDefault();
      if (pending) return;
      const missing = required
        .filter((name) => isEmpty(values[name]))
        .map((path) => ({ path, code: 'required' }));
      if (missing.length) return fail(new ApiError(0, 'VALIDATION_FAILED', {}, missing));
      setPending(true);
      setIssues([]);
      setError(null);
      try {
        await handler(values);
      } catch (caught) {
        fail(isApiError(caught) ? caught : new ApiError(0, 'CLIENT_ERROR'));
      } finally {
        setPending(false);
      }
    };
  }

  /** Issues that belong to no field of this form, for the summary. */
  const unplacedIssues = issues.filter((issue) => !(issue.path in initial)).map(issueMessage);

  return {
    values,
    set,
    setValues,
    field,
    checkbox,
    submit,
    pending,
    error,
    unplacedIssues,
    /** Adds an error found by the page itself (e.g. passwords that differ). */
    fail: (path: string, code: string) =>
      fail(new ApiError(0, 'VALIDATION_FAILED', {}, [{ path, code }])),
    clearError: () => {
      setError(null);
      setIssues([]);
    },
    /** id of the <form> element (focus management finds the fields through it). */
    formId,
  };
}

export type Form<V extends FormValues> = ReturnType<typeof useForm<V>>;
