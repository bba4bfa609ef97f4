import { Alert } from '../../components/Alert.tsx';
import { FORM_LANGUAGES, type FormLanguage } from '../../../core/surveys/model.ts';
import { describeError } from '../../lib/errors.ts';
import { useI18n, type MessageKey } from '../../lib/i18n.tsx';
import { domId } from './builder-issues.ts';
import { useIssueText } from './issue-text.ts';
import type { Builder } from './use-builder.ts';

const FIELD_NAMES: Record<string, MessageKey> = {
  slug: 'surveyBuilder.slug',
  languages: 'surveyBuilder.languages.legend',
  questions: 'surveyBuilder.questions.title',
  title: 'surveyBuilder.text.title',
  intro: 'surveyBuilder.text.intro',
  thanks: 'surveyBuilder.text.thanks',
  key: 'surveyBuilder.question.key',
  type: 'surveyBuilder.question.type',
  required: 'surveyBuilder.question.required',
  labels: 'surveyBuilder.question.text',
  help: 'surveyBuilder.question.help',
  options: 'surveyBuilder.options.legend',
  min: 'surveyBuilder.number.min',
  max: 'surveyBuilder.number.max',
  question: 'surveyBuilder.condition.question',
  anyOf: 'surveyBuilder.condition.anyOf',
};

/**
 * After a refused save: the error and every field issue as a link to its field ("Question 2
 * · Option 1 · Key: the key “a” is used twice"). It takes the focus and is announced.
 */
export function IssueSummary({ builder }: { builder: Builder }) {
  const i18n = useI18n();
  const { t } = i18n;
  const issueText = useIssueText();
  if (!builder.error) return null;
  const questions = builder.draft.questions;

  /** "Question 2 · Option 1 · Label · French", or null for a question that is gone. */
  const where = (reference: string): string | null => {
    const parts: string[] = [];
    for (const [position, segment] of reference.split('.').entries()) {
      if (segment.startsWith('q:')) {
        const index = questions.findIndex((q) => q.uid === segment.slice(2));
        if (index < 0) return null;
        parts.push(t('surveyBuilder.question.legend', { n: index + 1 }));
      } else if (segment.startsWith('o:')) {
        const options = questions.find((q) => reference.startsWith(`q:${q.uid}.`))?.options ?? [];
        const index = options.findIndex((o) => o.uid === segment.slice(2));
        if (index < 0) return null;
        parts.push(t('surveyBuilder.option.legend', { n: index + 1 }));
      } else if (FORM_LANGUAGES.includes(segment as FormLanguage) && position > 0) {
        parts.push(t(`surveyBuilder.lang.${segment as FormLanguage}`));
      } else if (segment === 'labels' && reference.includes('.o:')) {
        parts.push(t('surveyBuilder.option.label'));
      } else if (segment === 'key' && reference.includes('.o:')) {
        parts.push(t('surveyBuilder.option.key'));
      } else if (FIELD_NAMES[segment]) {
        parts.push(t(FIELD_NAMES[segment]));
      }
    }
    return parts.join(' · ');
  };

  const items = builder.issues.flatMap((issue, index) => {
    const place = where(issue.ref);
    if (place === null) return [];
    return [{ key: `${issue.ref}-${index}`, issue, place, message: issueText(issue) }];
  });

  return (
    <div id="sb-summary" tabIndex={-1} className="form__summary">
      <Alert tone="error" title={describeError(i18n, builder.error)}>
        {items.length ? (
          <ul>
            {items.map(({ key, issue, place, message }) =>
              place ? (
                <li key={key}>
                  <a
                    href={`#${domId(issue.ref)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      builder.focusField(issue.ref);
                    }}
                  >
                    {t('surveyBuilder.summary.item', { field: place, message: message ?? '' })}
                  </a>
                </li>
              ) : (
                <li key={key}>{message}</li>
              ),
            )}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
