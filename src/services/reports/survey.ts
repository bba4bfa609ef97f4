import { and, eq } from 'drizzle-orm';
import { yearIsOver } from '../../core/disclosure/periods.ts';
import { CHOICE_TYPES } from '../../core/surveys/model.ts';
import { VISITOR_PROFILE_TEMPLATE } from '../../core/surveys/visitor-profile.ts';
import type { Executor } from '../../db/client.ts';
import { surveys } from '../../db/schema/index.ts';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import { readResults } from '../surveys/results-build.ts';
import { countResponses } from '../surveys/results-counts.ts';
import { loadScope, type SurveyScope } from '../surveys/results-scope.ts';

export type ReportSurvey = AnnualReport['survey'];

/**
 * The organisation's visitor-profile questionnaire (template `visitor_profile`) with all its
 * versions, zone and threshold; null when it has none. `tx` carries the organisation's context.
 */
export async function visitorProfileScope(
  tx: Executor,
  organisationId: string,
  now: Date,
): Promise<SurveyScope | null> {
  const [survey] = await tx
    .select({ id: surveys.id })
    .from(surveys)
    .where(
      and(
        eq(surveys.organisationId, organisationId),
        eq(surveys.template, VISITOR_PROFILE_TEMPLATE),
      ),
    );
  return survey ? loadScope(tx, organisationId, survey.id, now) : null;
}

/**
 * Responses to the questionnaire in `year` and in the year before (one count over both,
 * split by month in the organisation's zone, as the results count them). [0, 0] without one.
 */
export async function responsesByYear(
  tx: Executor,
  scope: SurveyScope | null,
  year: number,
): Promise<[number, number]> {
  if (!scope) return [0, 0];
  const counts = await countResponses(tx, scope, {
    from: `${year - 1}-01-01`,
    to: `${year}-12-31`,
    answers: [],
  });
  let current = 0;
  let previous = 0;
  for (const [month, cell] of counts.byMonth)
    if (month.startsWith(`${year}-`)) current += cell.n;
    else previous += cell.n;
  return [current, previous];
}

/**
 * The visitor profile of one year: the questionnaire results of that whole year (the same
 * counting and protection as the results page, `readResults`), reduced to the choice,
 * rating and yes/no questions. A year that is over is what the organisation publishes:
 * exact figures with small cells hidden (decision 0008); the year in progress is a view
 * like any other, perturbed and counted up to the last month that is over. A hidden cell
 * has count and share null. `responses` is the year's number of responses (also a key
 * figure, so never hidden in a year that is over; `responsesInYear` stands in when the
 * results hide it). No questionnaire, or no answers in the year: responses 0, no questions.
 */
export async function reportSurvey(
  tx: Executor,
  scope: SurveyScope | null,
  year: number,
  fallbackThreshold: number,
  responsesInYear: number,
): Promise<ReportSurvey> {
  if (!scope) return { responses: 0, threshold: fallbackThreshold, questions: {} };
  if (responsesInYear === 0) return { responses: 0, threshold: scope.threshold, questions: {} };
  const mode = yearIsOver(year, scope.today) ? 'exact' : 'perturbed';
  const results = await readResults(
    tx,
    scope,
    { from: `${year}-01-01`, to: `${year}-12-31` },
    { mode },
  );
  const responses =
    mode === 'exact' ? (results.responses ?? responsesInYear) : (results.responses ?? 0);
  const protection = results.protection;
  if (responses === 0)
    return { responses: 0, threshold: scope.threshold, protection, questions: {} };
  const questions: ReportSurvey['questions'] = {};
  for (const question of results.questions) {
    if (!CHOICE_TYPES.includes(question.type)) continue;
    const options: ReportSurvey['questions'][string]['options'] = {};
    for (const option of question.options)
      options[option.key] = {
        count: option.suppressed ? null : option.count,
        share: option.suppressed ? null : option.share,
        suppressed: option.suppressed,
      };
    questions[question.key] = { answered: question.answered, options };
  }
  return { responses, threshold: scope.threshold, protection, questions };
}
