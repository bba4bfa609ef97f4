import { sql } from 'drizzle-orm';
import { checkAnswers } from '../../src/core/surveys/answers.ts';
import type {
  ResponseChannel,
  SurveyDefinition,
  SurveyQuestion,
} from '../../src/core/surveys/model.ts';
import { VISITOR_PROFILE } from '../../src/core/surveys/visitor-profile.ts';
import { withContext } from '../../src/db/context.ts';
import { surveys, surveyVersions } from '../../src/db/schema/index.ts';
import {
  ensureVisitorProfile,
  insertResponses,
  newPublicCode,
} from '../../src/services/surveys/store.ts';
import type { TestApp } from './app.ts';

/**
 * Seeds questionnaires and answers straight through the storage functions (no API), for
 * the results and export tests.
 */
export interface SeededSurvey {
  surveyId: string;
  /** Version number → version id. */
  versions: Map<number, string>;
  definitions: Map<number, SurveyDefinition>;
}

const dbOf = (t: TestApp) => t.db.database.db;
const orgCtx = (organisationId: string) => ({ organisationId, userId: null, isAdmin: false });

/** The organisation's built-in visitor profile (version 1). */
export async function seedVisitorProfile(
  t: TestApp,
  organisationId: string,
): Promise<SeededSurvey> {
  return withContext(dbOf(t), orgCtx(organisationId), async (tx) => {
    const surveyId = await ensureVisitorProfile(tx, organisationId, t.clock());
    const [v1] = await tx
      .select({ id: surveyVersions.id })
      .from(surveyVersions)
      .where(sql`${surveyVersions.surveyId} = ${surveyId} AND ${surveyVersions.version} = 1`);
    return {
      surveyId,
      versions: new Map([[1, v1!.id]]),
      definitions: new Map([[1, VISITOR_PROFILE]]),
    };
  });
}

/** A published questionnaire of the organisation's own with `definition` as version 1. */
export async function seedSurvey(
  t: TestApp,
  organisationId: string,
  slug: string,
  definition: SurveyDefinition,
): Promise<SeededSurvey> {
  const [survey] = await withContext(dbOf(t), orgCtx(organisationId), (tx) =>
    tx
      .insert(surveys)
      .values({
        organisationId,
        slug,
        publicCode: newPublicCode(),
        status: 'published',
        publishedAt: t.clock(),
      })
      .returning({ id: surveys.id }),
  );
  const seeded: SeededSurvey = {
    surveyId: survey!.id,
    versions: new Map(),
    definitions: new Map(),
  };
  await addVersion(t, organisationId, seeded, 1, definition);
  return seeded;
}

/** A definition with `questions` and a plain title. */
export function definitionOf(title: string, questions: SurveyQuestion[]): SurveyDefinition {
  return { title: { nl: title, fr: title, en: title }, languages: [], questions };
}

/** Adds a published version with `definition` to a seeded questionnaire. */
export async function addVersion(
  t: TestApp,
  organisationId: string,
  survey: SeededSurvey,
  version: number,
  definition: SurveyDefinition,
): Promise<void> {
  const [row] = await withContext(dbOf(t), orgCtx(organisationId), (tx) =>
    tx
      .insert(surveyVersions)
      .values({
        organisationId,
        surveyId: survey.surveyId,
        version,
        definition,
        publishedAt: t.clock(),
      })
      .returning({ id: surveyVersions.id }),
  );
  survey.versions.set(version, row!.id);
  survey.definitions.set(version, definition);
}

export interface SeedResponse {
  /** An instant (ISO); stored rounded down to the hour. */
  at: string;
  answers: Record<string, unknown>;
  version?: number;
  channel?: ResponseChannel;
  language?: string;
}

/** Stores responses after checking them with the core rules (hidden answers dropped). */
export async function seedResponses(
  t: TestApp,
  organisationId: string,
  survey: SeededSurvey,
  responses: readonly SeedResponse[],
): Promise<string[]> {
  const rows = responses.map((r) => {
    const version = r.version ?? 1;
    const checked = checkAnswers(survey.definitions.get(version)!, r.answers, { hidden: 'drop' });
    if (checked.issues.length > 0)
      throw new Error(`bad seed answers: ${JSON.stringify(checked.issues)}`);
    return {
      surveyId: survey.surveyId,
      versionId: survey.versions.get(version)!,
      submittedAt: new Date(r.at),
      channel: r.channel ?? 'web',
      language: r.language ?? 'nl',
      answers: checked.answers,
    };
  });
  return withContext(dbOf(t), orgCtx(organisationId), (tx) =>
    insertResponses(tx, organisationId, rows),
  );
}

/** `n` copies of one response. */
export function times(n: number, response: SeedResponse): SeedResponse[] {
  return Array.from({ length: n }, () => response);
}

/** Sets the organisation's small-cell threshold directly in the database. */
export async function setThreshold(t: TestApp, organisationId: string, threshold: number) {
  await dbOf(t).execute(
    sql`UPDATE organisations SET small_cell_threshold = ${threshold} WHERE id = ${organisationId}`,
  );
}

/** A question in nl, fr and en (the same text). */
export function question(
  key: string,
  type: SurveyQuestion['type'],
  extra: Partial<SurveyQuestion> = {},
): SurveyQuestion {
  return { key, type, required: false, labels: { nl: key, fr: key, en: key }, ...extra };
}

/** Options with the same label as their key in every language. */
export function options(...keys: string[]) {
  return keys.map((key) => ({ key, labels: { nl: key, fr: key, en: key } }));
}

/**
 * Version 2 of the visitor profile: `gender` renamed, `status` gains `volunteer`,
 * `diploma_recognised` is gone, `visits` (number) and `comment` (free text) are new.
 */
export function visitorProfileV2(): SurveyDefinition {
  const questions = VISITOR_PROFILE.questions
    .filter((q) => q.key !== 'diploma_recognised')
    .map((q) => {
      if (q.key === 'gender')
        return { ...q, labels: { nl: 'Gender (v2)', fr: 'Genre (v2)', en: 'Gender (v2)' } };
      if (q.key === 'status')
        return {
          ...q,
          options: [
            ...q.options!,
            { key: 'volunteer', labels: { nl: 'Vrijwilliger', fr: 'Bénévole', en: 'Volunteer' } },
          ],
        };
      return q;
    });
  return {
    ...VISITOR_PROFILE,
    questions: [
      ...questions,
      question('visits', 'number', { min: 0, max: 100 }),
      question('comment', 'free_text'),
    ],
  };
}

/**
 * Sets every record key to 0 (decision 0008). Each cell's key is then 0, whose perturbation
 * is 0, so a view shows its exact counts: for the tests of counting, periods and
 * suppression. The perturbation itself is tested with the random keys the store draws
 * (tests/api/survey-disclosure.test.ts).
 */
export async function zeroRecordKeys(t: TestApp) {
  const admin = { organisationId: null, userId: null, isAdmin: true };
  await withContext(dbOf(t), admin, async (tx) => {
    await tx.execute(sql`UPDATE survey_responses SET record_key = 0`);
    await tx.execute(sql`UPDATE survey_answers SET record_key = 0`);
  });
}
