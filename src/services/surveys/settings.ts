import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../core/common/errors.ts';
import { withContext } from '../../db/context.ts';
import { organisations } from '../../db/schema/index.ts';
import type { putPrivacySettingsSchema } from '../../shared/schemas/surveys.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceDeps } from '../deps.ts';

/** The organisation's privacy settings: the small-cell threshold of every aggregated view. */
export function createPrivacySettings({ db, clock }: ServiceDeps) {
  return {
    async privacy(actor: Actor) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const [row] = await tx
          .select({ smallCellThreshold: organisations.smallCellThreshold })
          .from(organisations)
          .where(eq(organisations.id, ctx.organisationId));
        if (!row) throw new AppError('NOT_FOUND');
        return row;
      });
    },

    /** Org admins only; audited with the old and the new threshold. */
    async setPrivacy(actor: Actor, input: z.output<typeof putPrivacySettingsSchema>) {
      requirePermission(actor, 'privacy.configure');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const [before] = await tx
          .select({ smallCellThreshold: organisations.smallCellThreshold })
          .from(organisations)
          .where(eq(organisations.id, ctx.organisationId))
          .for('update');
        if (!before) throw new AppError('NOT_FOUND');
        if (before.smallCellThreshold === input.smallCellThreshold) return before;
        await tx
          .update(organisations)
          .set({ smallCellThreshold: input.smallCellThreshold, updatedAt: clock() })
          .where(eq(organisations.id, ctx.organisationId));
        await recordAudit(tx, actor, {
          action: 'organisation.privacy_updated',
          entity: 'organisation',
          entityId: ctx.organisationId,
          fields: ['smallCellThreshold'],
          details: { from: before.smallCellThreshold, to: input.smallCellThreshold },
        });
        return { smallCellThreshold: input.smallCellThreshold };
      });
    },
  };
}
