import { z } from 'zod';
import { isoDateSchema, listQuerySchema, uuidSchema } from './common.ts';

/**
 * Every action the services record in the audit trail: the one list that `recordAudit`
 * accepts (a new action is a type error until it is added here), that the audit page offers
 * as a filter and that the catalogs translate (`audit.action.<action>`, checked by a test).
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_changed',
  'setup.completed',
  'demo.loaded',
  'organisation.created',
  'organisation.updated',
  'organisation.privacy_updated',
  'user.created',
  'user.updated',
  'user.read',
  'member.added',
  'member.updated',
  'member.removed',
  'member.listed',
  'location.created',
  'location.updated',
  'token.created',
  'token.revoked',
  'activity.created',
  'activity.updated',
  'activity.cancelled',
  'activity.deleted',
  'activity.attendance_recorded',
  'activity_kind.created',
  'activity_kind.updated',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'contact.batch_recorded',
  'contact.imported',
  'contact_tag.saved',
  'survey.created',
  'survey.updated',
  'survey.published',
  'survey.closed',
  'survey.deleted',
  'survey.imported',
  'survey.responses_exported',
  'indicator.created',
  'indicator.updated',
  'indicator.deleted',
  'programme.created',
  'programme.updated',
  'programme.deleted',
  'programme.target_added',
  'programme.target_updated',
  'programme.target_removed',
  'programme.partnership_accepted',
  'programme.partnership_declined',
  'report.narrative_saved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
  /** An action of `AUDIT_ACTIONS`, or the start of one (`programme.` for every programme event). */
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
