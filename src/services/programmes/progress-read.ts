import { asc } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { programmes } from '../../db/schema/index.ts';
import type { ProgrammeProgress } from '../../shared/schemas/programmes.ts';
import { programmeProgress } from './progress.ts';
import { memberOf } from './store.ts';

/**
 * Progress of every programme the organisation owns or has accepted to be a partner of (an
 * invitation not yet accepted is left out), as of `asOf` (YYYY-MM-DD): each target's actual
 * (summed over the organisations it counts: the owner and accepted partners, or the one
 * partner of a partner target once it has accepted), share done, share elapsed, forecast and
 * status. `tx` carries the organisation's context. CONTRACT for the annual report.
 */
export async function programmesProgressFor(
  tx: Tx,
  organisationId: string,
  asOf: string,
): Promise<ProgrammeProgress[]> {
  const rows = await tx
    .select()
    .from(programmes)
    .where(memberOf(organisationId))
    .orderBy(asc(programmes.name), asc(programmes.id));
  const result: ProgrammeProgress[] = [];
  for (const row of rows)
    result.push(
      await programmeProgress(tx, organisationId, row, asOf, new Date(`${asOf}T12:00:00Z`)),
    );
  return result;
}
