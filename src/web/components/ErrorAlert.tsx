import { describeError } from '../lib/errors.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Alert } from './Alert.tsx';

/** Shows a failed load or action as a translated alert; renders nothing without an error. */
export function ErrorAlert({ error }: { error: unknown }) {
  const i18n = useI18n();
  if (!error) return null;
  return <Alert tone="error" title={describeError(i18n, error)} />;
}
