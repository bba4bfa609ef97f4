import { Alert } from '../../components/Alert.tsx';
import { isApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';

const FIELD_LABELS: Record<string, MessageKey> = {
  type: 'frontDesk.types',
  theme: 'frontDesk.theme',
  language: 'frontDesk.language',
  locationId: 'frontDesk.location',
  count: 'frontDesk.count',
  tags: 'frontDesk.tags',
};

/** A refused entry or undo: the server's reason, and each field problem with its field's name. */
export function EntryError({ error }: { error: unknown }) {
  const i18n = useI18n();
  const { t, tDynamic } = i18n;
  if (!error) return null;
  const issues = isApiError(error) ? error.issues : [];
  return (
    <Alert tone="error" title={describeError(i18n, error)}>
      {issues.length ? (
        <ul>
          {issues.map((issue) => {
            const field = FIELD_LABELS[issue.path.split('.')[0] ?? ''];
            const message = tDynamic(`issue.${issue.code}`, issue.params, t('form.invalidField'));
            return (
              <li key={`${issue.path}-${issue.code}`}>
                {field ? t('frontDesk.issue', { field: t(field), message }) : message}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Alert>
  );
}
