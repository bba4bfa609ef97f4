import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { StoredAnswer } from '../../core/surveys/answers.ts';
import type { ResponseChannel, SurveyDefinition } from '../../core/surveys/model.ts';
import { toHour } from '../../core/surveys/model.ts';
import {
  VISITOR_PROFILE,
  VISITOR_PROFILE_SLUG,
  VISITOR_PROFILE_TEMPLATE,
} from '../../core/surveys/visitor-profile.ts';
import type { Executor } from '../../db/client.ts';
import { surveys, surveyVersions } from '../../db/schema/index.ts';
import { rowsOf } from '../contacts/drafts.ts';

/**
 * The storage steps every questionnaire flow shares: the public form, the import, the
 * demo and the built-in template all write through here, inside the caller's transaction
 * and row-level-security context.
 */

/** Letters and digits that cannot be mistaken for one another on a poster. */
const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const PUBLIC_CODE_LENGTH = 8;

/** A random short code for a public link (31^8 ≈ 850 billion: not guessable by trying). */
export function newPublicCode(): string {
  const bytes = randomBytes(PUBLIC_CODE_LENGTH);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

export interface VersionRow {
  id: string;
  version: number;
  definition: SurveyDefinition;
  publishedAt: Date | null;
}

/** The current (highest) version of a questionnaire. */
export async function latestVersion(tx: Executor, surveyId: string): Promise<VersionRow> {
  const [row] = await tx
    .select({
      id: surveyVersions.id,
      version: surveyVersions.version,
      definition: surveyVersions.definition,
      publishedAt: surveyVersions.publishedAt,
    })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.version))
    .limit(1);
  if (!row) throw new Error(`survey ${surveyId} has no version`);
  return row;
}

/**
 * Gives the organisation its built-in visitor profile, published and ready, unless it
 * already has one. Safe to call often and concurrently.
 */
export async function ensureVisitorProfile(
  tx: Executor,
  organisationId: string,
  now: Date,
): Promise<string> {
  const existing = await tx
    .select({ id: surveys.id })
    .from(surveys)
    .where(
      and(
        eq(surveys.organisationId, organisationId),
        eq(surveys.template, VISITOR_PROFILE_TEMPLATE),
      ),
    );
  if (existing[0]) return existing[0].id;
  const slugTaken = await tx
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.slug, VISITOR_PROFILE_SLUG)));
  const id = randomUUID();
  const inserted = await tx
    .insert(surveys)
    .values({
      id,
      organisationId,
      slug: slugTaken[0] ? `${VISITOR_PROFILE_SLUG}-${id.slice(0, 6)}` : VISITOR_PROFILE_SLUG,
      publicCode: newPublicCode(),
      template: VISITOR_PROFILE_TEMPLATE,
      status: 'published',
      publishedAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: surveys.id });
  if (!inserted[0]) return ensureVisitorProfile(tx, organisationId, now);
  await tx.insert(surveyVersions).values({
    organisationId,
    surveyId: id,
    version: 1,
    definition: VISITOR_PROFILE,
    publishedAt: now,
  });
  return id;
}

/** Record keys are drawn uniformly from [0, RECORD_KEY_RANGE) (decision 0008). */
const RECORD_KEY_RANGE = 65_536;

export interface NewResponse {
  surveyId: string;
  versionId: string;
  /** Rounded down to the hour before it is stored. */
  submittedAt: Date;
  channel: ResponseChannel;
  language: string | null;
  externalId?: string | null;
  idempotencyHash?: string | null;
  answers: StoredAnswer[];
}

/**
 * Stores responses and their answers in two set-based statements. A response whose
 * external id (import) or idempotency hash (public form) is already stored is skipped,
 * answers and all. Returns the ids actually inserted, in input order.
 */
export async function insertResponses(
  tx: Executor,
  organisationId: string,
  responses: readonly NewResponse[],
): Promise<string[]> {
  if (responses.length === 0) return [];
  const rows = responses.map((r) => ({
    id: randomUUID(),
    survey_id: r.surveyId,
    version_id: r.versionId,
    submitted_hour: toHour(r.submittedAt).toISOString(),
    channel: r.channel,
    language: r.language,
    external_id: r.externalId ?? null,
    idempotency_hash: r.idempotencyHash ?? null,
    record_key: randomInt(RECORD_KEY_RANGE),
  }));
  const result = await tx.execute<{ id: string }>(sql`
    INSERT INTO survey_responses
      (id, organisation_id, survey_id, version_id, submitted_hour, channel, language,
       external_id, idempotency_hash, record_key)
    SELECT r.id, ${organisationId}::uuid, r.survey_id, r.version_id, r.submitted_hour, r.channel,
           r.language, r.external_id, r.idempotency_hash, r.record_key
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
      id uuid, survey_id uuid, version_id uuid, submitted_hour timestamptz, channel text,
      language text, external_id text, idempotency_hash text, record_key integer)
    ON CONFLICT DO NOTHING
    RETURNING id`);
  const inserted = new Set(rowsOf<{ id: string }>(result).map((r) => r.id));
  const answers = responses.flatMap((r, i) =>
    inserted.has(rows[i]!.id)
      ? r.answers.map((a) => ({
          response_id: rows[i]!.id,
          survey_id: r.surveyId,
          submitted_hour: rows[i]!.submitted_hour,
          question_key: a.question,
          option_key: a.option,
          number_value: a.number,
          text_value: a.text,
          record_key: rows[i]!.record_key,
        }))
      : [],
  );
  if (answers.length > 0)
    await tx.execute(sql`
      INSERT INTO survey_answers
        (organisation_id, survey_id, response_id, submitted_hour, question_key, option_key,
         number_value, text_value, record_key)
      SELECT ${organisationId}::uuid, a.survey_id, a.response_id, a.submitted_hour, a.question_key,
             a.option_key, a.number_value, a.text_value, a.record_key
      FROM jsonb_to_recordset(${JSON.stringify(answers)}::jsonb) AS a(
        response_id uuid, survey_id uuid, submitted_hour timestamptz, question_key text,
        option_key text, number_value double precision, text_value text, record_key integer)`);
  return rows.filter((r) => inserted.has(r.id)).map((r) => r.id);
}
