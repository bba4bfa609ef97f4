import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { Tx } from '../../db/client.ts';
import { programmeFunders, programmePartners, programmeTargets } from '../../db/schema/index.ts';

export interface FunderInput {
  name: string;
  amounts: { year: number; amount: number }[];
}

/**
 * Makes the programme's partners exactly `partnerIds` (checked by programmeIssues). A partner
 * that still has targets cannot be removed: PARTNER_HAS_TARGETS. Returns whether anything
 * changed.
 */
export async function replacePartners(
  tx: Tx,
  ownerId: string,
  programmeId: string,
  partnerIds: string[],
  at: Date,
): Promise<boolean> {
  const current = await tx
    .select({ id: programmePartners.partnerId })
    .from(programmePartners)
    .where(eq(programmePartners.programmeId, programmeId));
  const removed = current.map((r) => r.id).filter((id) => !partnerIds.includes(id));
  const added = partnerIds.filter((id) => !current.some((r) => r.id === id));
  if (removed.length) {
    const [withTargets] = await tx
      .select({ id: programmeTargets.id })
      .from(programmeTargets)
      .where(
        and(
          eq(programmeTargets.programmeId, programmeId),
          inArray(programmeTargets.partnerId, removed),
        ),
      )
      .limit(1);
    if (withTargets) throw new AppError('PARTNER_HAS_TARGETS');
    await tx
      .delete(programmePartners)
      .where(
        and(
          eq(programmePartners.programmeId, programmeId),
          partnerIds.length ? notInArray(programmePartners.partnerId, partnerIds) : undefined,
        ),
      );
  }
  if (added.length)
    await tx.insert(programmePartners).values(
      added.map((partnerId) => ({
        organisationId: ownerId,
        programmeId,
        partnerId,
        createdAt: at,
      })),
    );
  return removed.length > 0 || added.length > 0;
}

/** Replaces the programme's funders (in the order given). */
export async function replaceFunders(
  tx: Tx,
  ownerId: string,
  programmeId: string,
  funders: FunderInput[],
): Promise<void> {
  await tx.delete(programmeFunders).where(eq(programmeFunders.programmeId, programmeId));
  if (funders.length)
    await tx.insert(programmeFunders).values(
      funders.map((funder, position) => ({
        organisationId: ownerId,
        programmeId,
        name: funder.name,
        position,
        amounts: [...funder.amounts].sort((a, b) => a.year - b.year),
      })),
    );
}
