import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../../core/common/errors.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import type { Executor } from '../../db/client.ts';
import { withContext } from '../../db/context.ts';
import { idempotencyKeys } from '../../db/schema/index.ts';
import type { BatchResult, NewContact } from '../../shared/schemas/contacts.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { isUniqueViolation } from '../db-errors.ts';
import type { ServiceDeps } from '../deps.ts';
import {
  authorOf,
  checkDraftReferences,
  draftOf,
  ensureTags,
  failIfIssues,
  upsertContacts,
} from './drafts.ts';
import { organisationZone } from './mapping.ts';

const BATCH_SCOPE = 'contacts.batch';
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const IDEMPOTENCY_DAYS = 30;

/** `POST /api/contacts/batch`: tablets that sync later. */
export function createContactBatch({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  /**
   * Up to 1,000 contacts at once, all or nothing. The key makes a replay return the first
   * result; the same key with another body is refused.
   */
  return async function batch(
    actor: Actor,
    key: string | undefined,
    rawBody: unknown,
    items: NewContact[],
  ): Promise<{ result: BatchResult; replayed: boolean }> {
    requirePermission(actor, 'contacts.record');
    if (!key || !IDEMPOTENCY_KEY.test(key)) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
    const ctx = orgContext(actor);
    const hash = createHash('sha256').update(JSON.stringify(rawBody)).digest('hex');
    const lookup = async (tx: Executor) => {
      const [stored] = await tx
        .select()
        .from(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.organisationId, ctx.organisationId),
            eq(idempotencyKeys.scope, BATCH_SCOPE),
            eq(idempotencyKeys.key, key),
          ),
        );
      if (!stored) return null;
      if (stored.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      return stored.response as BatchResult;
    };
    try {
      return await withContext(db, ctx, async (tx) => {
        const previous = await lookup(tx);
        if (previous) return { result: previous, replayed: true };
        const today = todayIn(await organisationZone(tx, ctx.organisationId), clock());
        const drafts = items.map((item) => draftOf(item, today));
        const issues: FieldIssue[] = [];
        const seen = new Map<string, number>();
        drafts.forEach((d, index) => {
          if (!d.externalId) return;
          const first = seen.get(d.externalId);
          if (first !== undefined)
            issues.push({
              path: `contacts.${index}.externalId`,
              code: 'duplicate_external_id',
              params: { value: d.externalId, line: first },
            });
          else seen.set(d.externalId, index);
        });
        const referenceIssues = await checkDraftReferences(tx, ctx.organisationId, today, drafts);
        for (const { index, path, code, params } of referenceIssues)
          issues.push({ path: `contacts.${index}.${path}`, code, ...(params ? { params } : {}) });
        failIfIssues(issues);
        const newTags = await ensureTags(
          tx,
          ctx.organisationId,
          drafts.flatMap((d) => d.tags),
        );
        const at = clock();
        const written = await upsertContacts(tx, ctx.organisationId, authorOf(actor), at, drafts, {
          withIds: true,
          issuePath: (index, field) => `contacts.${index}.${field}`,
        });
        const result: BatchResult = {
          created: written.created,
          updated: written.updated,
          unchanged: written.unchanged,
          contacts: written.rows,
          newTags,
        };
        await tx.insert(idempotencyKeys).values({
          organisationId: ctx.organisationId,
          scope: BATCH_SCOPE,
          key,
          requestHash: hash,
          response: result,
          createdAt: at,
        });
        await tx
          .delete(idempotencyKeys)
          .where(
            and(
              eq(idempotencyKeys.organisationId, ctx.organisationId),
              sql`${idempotencyKeys.createdAt} < ${new Date(at.getTime() - IDEMPOTENCY_DAYS * 86_400_000).toISOString()}::timestamptz`,
            ),
          );
        await recordAudit(tx, actor, {
          action: 'contact.batch_recorded',
          entity: 'contact',
          details: { created: result.created, updated: result.updated, key },
        });
        return { result, replayed: false };
      });
    } catch (error) {
      // Another request with the same key committed first: answer as its replay.
      if (!isUniqueViolation(error)) throw error;
      const stored = await withContext(db, ctx, lookup);
      if (!stored) throw new AppError('IDEMPOTENCY_KEY_IN_USE');
      return { result: stored, replayed: true };
    }
  };
}
