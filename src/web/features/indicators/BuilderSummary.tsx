import { Alert } from '../../components/Alert.tsx';
import { UI_LANGUAGES, type UiLanguage } from '../../../core/common/languages.ts';
import { describeError } from '../../lib/errors.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { domId, isPlaced } from './builder-issues.ts';
import { useIssueText } from './issue-text.ts';
import { SUMMARY_ID, type IndicatorBuilderState } from './use-indicator-builder.ts';

const FIELD_NAMES: Record<string, MessageKey> = {
  code: 'indicators.field.code',
  labels: 'indicators.builder.labels',
  description: 'indicators.builder.description',
  unit: 'indicators.col.unit',
  source: 'indicators.col.source',
  measure: 'indicators.col.measure',
  distinctField: 'indicators.builder.distinctField',
  filters: 'indicators.builder.filters',
  breakdowns: 'indicators.col.breakdowns',
  field: 'indicators.filter.field',
  values: 'indicators.filter.values',
};

/**
 * After a refused save or preview: the error, and every issue as a link to its field
 * ("Filter 1 · Values: required"); issues on no field are listed as they are.
 */
export function BuilderSummary({ builder }: { builder: IndicatorBuilderState }) {
  const i18n = useI18n();
  const { t } = i18n;
  const issueText = useIssueText();
  if (!builder.error) return null;
  const where = (ref: string) =>
    ref
      .split('.')
      .map((part) => {
        if (part.startsWith('filter:')) {
          const n = builder.draft.filters.findIndex((f) => f.uid === part.slice(7)) + 1;
          return t('indicators.filter.legend', { n });
        }
        if (UI_LANGUAGES.includes(part as UiLanguage))
          return t(`indicators.lang.${part as UiLanguage}`);
        return FIELD_NAMES[part] ? t(FIELD_NAMES[part]) : part;
      })
      .join(' · ');
  return (
    <div id={SUMMARY_ID} tabIndex={-1} className="form__summary">
      <Alert tone="error" title={describeError(i18n, builder.error)}>
        {builder.issues.length ? (
          <ul>
            {builder.issues.map((issue, index) => {
              const message = issueText(issue) ?? '';
              return (
                <li key={`${issue.ref}-${index}`}>
                  {isPlaced(builder.draft, issue.ref) ? (
                    <a
                      href={`#${domId(issue.ref)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        builder.focusField(issue.ref);
                      }}
                    >
                      {t('indicators.builder.summaryItem', { field: where(issue.ref), message })}
                    </a>
                  ) : (
                    message
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
