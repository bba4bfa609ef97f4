import { and, asc, count, eq, ilike, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../core/common/errors.ts';
import { withContext } from '../../db/context.ts';
import { organisations, programmes } from '../../db/schema/index.ts';
import type {
  programmeInputSchema,
  programmeListQuerySchema,
  updateProgrammeSchema,
} from '../../shared/schemas/programmes.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceDeps } from '../deps.ts';
import { containsPattern } from '../sql-helpers.ts';
import { programmeOf } from './detail.ts';
import { createPartnershipOperations } from './partnership.ts';
import { programmeProgress } from './progress.ts';
import { loadOwnProgramme, loadProgramme, partnersOf, summariesOf, visibleTo } from './store.ts';
import { createTargetOperations } from './targets.ts';
import { programmeIssues, refuse } from './validation.ts';
import { replaceFunders, replacePartners } from './writes.ts';

/**
 * Programmes, partners, funders, targets and progress. Partners the owner adds are invited;
 * their figures count only once they accept (answerPartnership).
 */
export function createProgrammeService(deps: ServiceDeps) {
  const { db, clock } = deps;
  return {
    /** Programmes the caller's organisation owns and those it is a partner of. */
    async list(actor: Actor, query: z.output<typeof programmeListQuerySchema>) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const org = ctx.organisationId;
        const filters = [visibleTo(org)];
        if (query.role === 'owner') filters.push(eq(programmes.organisationId, org));
        if (query.role === 'partner') filters.push(ne(programmes.organisationId, org));
        if (query.q) filters.push(ilike(programmes.name, containsPattern(query.q)));
        const where = and(...filters);
        const rows = await tx
          .select()
          .from(programmes)
          .where(where)
          .orderBy(asc(programmes.name), asc(programmes.id))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx.select({ n: count() }).from(programmes).where(where);
        return {
          items: await summariesOf(tx, org, rows),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    /** One programme with funders, funding per year and targets (owner or partner). */
    async get(actor: Actor, id: string) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const { row } = await loadProgramme(tx, ctx.organisationId, id);
        return programmeOf(tx, ctx.organisationId, row);
      });
    },

    async create(actor: Actor, input: z.output<typeof programmeInputSchema>) {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        refuse(await programmeIssues(tx, ctx.organisationId, input));
        const at = clock();
        const [row] = await tx
          .insert(programmes)
          .values({
            organisationId: ctx.organisationId,
            name: input.name,
            description: input.description,
            periodStart: input.periodStart,
            periodEnd: input.periodEnd,
            budget: input.budget,
            createdBy: actor.userId,
            createdAt: at,
            updatedAt: at,
          })
          .returning();
        await replacePartners(tx, ctx.organisationId, row!.id, input.partnerIds, at);
        await replaceFunders(tx, ctx.organisationId, row!.id, input.funders);
        await recordAudit(tx, actor, {
          action: 'programme.created',
          entity: 'programme',
          entityId: row!.id,
          details: { name: input.name, partners: input.partnerIds.length },
        });
        return programmeOf(tx, ctx.organisationId, row!);
      });
    },

    /** Changes the fields sent; `partnerIds` and `funders` replace the whole lists. */
    async update(actor: Actor, id: string, input: z.output<typeof updateProgrammeSchema>) {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const current = await loadOwnProgramme(tx, ctx.organisationId, id);
        const partners = (await partnersOf(tx, [id])).get(id) ?? [];
        refuse(
          await programmeIssues(tx, ctx.organisationId, {
            periodStart: input.periodStart ?? current.periodStart,
            periodEnd: input.periodEnd ?? current.periodEnd,
            partnerIds: input.partnerIds ?? partners.map((p) => p.id),
            funders: input.funders ?? [],
          }),
        );
        const at = clock();
        if (input.partnerIds)
          await replacePartners(tx, ctx.organisationId, id, input.partnerIds, at);
        if (input.funders) await replaceFunders(tx, ctx.organisationId, id, input.funders);
        const { partnerIds: _p, funders: _f, ...fields } = input;
        const [row] = await tx
          .update(programmes)
          .set({ ...fields, updatedAt: at })
          .where(eq(programmes.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'programme.updated',
          entity: 'programme',
          entityId: id,
          fields: Object.keys(input),
        });
        return programmeOf(tx, ctx.organisationId, row!);
      });
    },

    /** Deletes a programme with its partners, funders and targets. */
    async remove(actor: Actor, id: string) {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      await withContext(db, ctx, async (tx) => {
        const current = await loadOwnProgramme(tx, ctx.organisationId, id);
        await tx.delete(programmes).where(eq(programmes.id, id));
        await recordAudit(tx, actor, {
          action: 'programme.deleted',
          entity: 'programme',
          entityId: id,
          details: { name: current.name },
        });
      });
    },

    /** Every organisation of the installation but the caller's: who may be a partner. */
    async partnerCandidates(actor: Actor) {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => ({
        items: await tx
          .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
          .from(organisations)
          .where(ne(organisations.id, ctx.organisationId))
          .orderBy(asc(sql`lower(${organisations.name})`), asc(organisations.slug)),
      }));
    },

    /**
     * Progress of every target as of `asOf` (default today in the owner's zone), for the
     * owner and accepted partners; an organisation only invited is FORBIDDEN until it accepts.
     */
    async progress(actor: Actor, id: string, asOf?: string) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const { row, status } = await loadProgramme(tx, ctx.organisationId, id);
        if (status === 'invited') throw new AppError('FORBIDDEN');
        return programmeProgress(tx, ctx.organisationId, row, asOf ?? null, clock());
      });
    },

    ...createTargetOperations(deps),
    ...createPartnershipOperations(deps),
  };
}
