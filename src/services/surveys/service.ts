import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../core/common/errors.ts';
import type { SurveyDefinition } from '../../core/surveys/model.ts';
import { VISITOR_PROFILE } from '../../core/surveys/visitor-profile.ts';
import type { Executor } from '../../db/client.ts';
import { withContext } from '../../db/context.ts';
import { surveyResponses, surveys, surveyVersions } from '../../db/schema/index.ts';
import type {
  createSurveySchema,
  surveyListQuerySchema,
  updateSurveySchema,
} from '../../shared/schemas/surveys.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { isUniqueViolation } from '../db-errors.ts';
import type { ServiceDeps } from '../deps.ts';
import { containsPattern } from '../sql-helpers.ts';
import { checkBuiltInKeys } from './built-in.ts';
import {
  findSurvey,
  loadSurvey,
  matchesText,
  summaryColumns,
  toSummary,
  versionsOf,
} from './mapping.ts';
import { createSurveyLifecycle } from './lifecycle.ts';
import { createSurveyQr } from './qr.ts';
import { createPrivacySettings } from './settings.ts';
import { ensureVisitorProfile, latestVersion, newPublicCode } from './store.ts';

function slugTaken(slug: string) {
  return new AppError('SLUG_TAKEN', {
    params: { slug },
    issues: [{ path: 'slug', code: 'taken' }],
  });
}

async function assertSlugFree(tx: Executor, organisationId: string, slug: string, except?: string) {
  const [row] = await tx
    .select({ id: surveys.id })
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.slug, slug)));
  if (row && row.id !== except) throw slugTaken(slug);
}

/** JSON with sorted keys: a definition read back from jsonb compares equal to its input. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Questionnaires: list, create, change (new version once live), publish, close, delete. */
export function createSurveyService(deps: ServiceDeps) {
  const { db, clock } = deps;
  return {
    ...createSurveyLifecycle(deps),
    ...createPrivacySettings(deps),
    ...createSurveyQr(deps),

    /** The organisation's questionnaires; gives an older organisation its visitor profile. */
    async list(actor: Actor, query: z.output<typeof surveyListQuerySchema>) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        await ensureVisitorProfile(tx, ctx.organisationId, clock());
        const filters = [eq(surveys.organisationId, ctx.organisationId)];
        if (query.status) filters.push(eq(surveys.status, query.status));
        if (query.q) filters.push(matchesText(containsPattern(query.q)));
        const where = and(...filters);
        const rows = await tx
          .select(summaryColumns)
          .from(surveys)
          .where(where)
          .orderBy(sql`${surveys.template} IS NULL`, desc(surveys.createdAt), surveys.id)
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx.select({ n: count() }).from(surveys).where(where);
        return {
          items: rows.map(toSummary),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    async get(actor: Actor, id: string) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, (tx) => loadSurvey(tx, ctx.organisationId, id));
    },

    /** One version as it was asked, with its number of responses. */
    async getVersion(actor: Actor, id: string, version: number) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        await findSurvey(tx, ctx.organisationId, id);
        const found = (await versionsOf(tx, id)).find((v) => v.version === version);
        if (!found) throw new AppError('NOT_FOUND');
        const { id: _versionId, ...rest } = found;
        return { ...rest, definition: rest.definition as SurveyDefinition };
      });
    },

    /** The built-in visitor profile, to start a new questionnaire from. */
    visitorProfileTemplate(actor: Actor) {
      requirePermission(actor, 'aggregates.read');
      return { definition: VISITOR_PROFILE };
    },

    /** A new questionnaire: a draft with its first (unpublished) version. */
    async create(actor: Actor, input: z.output<typeof createSurveySchema>) {
      requirePermission(actor, 'surveys.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        await assertSlugFree(tx, ctx.organisationId, input.slug);
        const at = clock();
        const id = randomUUID();
        try {
          await tx.insert(surveys).values({
            id,
            organisationId: ctx.organisationId,
            slug: input.slug,
            publicCode: newPublicCode(),
            status: 'draft',
            createdBy: actor.userId,
            createdAt: at,
            updatedAt: at,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw slugTaken(input.slug);
          throw error;
        }
        await tx.insert(surveyVersions).values({
          organisationId: ctx.organisationId,
          surveyId: id,
          version: 1,
          definition: input.definition as SurveyDefinition,
          createdBy: actor.userId,
          createdAt: at,
        });
        await recordAudit(tx, actor, {
          action: 'survey.created',
          entity: 'survey',
          entityId: id,
          details: { slug: input.slug },
        });
        return loadSurvey(tx, ctx.organisationId, id);
      });
    },

    /**
     * Changes the slug and/or the definition. A version never published and never
     * answered is changed in place; otherwise the definition becomes a new version (live
     * at once when the questionnaire is published), and earlier answers keep theirs.
     */
    async update(actor: Actor, id: string, input: z.output<typeof updateSurveySchema>) {
      requirePermission(actor, 'surveys.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const survey = await findSurvey(tx, ctx.organisationId, id, true);
        const at = clock();
        const details: Record<string, unknown> = {};
        if (input.slug !== undefined && input.slug !== survey.slug) {
          await assertSlugFree(tx, ctx.organisationId, input.slug, id);
          details.slug = input.slug;
        }
        const definition = input.definition as SurveyDefinition | undefined;
        if (definition) {
          const issues = checkBuiltInKeys(survey.template, definition);
          if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { issues });
          const current = await latestVersion(tx, id);
          if (canonical(current.definition) !== canonical(definition))
            details.version = await saveDefinition(tx, ctx.organisationId, survey, current, {
              definition,
              at,
              userId: actor.userId,
            });
        }
        if (Object.keys(details).length === 0) return loadSurvey(tx, ctx.organisationId, id);
        try {
          await tx
            .update(surveys)
            .set({ slug: input.slug ?? survey.slug, updatedAt: at })
            .where(eq(surveys.id, id));
        } catch (error) {
          if (input.slug && isUniqueViolation(error)) throw slugTaken(input.slug);
          throw error;
        }
        await recordAudit(tx, actor, {
          action: 'survey.updated',
          entity: 'survey',
          entityId: id,
          fields: Object.keys(input),
          details,
        });
        return loadSurvey(tx, ctx.organisationId, id);
      });
    },
  };
}

/**
 * The questions of `definition` whose key an earlier version (below `before`) asked with
 * another type: results and exports read answers by key across versions, so a key keeps
 * its type (a rating read as a number, or several ticks read as one, would be wrong).
 */
async function keyTypeChanges(
  tx: Executor,
  surveyId: string,
  definition: SurveyDefinition,
  before: number,
): Promise<FieldIssue[]> {
  const earlier = await tx
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.surveyId, surveyId), lt(surveyVersions.version, before)));
  const typesOf = new Map<string, Set<string>>();
  for (const question of earlier.flatMap((v) => v.definition.questions))
    typesOf.set(question.key, (typesOf.get(question.key) ?? new Set()).add(question.type));
  return definition.questions.flatMap((question, index) =>
    [...(typesOf.get(question.key) ?? [])].some((type) => type !== question.type)
      ? [
          {
            path: `definition.questions.${index}.type`,
            code: 'key_type_changed',
            params: { value: question.key },
          },
        ]
      : [],
  );
}

/** Writes a changed definition; returns the number of the version that holds it. */
async function saveDefinition(
  tx: Executor,
  organisationId: string,
  survey: typeof surveys.$inferSelect,
  current: Awaited<ReturnType<typeof latestVersion>>,
  change: { definition: SurveyDefinition; at: Date; userId: string | null },
): Promise<number> {
  const [answered] = await tx
    .select({ n: count() })
    .from(surveyResponses)
    .where(eq(surveyResponses.versionId, current.id));
  const inPlace = current.publishedAt === null && Number(answered?.n ?? 0) === 0;
  const issues = await keyTypeChanges(
    tx,
    survey.id,
    change.definition,
    inPlace ? current.version : current.version + 1,
  );
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', { issues });
  if (inPlace) {
    await tx
      .update(surveyVersions)
      .set({ definition: change.definition })
      .where(eq(surveyVersions.id, current.id));
    return current.version;
  }
  await tx.insert(surveyVersions).values({
    organisationId,
    surveyId: survey.id,
    version: current.version + 1,
    definition: change.definition,
    createdBy: change.userId,
    createdAt: change.at,
    publishedAt: survey.status === 'published' ? change.at : null,
  });
  return current.version + 1;
}
