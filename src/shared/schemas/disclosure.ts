import { z } from 'zod';
import { WITHHELD_REASONS } from '../../core/disclosure/protect.ts';

/**
 * How the figures of a view are protected (decision 0008): `cell_key` — every count may
 * differ from the true one by up to `maxDeviation`, counts below `threshold` are hidden;
 * `exact` — a published year's fixed tables, small counts hidden. `withheld` names why the
 * whole view shows nothing (a view next to it differs from it by a small group).
 */
export const protectionSchema = z.object({
  method: z.enum(['cell_key', 'exact']),
  threshold: z.number().int(),
  maxDeviation: z.number().int(),
  withheld: z.enum(WITHHELD_REASONS).nullable(),
});
export type ProtectionView = z.infer<typeof protectionSchema>;
