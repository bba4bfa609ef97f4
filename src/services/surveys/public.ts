import { createHmac } from 'node:crypto';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../core/common/errors.ts';
import type { UiLanguage } from '../../core/common/languages.ts';
import { checkAnswers } from '../../core/surveys/answers.ts';
import {
  BASE_LANGUAGES,
  MIN_FILL_SECONDS,
  type FormLanguage,
  type SurveyDefinition,
} from '../../core/surveys/model.ts';
import type { Tx } from '../../db/client.ts';
import { withContext } from '../../db/context.ts';
import { organisations, surveys, surveyVersions } from '../../db/schema/index.ts';
import type { PublicSurvey, publicSubmissionSchema } from '../../shared/schemas/surveys.ts';
import { rowsOf } from '../contacts/drafts.ts';
import type { ServiceDeps } from '../deps.ts';
import { checkFormToken, createUsedFormTokens, issueFormToken } from './form-token.ts';
import { createRateLimiter } from './rate-limit.ts';
import { insertResponses, latestVersion, type VersionRow } from './store.ts';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Version `version` of questionnaire `surveyId`, if it has ever been published. */
async function publishedVersion(
  tx: Tx,
  surveyId: string,
  version: number,
): Promise<VersionRow | undefined> {
  const [row] = await tx
    .select({
      id: surveyVersions.id,
      version: surveyVersions.version,
      definition: surveyVersions.definition,
      publishedAt: surveyVersions.publishedAt,
    })
    .from(surveyVersions)
    .where(
      and(
        eq(surveyVersions.surveyId, surveyId),
        eq(surveyVersions.version, version),
        isNotNull(surveyVersions.publishedAt),
      ),
    );
  return row;
}

const formExpired = () =>
  new AppError('VALIDATION_FAILED', { issues: [{ path: 'formToken', code: 'form_expired' }] });

/** What the submitter is told: the same whether the answers were kept or quietly dropped. */
export interface SubmitResult {
  replayed: boolean;
}

/**
 * The public form: no login, no cookie, nothing that identifies the respondent. The
 * questionnaire is found by its short code (a SECURITY DEFINER function answers only that)
 * and everything else runs in its organisation's row-level-security context.
 */
export function createPublicSurveyService({ db, clock, secret, settings }: ServiceDeps) {
  const limiter = createRateLimiter({
    limit: settings.surveyRateLimitPerMinute,
    windowMs: 60_000,
    clock,
  });
  const usedTokens = createUsedFormTokens();

  /** The Idempotency-Key as stored: keyed with the installation secret, so not reversible. */
  const idempotencyHashOf = (surveyId: string, key: string) =>
    createHmac('sha256', `parcours.survey-idempotency.v1:${secret}`)
      .update(`${surveyId}:${key}`)
      .digest('hex');

  /** Runs `fn` in the organisation of questionnaire `code` with its survey row; 404 if unknown. */
  async function inSurvey<T>(
    code: string,
    fn: (tx: Tx, survey: typeof surveys.$inferSelect, organisationId: string) => Promise<T>,
  ): Promise<T> {
    const found = rowsOf<{ id: string | null }>(
      await db.execute(sql`SELECT survey_org_by_code(${code}) AS id`),
    )[0];
    const organisationId = found?.id;
    if (!organisationId) throw new AppError('NOT_FOUND');
    return withContext(db, { organisationId, userId: null, isAdmin: false }, async (tx) => {
      const [survey] = await tx.select().from(surveys).where(eq(surveys.publicCode, code));
      if (!survey || survey.organisationId !== organisationId) throw new AppError('NOT_FOUND');
      if (survey.status === 'draft') throw new AppError('SURVEY_NOT_PUBLISHED');
      if (survey.status === 'closed') throw new AppError('SURVEY_CLOSED');
      return fn(tx, survey, organisationId);
    });
  }

  const languagesOf = (definition: SurveyDefinition): FormLanguage[] => [
    ...BASE_LANGUAGES,
    ...definition.languages,
  ];

  return {
    /**
     * Counts one submission from `address` (held in memory as a keyed hash only); says
     * whether it may go on and, if not, in how many seconds.
     */
    admit(address: string) {
      return limiter.hit(address);
    },

    /** The form as a visitor sees it, with a fresh signed token. */
    async form(code: string): Promise<PublicSurvey> {
      return inSurvey(code, async (tx, survey, organisationId) => {
        const [organisation] = await tx
          .select({ name: organisations.name, defaultLanguage: organisations.defaultLanguage })
          .from(organisations)
          .where(eq(organisations.id, organisationId));
        const { definition, version } = await latestVersion(tx, survey.id);
        return {
          code,
          organisationName: organisation!.name,
          defaultLanguage: organisation!.defaultLanguage as UiLanguage,
          languages: languagesOf(definition),
          definition: definition as PublicSurvey['definition'],
          formToken: issueFormToken(secret, code, version, clock()),
          minFillSeconds: MIN_FILL_SECONDS,
        };
      });
    },

    /**
     * Stores one respondent's answers, rounded to the hour, against the version of the form
     * they were shown, or refuses them whole. Bots (the honeypot filled in, a form sent
     * faster than a person can, a form token already spent) are told the same as everyone
     * and nothing is kept. A repeated Idempotency-Key stores nothing more.
     */
    async submit(
      code: string,
      input: z.output<typeof publicSubmissionSchema>,
      idempotencyKey: string | undefined,
    ): Promise<SubmitResult> {
      if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey))
        throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
      const claim = { signature: null as string | null, stored: false };
      try {
        return await inSurvey(code, async (tx, survey, organisationId) => {
          if (input.website && input.website.trim() !== '') return { replayed: false };
          const now = clock();
          const token = checkFormToken(secret, code, input.formToken, now);
          if (!token.valid) throw formExpired();
          if (now.getTime() - token.issuedAt < MIN_FILL_SECONDS * 1000) return { replayed: false };
          const version = await publishedVersion(tx, survey.id, token.version);
          if (!version) throw formExpired();
          const idempotencyHash = idempotencyKey
            ? idempotencyHashOf(survey.id, idempotencyKey)
            : null;
          if (!usedTokens.claim(token, idempotencyHash, now)) return { replayed: false };
          claim.signature = token.signature;
          const language = input.language ?? null;
          const { answers, issues } = checkAnswers(version.definition, input.answers, {
            hidden: 'refuse',
          });
          if (language && !languagesOf(version.definition).includes(language))
            issues.push({ path: 'language', code: 'invalid_value' });
          if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { issues });
          const inserted = await insertResponses(tx, organisationId, [
            {
              surveyId: survey.id,
              versionId: version.id,
              submittedAt: now,
              channel: input.kiosk ? 'kiosk' : 'web',
              language,
              idempotencyHash,
              answers,
            },
          ]);
          claim.stored = inserted.length > 0;
          return { replayed: !claim.stored };
        });
      } catch (error) {
        claim.stored = false;
        throw error;
      } finally {
        if (claim.signature) usedTokens.settle(claim.signature, claim.stored);
      }
    },
  };
}
