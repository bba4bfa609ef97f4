import { useId } from 'react';
import { protectionTexts } from '../../../shared/i18n/protection.ts';
import type { AnnualReport } from '../../../shared/schemas/reports.ts';
import type { NarrativeStore } from './Narrative.tsx';
import type { ReportText } from './report-text.ts';
import { Figures, ReportSection } from './ReportSection.tsx';

type Question = AnnualReport['survey']['questions'][string];

/** "< 5", marked so the note below explains it; screen readers hear "hidden (small number)". */
function Suppressed({ threshold, text }: { threshold: number; text: ReportText }) {
  return (
    <span className="report-suppressed">
      <span aria-hidden="true">{text.t('survey.suppressed', { threshold })}</span>
      <span className="visually-hidden">{text.t('reports.survey.suppressed')}</span>
    </span>
  );
}

/** One question: each option with its count and share of those who answered. */
function QuestionTable({
  questionKey,
  question,
  threshold,
  text,
}: {
  questionKey: string;
  question: Question;
  threshold: number;
  text: ReportText;
}) {
  const captionId = useId();
  const { t } = text;
  const hidden = <Suppressed threshold={threshold} text={text} />;
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table report-table" data-testid={`survey-${questionKey}`}>
        <caption id={captionId}>{text.question(questionKey)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.survey.option')}</th>
            <th scope="col" className="num">
              {t('reports.column.count')}
            </th>
            <th scope="col" className="num">
              {t('reports.column.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(question.options).map(([key, cell]) => (
            <tr key={key}>
              <th scope="row">{text.option(questionKey, key)}</th>
              <td className="num">
                {cell.suppressed || cell.count === null ? hidden : text.number(cell.count)}
              </td>
              <td className="num">
                {cell.suppressed || cell.share === null ? hidden : text.share(cell.share)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.survey.answered')}</th>
            <td className="num">
              {question.answered === null ? hidden : text.number(question.answered)}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/**
 * The visitor profile from the questionnaire: responses, then per question its options,
 * with small cells hidden as on the results page and a note saying why.
 */
export function SurveySection({
  report,
  text,
  store,
}: {
  report: AnnualReport;
  text: ReportText;
  store: NarrativeStore;
}) {
  const { survey } = report;
  const questions = Object.entries(survey.questions);
  return (
    <ReportSection section="survey" text={text} store={store}>
      <Figures
        items={[
          {
            key: 'responses',
            label: text.t('reports.survey.responses'),
            value: text.number(survey.responses),
          },
        ]}
      />
      {questions.length === 0 ? (
        <p>{text.t('reports.survey.noQuestions')}</p>
      ) : (
        <div className="report-questions">
          {questions.map(([key, question]) => (
            <QuestionTable
              key={key}
              questionKey={key}
              question={question}
              threshold={survey.threshold}
              text={text}
            />
          ))}
        </div>
      )}
      {questions.length && survey.protection?.method !== 'cell_key' ? (
        <p className="report-note">
          {text.t('reports.survey.note', { threshold: survey.threshold })}
        </p>
      ) : null}
      {survey.protection?.method === 'cell_key' ? (
        // The year in progress: a view like any other, perturbed (decision 0008).
        <p className="report-note" data-testid="report-survey-protection">
          {protectionTexts(text.lang, survey.protection).join(' ')}
        </p>
      ) : null}
    </ReportSection>
  );
}
