import { useId } from 'react';
import { CHOICE_TYPES } from '../../../core/surveys/model.ts';
import type { QuestionResult as Result } from '../../../shared/schemas/surveys.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useT } from '../../lib/i18n.tsx';
import { BarChart } from './BarChart.tsx';
import { Count, Share } from './Count.tsx';
import { useResultsFormat } from './numbers.ts';

/** Options with count and share, then (apart) who answered and who did not. */
function OptionTable({ question, threshold }: { question: Result; threshold: number }) {
  const t = useT();
  const format = useResultsFormat();
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="table results-table">
        <caption id={captionId} className="visually-hidden">
          {format.text(question.labels)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('surveyResults.column.option')}</th>
            <th scope="col" className="num">
              {t('surveyResults.column.count')}
            </th>
            <th scope="col" className="num">
              {t('surveyResults.column.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {question.options.map((option) => (
            <tr key={option.key}>
              <th scope="row">{format.text(option.labels)}</th>
              <td className="num">
                <Count value={option.count} suppressed={option.suppressed} threshold={threshold} />
              </td>
              <td className="num">
                <Share value={option.suppressed ? null : option.share} />
              </td>
            </tr>
          ))}
        </tbody>
        <tbody className="results-table__apart">
          <tr>
            <th scope="row">{t('surveyResults.answered')}</th>
            <td className="num">
              <Count
                value={question.answered}
                suppressed={question.answeredSuppressed}
                threshold={threshold}
              />
            </td>
            <td />
          </tr>
          <tr>
            <th scope="row">{t('survey.noAnswer')}</th>
            <td className="num">
              <Count
                value={question.noAnswer}
                suppressed={question.noAnswerSuppressed}
                threshold={threshold}
              />
            </td>
            <td />
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** "Answered: 12 · No answer: < 5" for questions without an option table. */
function AnsweredLine({ question, threshold }: { question: Result; threshold: number }) {
  const t = useT();
  return (
    <p className="results-note">
      {t('surveyResults.answered')}:{' '}
      <Count
        value={question.answered}
        suppressed={question.answeredSuppressed}
        threshold={threshold}
      />{' '}
      · {t('survey.noAnswer')}:{' '}
      <Count
        value={question.noAnswer}
        suppressed={question.noAnswerSuppressed}
        threshold={threshold}
      />
    </p>
  );
}

/** Mean and median of a number question, or why they are hidden. */
function NumberResult({ question, threshold }: { question: Result; threshold: number }) {
  const t = useT();
  const format = useResultsFormat();
  if (!question.number)
    return <p className="results-hidden">{t('surveyResults.number.hidden', { threshold })}</p>;
  return (
    <dl className="results-total">
      <div>
        <dt>{t('surveyResults.number.mean')}</dt>
        <dd>{format.decimal(question.number.mean)}</dd>
      </div>
      <div>
        <dt>{t('surveyResults.number.median')}</dt>
        <dd>{format.decimal(question.number.median)}</dd>
      </div>
    </dl>
  );
}

/** The free-text answers, or why they are hidden. */
function TextResult({ question, threshold }: { question: Result; threshold: number }) {
  const t = useT();
  if (!question.texts)
    return <p className="results-hidden">{t('surveyResults.texts.hidden', { threshold })}</p>;
  if (question.texts.length === 0) return <p>{t('surveyResults.texts.none')}</p>;
  return (
    <ul className="results-texts">
      {question.texts.map((text, i) => (
        // Visitors may write in any language and script.
        <li key={i} dir="auto">
          {text}
        </li>
      ))}
    </ul>
  );
}

/**
 * One question's results: for choice questions a table (the accessible version) and
 * bars; for numbers the mean and median; for free text the answers, each only when the
 * group is large enough.
 */
export function QuestionResult({ question, threshold }: { question: Result; threshold: number }) {
  const t = useT();
  const id = useId();
  const format = useResultsFormat();
  const choice = CHOICE_TYPES.includes(question.type);
  return (
    <section className="card results-question" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{format.text(question.labels)}</h3>
      <p className="results-question__type">{t(`survey.type.${question.type}`)}</p>
      {choice ? (
        <>
          <div className="results-question__body">
            <OptionTable question={question} threshold={threshold} />
            <BarChart
              threshold={threshold}
              bars={question.options.map((o) => ({
                key: o.key,
                label: format.text(o.labels),
                count: o.count,
                suppressed: o.suppressed,
              }))}
            />
          </div>
          <p className="results-note">
            {question.type === 'multiple_choice'
              ? t('surveyResults.share.multiple')
              : t('surveyResults.share.note')}
          </p>
        </>
      ) : (
        <>
          <AnsweredLine question={question} threshold={threshold} />
          {question.type === 'number' ? (
            <NumberResult question={question} threshold={threshold} />
          ) : (
            <TextResult question={question} threshold={threshold} />
          )}
        </>
      )}
    </section>
  );
}
