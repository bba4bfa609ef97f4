import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import { DEFAULT_TIME_ZONE } from '../../core/common/time.ts';
import type { SurveyText } from '../../core/surveys/model.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import { effectiveThreshold } from '../../core/disclosure/suppression.ts';
import type { Executor } from '../../db/client.ts';
import { organisations, surveys, surveyVersions } from '../../db/schema/index.ts';
import { mergeQuestions, type CatalogQuestion, type CatalogVersion } from './results-catalog.ts';

/** Everything a results view needs to know about one questionnaire before counting. */
export interface SurveyScope {
  organisationId: string;
  survey: { id: string; slug: string; title: SurveyText; template: string | null };
  /** Newest first. */
  versions: CatalogVersion[];
  questions: CatalogQuestion[];
  /** The organisation's zone: periods and months are its days. */
  timeZone: string;
  /** The small-cell threshold in force (never below 3). */
  threshold: number;
  /** Today in the organisation's zone: the month in progress is never counted. */
  today: string;
}

/**
 * Loads a questionnaire of the organisation with all its versions and the organisation's
 * zone and threshold. Another organisation's questionnaire is not found.
 */
export async function loadScope(
  tx: Executor,
  organisationId: string,
  surveyId: string,
  now: Date,
): Promise<SurveyScope> {
  const [survey] = await tx
    .select({ id: surveys.id, slug: surveys.slug, template: surveys.template })
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.id, surveyId)));
  if (!survey) throw new AppError('NOT_FOUND');
  const versions = await tx
    .select({
      id: surveyVersions.id,
      version: surveyVersions.version,
      definition: surveyVersions.definition,
    })
    .from(surveyVersions)
    .where(
      and(eq(surveyVersions.organisationId, organisationId), eq(surveyVersions.surveyId, surveyId)),
    )
    .orderBy(desc(surveyVersions.version));
  const [organisation] = await tx
    .select({
      timeZone: organisations.timeZone,
      threshold: organisations.smallCellThreshold,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  const current = versions[0];
  if (!current) throw new AppError('NOT_FOUND');
  return {
    organisationId,
    survey: {
      id: survey.id,
      slug: survey.slug,
      title: current.definition.title,
      template: survey.template,
    },
    versions,
    questions: mergeQuestions(versions),
    timeZone: organisation?.timeZone ?? DEFAULT_TIME_ZONE,
    threshold: effectiveThreshold(organisation?.threshold),
    today: todayIn(organisation?.timeZone ?? DEFAULT_TIME_ZONE, now),
  };
}

/** One question of the questionnaire by key, any version. */
export function questionOf(scope: SurveyScope, key: string): CatalogQuestion | undefined {
  return scope.questions.find((q) => q.key === key);
}
