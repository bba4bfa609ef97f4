import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../core/common/errors.ts';
import type { Tx } from '../../db/client.ts';
import { withContext } from '../../db/context.ts';
import { programmeTargets } from '../../db/schema/index.ts';
import type {
  TargetDto,
  targetInputSchema,
  updateTargetSchema,
} from '../../shared/schemas/programmes.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceDeps } from '../deps.ts';
import { ownerIndicators, toTarget, type TargetRow } from './detail.ts';
import { loadOwnProgramme, partnersOf, type ProgrammeRow } from './store.ts';
import { refuse, targetIssues, type TargetFacts } from './validation.ts';

async function targetIn(tx: Tx, programmeId: string, targetId: string): Promise<TargetRow> {
  const [row] = await tx
    .select()
    .from(programmeTargets)
    .where(and(eq(programmeTargets.programmeId, programmeId), eq(programmeTargets.id, targetId)))
    .for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Checks the target as it would be stored and answers with its partners (for the DTO). */
async function checked(tx: Tx, programme: ProgrammeRow, facts: TargetFacts) {
  const partners = (await partnersOf(tx, [programme.id])).get(programme.id) ?? [];
  refuse(
    await targetIssues(
      tx,
      programme.organisationId,
      partners.map((p) => p.id),
      facts,
      programme,
    ),
  );
  return partners;
}

async function dtoOf(
  tx: Tx,
  ownerId: string,
  row: TargetRow,
  partners: Parameters<typeof toTarget>[2],
) {
  const indicators = await ownerIndicators(tx, ownerId, ownerId, [row.indicatorCode]);
  return toTarget(row, indicators.get(row.indicatorCode), partners);
}

/** Adding, changing and removing a programme's targets (owner only; partners read). */
export function createTargetOperations({ db, clock }: ServiceDeps) {
  return {
    async addTarget(
      actor: Actor,
      programmeId: string,
      input: z.output<typeof targetInputSchema>,
    ): Promise<TargetDto> {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const programme = await loadOwnProgramme(tx, ctx.organisationId, programmeId);
        const facts = { ...input, periodStart: input.periodStart ?? programme.periodStart };
        const partners = await checked(tx, programme, facts);
        const at = clock();
        const [row] = await tx
          .insert(programmeTargets)
          .values({
            organisationId: ctx.organisationId,
            programmeId,
            indicatorCode: facts.indicator,
            targetValue: facts.target,
            periodStart: facts.periodStart,
            deadline: facts.deadline,
            partnerId: facts.partnerId,
            year: facts.year,
            createdAt: at,
            updatedAt: at,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'programme.target_added',
          entity: 'programme',
          entityId: programmeId,
          details: { target: row!.id, indicator: facts.indicator, value: facts.target },
        });
        return dtoOf(tx, ctx.organisationId, row!, partners);
      });
    },

    /** Changes the fields sent; the whole target is checked again. */
    async updateTarget(
      actor: Actor,
      programmeId: string,
      targetId: string,
      input: z.output<typeof updateTargetSchema>,
    ): Promise<TargetDto> {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const programme = await loadOwnProgramme(tx, ctx.organisationId, programmeId);
        const current = await targetIn(tx, programmeId, targetId);
        const facts = {
          indicator: input.indicator ?? current.indicatorCode,
          target: input.target ?? Number(current.targetValue),
          periodStart: input.periodStart ?? current.periodStart,
          deadline: input.deadline ?? current.deadline,
          partnerId: input.partnerId === undefined ? current.partnerId : input.partnerId,
          year: input.year === undefined ? current.year : input.year,
        };
        const partners = await checked(tx, programme, facts);
        const [row] = await tx
          .update(programmeTargets)
          .set({
            indicatorCode: facts.indicator,
            targetValue: facts.target,
            periodStart: facts.periodStart,
            deadline: facts.deadline,
            partnerId: facts.partnerId,
            year: facts.year,
            updatedAt: clock(),
          })
          .where(eq(programmeTargets.id, targetId))
          .returning();
        await recordAudit(tx, actor, {
          action: 'programme.target_updated',
          entity: 'programme',
          entityId: programmeId,
          fields: Object.keys(input),
          details: { target: targetId },
        });
        return dtoOf(tx, ctx.organisationId, row!, partners);
      });
    },

    async removeTarget(actor: Actor, programmeId: string, targetId: string): Promise<void> {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      await withContext(db, ctx, async (tx) => {
        await loadOwnProgramme(tx, ctx.organisationId, programmeId);
        const current = await targetIn(tx, programmeId, targetId);
        await tx.delete(programmeTargets).where(eq(programmeTargets.id, targetId));
        await recordAudit(tx, actor, {
          action: 'programme.target_removed',
          entity: 'programme',
          entityId: programmeId,
          details: { target: targetId, indicator: current.indicatorCode },
        });
      });
    },
  };
}
