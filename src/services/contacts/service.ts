import { and, arrayContains, count, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import { CORRECTION_WINDOW_HOURS } from '../../core/contacts/model.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import { withContext } from '../../db/context.ts';
import type { Executor } from '../../db/client.ts';
import { contacts } from '../../db/schema/index.ts';
import type {
  ContactListQuery,
  NewContact,
  UpdateContactInput,
} from '../../shared/schemas/contacts.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceDeps } from '../deps.ts';
import { createContactBatch } from './batch.ts';
import {
  authorOf,
  checkDraftReferences,
  draftOf,
  ensureTags,
  failIfIssues,
  upsertContacts,
  type ContactDraft,
} from './drafts.ts';
import {
  activityKindFilter,
  mayCorrect,
  organisationZone,
  selectContacts,
  toContact,
} from './mapping.ts';

/** Filters shared by the contact list and the statistics. */
export function contactFilters(
  organisationId: string,
  query: Partial<ContactListQuery>,
  actor?: Actor,
): SQL[] {
  const filters: SQL[] = [eq(contacts.organisationId, organisationId)];
  if (query.from) filters.push(gte(contacts.contactDate, query.from));
  if (query.to) filters.push(lte(contacts.contactDate, query.to));
  if (query.type) filters.push(eq(contacts.type, query.type));
  if (query.theme) filters.push(eq(contacts.theme, query.theme));
  if (query.language) filters.push(eq(contacts.language, query.language));
  if (query.channel) filters.push(eq(contacts.channel, query.channel));
  if (query.locationId) filters.push(eq(contacts.locationId, query.locationId));
  if (query.municipality) filters.push(eq(contacts.municipality, query.municipality));
  if (query.tag) filters.push(arrayContains(contacts.tags, [query.tag]));
  if (query.activityId) filters.push(eq(contacts.activityId, query.activityId));
  if (query.activityKind) filters.push(activityKindFilter(query.activityKind));
  if (query.externalId) filters.push(eq(contacts.externalId, query.externalId));
  if (query.recordedBy)
    filters.push(
      eq(contacts.recordedBy, query.recordedBy === 'me' ? (actor?.userId ?? '') : query.recordedBy),
    );
  return filters;
}

/** Anonymous contacts: the front desk's tallies, corrections, and the tablets' batches. */
export function createContactService({ db, clock }: ServiceDeps) {
  async function loadForChange(tx: Executor, actor: Actor, organisationId: string, id: string) {
    const [row] = await tx
      .select()
      .from(contacts)
      .where(and(eq(contacts.id, id), eq(contacts.organisationId, organisationId)))
      .for('update');
    if (!row) throw new AppError('NOT_FOUND');
    if (!mayCorrect(actor, row, clock()))
      throw new AppError('CORRECTION_WINDOW_CLOSED', {
        params: { hours: CORRECTION_WINDOW_HOURS },
      });
    return row;
  }

  async function getIn(tx: Executor, actor: Actor, organisationId: string, id: string) {
    const [row] = await selectContacts(tx).where(
      and(eq(contacts.id, id), eq(contacts.organisationId, organisationId)),
    );
    if (!row) throw new AppError('NOT_FOUND');
    return toContact(row, actor, clock());
  }

  return {
    /** Entries one by one, with who recorded them: never for analysts (aggregates only). */
    async list(actor: Actor, query: ContactListQuery) {
      requirePermission(actor, 'personal_data.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const where = and(...contactFilters(ctx.organisationId, query, actor));
        const rows = await selectContacts(tx)
          .where(where)
          .orderBy(desc(contacts.contactDate), desc(contacts.recordedAt), desc(contacts.id))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx.select({ n: count() }).from(contacts).where(where);
        const now = clock();
        return {
          items: rows.map((row) => toContact(row, actor, now)),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    async get(actor: Actor, id: string) {
      requirePermission(actor, 'personal_data.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, (tx) => getIn(tx, actor, ctx.organisationId, id));
    },

    async create(actor: Actor, input: NewContact) {
      requirePermission(actor, 'contacts.record');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const today = todayIn(await organisationZone(tx, ctx.organisationId), clock());
        const draft = draftOf(input, today);
        failIfIssues(await checkDraftReferences(tx, ctx.organisationId, today, [draft]));
        if (draft.externalId) await assertExternalIdFree(tx, ctx.organisationId, draft.externalId);
        await ensureTags(tx, ctx.organisationId, draft.tags);
        const written = await upsertContacts(
          tx,
          ctx.organisationId,
          authorOf(actor),
          clock(),
          [draft],
          {
            withIds: true,
          },
        );
        const id = written.rows[0]!.id;
        await recordAudit(tx, actor, {
          action: 'contact.created',
          entity: 'contact',
          entityId: id,
        });
        return getIn(tx, actor, ctx.organisationId, id);
      });
    },

    async update(actor: Actor, id: string, input: UpdateContactInput) {
      requirePermission(actor, 'contacts.record');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const row = await loadForChange(tx, actor, ctx.organisationId, id);
        const today = todayIn(await organisationZone(tx, ctx.organisationId), clock());
        const draft: ContactDraft = {
          date: input.date ?? row.contactDate,
          time: input.time === undefined ? (row.contactTime?.slice(0, 5) ?? null) : input.time,
          type: input.type ?? (row.type as ContactDraft['type']),
          count: input.count ?? row.count,
          theme: input.theme === undefined ? row.theme : input.theme,
          language: input.language === undefined ? row.language : input.language,
          channel: input.channel === undefined ? row.channel : input.channel,
          locationId: input.locationId === undefined ? row.locationId : input.locationId,
          municipality: input.municipality === undefined ? row.municipality : input.municipality,
          tags: input.tags ?? row.tags,
          activityId: input.activityId === undefined ? row.activityId : input.activityId,
          externalId: input.externalId === undefined ? row.externalId : input.externalId,
        };
        // A date already in the past stays valid; only a change to a future date is refused.
        failIfIssues(await checkDraftReferences(tx, ctx.organisationId, today, [draft]));
        if (draft.externalId && draft.externalId !== row.externalId)
          await assertExternalIdFree(tx, ctx.organisationId, draft.externalId);
        await ensureTags(tx, ctx.organisationId, draft.tags);
        await tx
          .update(contacts)
          .set({
            contactDate: draft.date,
            contactTime: draft.time,
            type: draft.type,
            count: draft.count,
            theme: draft.theme,
            language: draft.language,
            channel: draft.channel,
            locationId: draft.locationId,
            municipality: draft.municipality,
            tags: [...new Set(draft.tags)].sort(),
            activityId: draft.activityId,
            externalId: draft.externalId,
            updatedAt: clock(),
          })
          .where(eq(contacts.id, id));
        await recordAudit(tx, actor, {
          action: 'contact.updated',
          entity: 'contact',
          entityId: id,
          fields: Object.keys(input),
        });
        return getIn(tx, actor, ctx.organisationId, id);
      });
    },

    /** Undo: removes an entry (own entries within the correction window; org admins always). */
    async remove(actor: Actor, id: string) {
      requirePermission(actor, 'contacts.record');
      const ctx = orgContext(actor);
      await withContext(db, ctx, async (tx) => {
        const row = await loadForChange(tx, actor, ctx.organisationId, id);
        await tx.delete(contacts).where(eq(contacts.id, id));
        await recordAudit(tx, actor, {
          action: 'contact.deleted',
          entity: 'contact',
          entityId: id,
          details: { date: row.contactDate, type: row.type, count: row.count },
        });
      });
    },

    batch: createContactBatch({ db, clock }),
  };
}

async function assertExternalIdFree(tx: Executor, organisationId: string, externalId: string) {
  const [row] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.externalId, externalId)));
  if (row)
    throw new AppError('EXTERNAL_ID_TAKEN', {
      params: { externalId },
      issues: [{ path: 'externalId', code: 'external_id_taken' }],
    });
}
