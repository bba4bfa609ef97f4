import { useId } from 'react';
import {
  optionKeysOf,
  textIn,
  type SurveyDefinition,
  type SurveyQuestion,
} from '../../../core/surveys/model.ts';
import { useI18n } from '../../lib/i18n.tsx';

/** The label of one answer of `question` in the UI language (yes/no and 1–5 included). */
function useAnswerLabel() {
  const { t, lang } = useI18n();
  return (question: SurveyQuestion, key: string) => {
    if (question.type === 'yes_no') return t(key === 'yes' ? 'survey.yes' : 'survey.no');
    const option = question.options?.find((o) => o.key === key);
    return option ? textIn(option.labels, lang) : key;
  };
}

/** The questions of a definition, read-only: type, required, options, range and condition. */
export function QuestionPreview({ definition }: { definition: SurveyDefinition }) {
  const { t, lang, format } = useI18n();
  const headingId = useId();
  const answerLabel = useAnswerLabel();
  const questions = definition.questions;

  const conditionText = (question: SurveyQuestion) => {
    const condition = question.condition;
    const index = questions.findIndex((q) => q.key === condition?.question);
    const source = questions[index];
    if (!condition || !source) return null;
    return t('surveys.preview.condition', {
      n: index + 1,
      question: textIn(source.labels, lang),
      answers: condition.anyOf.map((key) => `“${answerLabel(source, key)}”`).join(', '),
    });
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveys.preview.title', { count: questions.length })}</h2>
      <ol className="survey-preview">
        {questions.map((question) => {
          const condition = conditionText(question);
          const hasRange = question.min !== undefined || question.max !== undefined;
          return (
            <li key={question.key} className="survey-preview__question">
              <h3>{textIn(question.labels, lang)}</h3>
              <p className="muted">
                <code>{question.key}</code> · {t(`survey.type.${question.type}`)} ·{' '}
                {t(question.required ? 'surveys.preview.required' : 'surveys.preview.optional')}
              </p>
              {question.help ? <p>{textIn(question.help, lang)}</p> : null}
              {question.type === 'single_choice' || question.type === 'multiple_choice' ? (
                <ul className="survey-preview__options">
                  {optionKeysOf(question).map((key) => (
                    <li key={key}>
                      {answerLabel(question, key)} <code className="muted">{key}</code>
                    </li>
                  ))}
                </ul>
              ) : null}
              {question.type === 'number' && hasRange ? (
                <p>
                  {t('surveys.preview.range', {
                    min: question.min === undefined ? '…' : format.number(question.min),
                    max: question.max === undefined ? '…' : format.number(question.max),
                  })}
                </p>
              ) : null}
              {question.type === 'free_text' ? (
                <p className="muted">{t('surveys.preview.freeText')}</p>
              ) : null}
              {condition ? <p className="survey-preview__condition">{condition}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
