import { z } from 'zod';
import { isoDateSchema, listQuerySchema, uuidSchema } from './common.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  organisationId: uuidSchema.nullable(),
  userId: uuidSchema.nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  personalData: z.boolean(),
  fields: z.array(z.string()),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = listQuerySchema.extend({
  /** `installation`: events outside any organisation (log-ins, set-up); installation admins only. */
  scope: z.enum(['organisation', 'installation']).default('organisation'),
  action: z.string().max(100).optional(),
  entity: z.string().max(100).optional(),
  userId: uuidSchema.optional(),
  personalData: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
