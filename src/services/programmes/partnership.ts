import { sql } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import { withContext } from '../../db/context.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadProgramme } from './store.ts';

export type PartnershipResult = { status: 'accepted' | 'declined' };

/** A partner organisation's answer to a programme owner's invitation. */
export function createPartnershipOperations({ db }: ServiceDeps) {
  return {
    /**
     * The caller's organisation accepts (its aggregates then count towards the programme's
     * targets) or declines (it leaves the programme; its partner targets go too). Only a
     * partner organisation answers, never the owner on its behalf (`owner_cannot_answer` on
     * `accept`); another organisation gets NOT_FOUND. Accepting twice changes nothing.
     */
    async answerPartnership(
      actor: Actor,
      programmeId: string,
      accept: boolean,
    ): Promise<PartnershipResult> {
      requirePermission(actor, 'programmes.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const { role, status } = await loadProgramme(tx, ctx.organisationId, programmeId);
        if (role === 'owner')
          throw new AppError('VALIDATION_FAILED', {
            issues: [{ path: 'accept', code: 'owner_cannot_answer' }],
          });
        if (accept && status === 'accepted') return { status: 'accepted' };
        // The SQL function changes the caller organisation's own partnership row only.
        const result = await tx.execute(
          sql`SELECT app_answer_programme_partnership(${programmeId}, ${accept}) AS ok`,
        );
        const ok = (result as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok;
        if (!ok) throw new AppError('NOT_FOUND');
        await recordAudit(tx, actor, {
          action: accept ? 'programme.partnership_accepted' : 'programme.partnership_declined',
          entity: 'programme',
          entityId: programmeId,
          details: { previous: status ?? null },
        });
        return { status: accept ? 'accepted' : 'declined' };
      });
    },
  };
}
