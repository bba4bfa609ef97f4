import type { Tx } from '../../db/client.ts';
import type { ProgrammeProgress } from '../../shared/schemas/programmes.ts';

/**
 * Progress of every programme the organisation owns or is a partner of, as of `asOf`
 * (YYYY-MM-DD): each target's actual (summed over the organisations it counts: the owner and
 * partners, or the one partner of a partner target), share done, share elapsed, forecast and
 * status. `tx` carries the organisation's context. CONTRACT for the annual report; implemented
 * by the programmes helper.
 */
export async function programmesProgressFor(
  _tx: Tx,
  _organisationId: string,
  _asOf: string,
): Promise<ProgrammeProgress[]> {
  return [];
}
