import { and, asc, count, eq, sql } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { SurveyDefinition, SurveyStatus, SurveyText } from '../../core/surveys/model.ts';
import type { Executor } from '../../db/client.ts';
import { surveyResponses, surveys, surveyVersions } from '../../db/schema/index.ts';
import type { Survey, SurveySummary } from '../../shared/schemas/surveys.ts';

/** Rows of `surveys` turned into the API's shapes, with their current version's figures. */

type SurveyRow = typeof surveys.$inferSelect;

/**
 * `surveys.id`, always qualified: Drizzle writes a bare column inside a selected `sql`
 * field, which a correlated subquery would read as its own table's column.
 */
const surveyId = sql.raw('"surveys"."id"');

/** The current (highest) version's definition, as a correlated subquery on `surveys`. */
const currentDefinition = sql`(SELECT cv.definition FROM survey_versions cv
  WHERE cv.survey_id = ${surveyId} ORDER BY cv.version DESC LIMIT 1)`;

/** Columns of a summary: the survey row and its current version's number, title and size. */
export const summaryColumns = {
  survey: surveys,
  version: sql<number>`(SELECT max(cv.version) FROM survey_versions cv
    WHERE cv.survey_id = ${surveyId})`.mapWith(Number),
  title: sql<SurveyText>`${currentDefinition}->'title'`,
  questions: sql<number>`jsonb_array_length(${currentDefinition}->'questions')`.mapWith(Number),
  responses: sql<number>`(SELECT count(*) FROM survey_responses cr
    WHERE cr.survey_id = ${surveyId})`.mapWith(Number),
};

/** Matches the slug or the current title in any language. */
export function matchesText(pattern: string) {
  return sql`(${surveys.slug} ILIKE ${pattern} OR EXISTS (
    SELECT 1 FROM jsonb_each_text(${currentDefinition}->'title') AS ct
    WHERE ct.value ILIKE ${pattern}))`;
}

export interface SummaryRow {
  survey: SurveyRow;
  version: number;
  title: SurveyText;
  questions: number;
  responses: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSummary(row: SummaryRow): SurveySummary {
  const s = row.survey;
  return {
    id: s.id,
    slug: s.slug,
    title: row.title as SurveySummary['title'],
    status: s.status as SurveyStatus,
    template: s.template,
    publicCode: s.publicCode,
    version: row.version,
    questions: row.questions,
    responses: row.responses,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    publishedAt: iso(s.publishedAt),
    closedAt: iso(s.closedAt),
  };
}

/** One questionnaire of the organisation, or NOT_FOUND; `lock` takes it FOR UPDATE. */
export async function findSurvey(
  tx: Executor,
  organisationId: string,
  id: string,
  lock = false,
): Promise<SurveyRow> {
  const query = tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.id, id), eq(surveys.organisationId, organisationId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Every version of a questionnaire with its number of responses, oldest first. */
export async function versionsOf(tx: Executor, surveyId: string) {
  const rows = await tx
    .select({
      id: surveyVersions.id,
      version: surveyVersions.version,
      definition: surveyVersions.definition,
      createdAt: surveyVersions.createdAt,
      publishedAt: surveyVersions.publishedAt,
      responses: count(surveyResponses.id),
    })
    .from(surveyVersions)
    .leftJoin(surveyResponses, eq(surveyResponses.versionId, surveyVersions.id))
    .where(eq(surveyVersions.surveyId, surveyId))
    .groupBy(surveyVersions.id)
    .orderBy(asc(surveyVersions.version));
  return rows.map((v) => ({
    ...v,
    responses: Number(v.responses),
    createdAt: v.createdAt.toISOString(),
    publishedAt: iso(v.publishedAt),
  }));
}

/** The whole questionnaire: its current definition and every version. */
export async function loadSurvey(
  tx: Executor,
  organisationId: string,
  id: string,
): Promise<Survey> {
  const row = await findSurvey(tx, organisationId, id);
  const versions = await versionsOf(tx, id);
  const current = versions[versions.length - 1];
  if (!current) throw new Error(`survey ${id} has no version`);
  const definition = current.definition as SurveyDefinition;
  return {
    ...toSummary({
      survey: row,
      version: current.version,
      title: definition.title,
      questions: definition.questions.length,
      responses: versions.reduce((sum, v) => sum + v.responses, 0),
    }),
    definition: definition as Survey['definition'],
    versions: versions.map(({ version, createdAt, publishedAt, responses }) => ({
      version,
      createdAt,
      publishedAt,
      responses,
    })),
  };
}
