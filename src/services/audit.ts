import { and, count, desc, eq, gte, ilike, isNull, lt, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { DEFAULT_TIME_ZONE } from '../core/common/time.ts';
import type { Executor } from '../db/client.ts';
import { withContext } from '../db/context.ts';
import { auditLog, users } from '../db/schema/index.ts';
import type { auditQuerySchema, AuditAction, AuditEntry } from '../shared/schemas/audit.ts';
import {
  adminContext,
  orgContext,
  requireInstallationAdmin,
  requirePermission,
  type Actor,
} from './actor.ts';
import type { ServiceDeps } from './deps.ts';
import { containsPattern, prefixPattern } from './sql-helpers.ts';

export interface AuditRecord {
  /** One of `AUDIT_ACTIONS` (src/shared/schemas/audit.ts), which the audit page filters by. */
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  /** Set for reads and changes of personal data, with the fields involved. */
  personalData?: boolean;
  fields?: string[];
  details?: Record<string, unknown>;
  /** Organisation of the event; defaults to the actor's current organisation. */
  organisationId?: string | null;
}

/** Writes one audit row in the caller's transaction, so it stands or falls with the change. */
export async function recordAudit(
  tx: Executor,
  actor: Pick<Actor, 'userId' | 'organisationId' | 'requestId'>,
  record: AuditRecord,
) {
  await tx.insert(auditLog).values({
    organisationId:
      record.organisationId === undefined ? actor.organisationId : record.organisationId,
    userId: actor.userId,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId ?? null,
    personalData: record.personalData ?? false,
    fields: record.fields ?? [],
    requestId: actor.requestId ?? null,
    details: record.details ?? null,
  });
}

/** Searches the audit trail of the actor's organisation (org admins; installation admins too). */
export function createAuditService({ db }: ServiceDeps) {
  return {
    async list(actor: Actor, query: z.output<typeof auditQuerySchema>) {
      const installation = query.scope === 'installation';
      if (installation) requireInstallationAdmin(actor);
      else requirePermission(actor, 'audit.read');
      const ctx = installation ? adminContext(actor) : orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const filters = [
          installation
            ? isNull(auditLog.organisationId)
            : eq(auditLog.organisationId, ctx.organisationId!),
        ];
        if (query.action) filters.push(ilike(auditLog.action, prefixPattern(query.action)));
        if (query.entity) filters.push(eq(auditLog.entity, query.entity));
        if (query.userId) filters.push(eq(auditLog.userId, query.userId));
        if (query.personalData !== undefined)
          filters.push(eq(auditLog.personalData, query.personalData));
        // Days are the organisation's days (Europe/Brussels by default), not UTC's.
        const zone = ctx.organisationId
          ? sql`(SELECT time_zone FROM organisations WHERE id = ${ctx.organisationId})`
          : sql`${DEFAULT_TIME_ZONE}`;
        if (query.from)
          filters.push(
            gte(auditLog.at, sql`(${query.from}::date)::timestamp AT TIME ZONE ${zone}`),
          );
        if (query.to)
          filters.push(
            lt(auditLog.at, sql`(${query.to}::date + 1)::timestamp AT TIME ZONE ${zone}`),
          );
        if (query.q) {
          const like = containsPattern(query.q);
          filters.push(
            or(
              ilike(auditLog.action, like),
              ilike(auditLog.entity, like),
              ilike(auditLog.entityId, like),
              ilike(users.name, like),
            )!,
          );
        }
        const where = and(...filters);
        const rows = await tx
          .select({ entry: auditLog, userName: users.name })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.userId))
          .where(where)
          .orderBy(desc(auditLog.at), desc(auditLog.id))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx
          .select({ n: count() })
          .from(auditLog)
          .leftJoin(users, eq(users.id, auditLog.userId))
          .where(where);
        const items: AuditEntry[] = rows.map(({ entry, userName }) => ({
          id: String(entry.id),
          at: entry.at.toISOString(),
          organisationId: entry.organisationId,
          userId: entry.userId,
          userName,
          action: entry.action,
          entity: entry.entity,
          entityId: entry.entityId,
          personalData: entry.personalData,
          fields: entry.fields,
          requestId: entry.requestId,
        }));
        return { items, total: Number(total?.n ?? 0), limit: query.limit, offset: query.offset };
      });
    },
  };
}
