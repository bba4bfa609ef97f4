import { useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { todayIn } from '../../../core/contacts/dates.ts';
import { CHOICE_TYPES } from '../../../core/surveys/model.ts';
import type { SurveyResults } from '../../../shared/schemas/surveys.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { isApiError } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import { CrossTableSection } from './CrossTable.tsx';
import { Exports } from './Exports.tsx';
import { useResultsFormat } from './numbers.ts';
import { useResultsParams } from './params.ts';
import { QuestionResult } from './QuestionResult.tsx';
import { ResultsFilters } from './ResultsFilters.tsx';
import { Summary } from './Summary.tsx';
import './results.css';

/** Field issues of a refused query (a filter on an unknown question, reversed dates). */
function Issues({ error }: { error: unknown }) {
  const { t, tDynamic } = useI18n();
  const issues = isApiError(error) ? error.issues : [];
  if (issues.length === 0) return null;
  return (
    <ul className="plain-list results-issues">
      {issues.map((issue) => (
        <li key={`${issue.path}-${issue.code}`}>
          {tDynamic(`issue.${issue.code}`, issue.params, t('issue.invalid'))}
        </li>
      ))}
    </ul>
  );
}

/** Per question, then the cross-table and the downloads. */
function Figures({ data, surveyId }: { data: SurveyResults; surveyId: string }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="results-questions" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('surveyResults.questions')}</h2>
      {data.questions.map((question) => (
        <QuestionResult
          key={`${surveyId}-${question.key}`}
          question={question}
          threshold={data.threshold}
        />
      ))}
    </section>
  );
}

/**
 * A questionnaire's results: filters in the URL (period, channel, answers to other
 * questions), a summary with responses per month, each question as a table and bars, a
 * cross-table of two questions and the downloads. Every count below the organisation's
 * threshold reads "< N". An empty period is a message, not an error.
 */
export function SurveyResultsPage() {
  const { t } = useI18n();
  const format = useResultsFormat();
  const surveyId = useParams().id ?? '';
  const session = useRequiredSession();
  const timeZone = session.currentOrganisation?.timeZone ?? 'Europe/Brussels';
  const [today] = useState(() => todayIn(timeZone, new Date()));
  const params = useResultsParams();
  const result = useApiQuery<SurveyResults>(
    `/api/surveys/${encodeURIComponent(surveyId)}/results`,
    { ...params.query },
  );
  // Never show figures of another questionnaire or of a query that was just refused.
  const data = !result.error && result.data?.survey.id === surveyId ? result.data : undefined;
  const choiceQuestions = useMemo(
    () => (data?.questions ?? []).filter((q) => CHOICE_TYPES.includes(q.type)),
    [data],
  );
  const empty = data?.responses === 0 && !data.responsesSuppressed;
  const filtered = Object.keys(params.query).length > 0;
  const cross =
    params.rows && params.columns && params.rows !== params.columns
      ? { rows: params.rows, columns: params.columns }
      : null;

  return (
    <div className="survey-results">
      <p className="results-back no-print">
        <Link to={`/surveys/${encodeURIComponent(surveyId)}`}>
          <span aria-hidden="true">‹ </span>
          {t('surveyResults.back')}
        </Link>
      </p>
      <PageHeader
        title={
          data
            ? t('surveyResults.heading', { title: format.text(data.survey.title) })
            : t('surveyResults.title')
        }
        intro={t('surveyResults.intro')}
        actions={
          <Button className="no-print" onClick={() => window.print()}>
            {t('surveyResults.print')}
          </Button>
        }
      />
      <ResultsFilters params={params} questions={choiceQuestions} today={today} />
      <ErrorAlert error={result.error} />
      <Issues error={result.error} />
      {data ? (
        <div className="results-body" aria-busy={result.loading || undefined}>
          <Summary data={data} />
          {empty ? (
            <Alert tone="info" title={t('surveyResults.empty.title')}>
              <p>{filtered ? t('surveyResults.empty.filtered') : t('surveyResults.empty.none')}</p>
            </Alert>
          ) : (
            <>
              <Figures data={data} surveyId={surveyId} />
              <CrossTableSection
                surveyId={surveyId}
                query={params.query}
                questions={choiceQuestions}
                rows={params.rows}
                columns={params.columns}
                onChange={params.setCross}
              />
              <Exports
                surveyId={surveyId}
                query={params.query}
                period={params.period}
                cross={cross}
              />
            </>
          )}
        </div>
      ) : result.loading ? (
        <Spinner />
      ) : null}
    </div>
  );
}
