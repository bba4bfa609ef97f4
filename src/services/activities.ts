import { and, asc, count, desc, eq, gte, ilike, lt, or, sql } from 'drizzle-orm';
import { AppError } from '../core/common/errors.ts';
import { CATEGORY_CONTACT_TYPE, type ActivityCategory } from '../core/contacts/model.ts';
import { addDays, todayIn } from '../core/contacts/dates.ts';
import { withContext } from '../db/context.ts';
import { activities } from '../db/schema/index.ts';
import type {
  ActivityListQuery,
  CreateActivityInput,
  RecordAttendanceInput,
  UpdateActivityInput,
} from '../shared/schemas/activities.ts';
import type { z } from 'zod';
import type { createActivitySchema, recordAttendanceSchema } from '../shared/schemas/activities.ts';
import { orgContext, requirePermission, type Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { activeKind } from './activity-kinds.ts';
import { authorOf, checkDraftReferences, ensureTags, upsertContacts } from './contacts/drafts.ts';
import { organisationZone } from './contacts/mapping.ts';
import { isUniqueViolation } from './db-errors.ts';
import type { ServiceDeps } from './deps.ts';
import { containsPattern } from './sql-helpers.ts';
import {
  attendance,
  checkActivityReferences,
  externalIdTaken,
  getActivityIn,
  toActivity,
} from './activity-rows.ts';

export function createActivityService({ db, clock }: ServiceDeps) {
  return {
    async list(actor: Actor, query: ActivityListQuery) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const zone = await organisationZone(tx, ctx.organisationId);
        const filters = [eq(activities.organisationId, ctx.organisationId)];
        // Period bounds are calendar days in the organisation's zone.
        const dayStart = (date: string) => sql`(${date}::date)::timestamp AT TIME ZONE ${zone}`;
        if (query.from) filters.push(gte(activities.startsAt, dayStart(query.from) as never));
        if (query.to)
          filters.push(lt(activities.startsAt, dayStart(addDays(query.to, 1)) as never));
        if (query.kind) filters.push(eq(activities.kind, query.kind));
        if (query.category) filters.push(eq(activities.category, query.category));
        if (query.language) filters.push(eq(activities.language, query.language));
        if (query.status) filters.push(eq(activities.status, query.status));
        if (query.q)
          filters.push(
            or(
              ilike(activities.title, containsPattern(query.q)),
              ilike(activities.partner, containsPattern(query.q)),
              ilike(activities.neighbourhood, containsPattern(query.q)),
              ilike(activities.externalId, containsPattern(query.q)),
            )!,
          );
        const where = and(...filters);
        const order =
          query.sort === 'starts_asc' ? asc(activities.startsAt) : desc(activities.startsAt);
        const rows = await tx
          .select({ activity: activities, ...attendance })
          .from(activities)
          .where(where)
          .orderBy(order, asc(activities.id))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx.select({ n: count() }).from(activities).where(where);
        return {
          items: rows.map(toActivity),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    async get(actor: Actor, id: string) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, (tx) => getActivityIn(tx, ctx.organisationId, id));
    },

    async create(actor: Actor, input: z.output<typeof createActivitySchema>) {
      requirePermission(actor, 'activities.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const kind = await activeKind(tx, ctx.organisationId, input.kind);
        await checkActivityReferences(tx, ctx.organisationId, input);
        const at = clock();
        try {
          const [row] = await tx
            .insert(activities)
            .values({
              organisationId: ctx.organisationId,
              externalId: input.externalId ?? null,
              kind: kind.slug,
              category: kind.category,
              title: input.title,
              startsAt: new Date(input.startsAt),
              endsAt: input.endsAt ? new Date(input.endsAt) : null,
              locationId: input.locationId ?? null,
              municipality: input.municipality ?? null,
              neighbourhood: input.neighbourhood ?? null,
              language: input.language ?? null,
              theme: input.theme ?? null,
              partner: input.partner ?? null,
              capacity: input.capacity ?? null,
              status: input.status,
              notes: input.notes ?? null,
              createdBy: actor.userId,
              createdAt: at,
              updatedAt: at,
            })
            .returning({ id: activities.id });
          await recordAudit(tx, actor, {
            action: 'activity.created',
            entity: 'activity',
            entityId: row!.id,
            details: { kind: kind.slug },
          });
          return getActivityIn(tx, ctx.organisationId, row!.id);
        } catch (error) {
          if (input.externalId && isUniqueViolation(error)) throw externalIdTaken(input.externalId);
          throw error;
        }
      });
    },

    async update(actor: Actor, id: string, input: UpdateActivityInput) {
      requirePermission(actor, 'activities.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const [current] = await tx
          .select()
          .from(activities)
          .where(and(eq(activities.id, id), eq(activities.organisationId, ctx.organisationId)))
          .for('update');
        if (!current) throw new AppError('NOT_FOUND');
        if (current.status === 'cancelled') throw new AppError('ACTIVITY_CANCELLED');
        await checkActivityReferences(tx, ctx.organisationId, input, current);
        let category = current.category;
        if (input.kind && input.kind !== current.kind) {
          const kind = await activeKind(tx, ctx.organisationId, input.kind);
          const current_ = await getActivityIn(tx, ctx.organisationId, id);
          if (kind.category !== current.category && current_.attendanceLines > 0)
            throw new AppError('VALIDATION_FAILED', {
              issues: [{ path: 'kind', code: 'kind_category_locked' }],
            });
          category = kind.category;
        }
        const { startsAt, endsAt, ...rest } = input;
        try {
          await tx
            .update(activities)
            .set({
              ...rest,
              category,
              ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
              ...(endsAt !== undefined ? { endsAt: endsAt ? new Date(endsAt) : null } : {}),
              updatedAt: clock(),
            })
            .where(eq(activities.id, id));
        } catch (error) {
          if (input.externalId && isUniqueViolation(error)) throw externalIdTaken(input.externalId);
          throw error;
        }
        await recordAudit(tx, actor, {
          action: 'activity.updated',
          entity: 'activity',
          entityId: id,
          fields: Object.keys(input),
        });
        return getActivityIn(tx, ctx.organisationId, id);
      });
    },

    /** Cancels a planned activity; one with attendance must lose it first. */
    async cancel(actor: Actor, id: string) {
      requirePermission(actor, 'activities.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const current = await getActivityIn(tx, ctx.organisationId, id);
        if (current.attendanceLines > 0)
          throw new AppError('ACTIVITY_HAS_ATTENDANCE', { params: { count: current.attendance } });
        await tx
          .update(activities)
          .set({ status: 'cancelled', updatedAt: clock() })
          .where(eq(activities.id, id));
        await recordAudit(tx, actor, {
          action: 'activity.cancelled',
          entity: 'activity',
          entityId: id,
        });
        return getActivityIn(tx, ctx.organisationId, id);
      });
    },

    /** Deletes an activity that has no attendance (a mistake, not a cancellation). */
    async remove(actor: Actor, id: string) {
      requirePermission(actor, 'activities.manage');
      const ctx = orgContext(actor);
      await withContext(db, ctx, async (tx) => {
        const current = await getActivityIn(tx, ctx.organisationId, id);
        if (current.attendanceLines > 0)
          throw new AppError('ACTIVITY_HAS_ATTENDANCE', { params: { count: current.attendance } });
        await tx.delete(activities).where(eq(activities.id, id));
        await recordAudit(tx, actor, {
          action: 'activity.deleted',
          entity: 'activity',
          entityId: id,
          details: { title: current.title },
        });
      });
    },

    /**
     * Records people reached: one contact line of the activity's type, so the activity's
     * attendance and the contact totals are the same numbers. Marks a planned activity held.
     */
    async recordAttendance(
      actor: Actor,
      id: string,
      input: z.output<typeof recordAttendanceSchema>,
    ) {
      requirePermission(actor, 'contacts.record');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const [current] = await tx
          .select()
          .from(activities)
          .where(and(eq(activities.id, id), eq(activities.organisationId, ctx.organisationId)))
          .for('update');
        if (!current) throw new AppError('NOT_FOUND');
        if (current.status === 'cancelled') throw new AppError('ACTIVITY_CANCELLED');
        // More people than the activity holds: a typo as often as a full room, so it is
        // asked about first and recorded only once the user confirms.
        let overCapacity = false;
        if (current.capacity !== null) {
          const [sum] = await tx
            .select({ attendance: attendance.attendance })
            .from(activities)
            .where(and(eq(activities.id, id), eq(activities.organisationId, ctx.organisationId)));
          const reached = Number(sum?.attendance ?? 0) + input.count;
          overCapacity = reached > current.capacity;
          if (overCapacity && !input.confirmOverCapacity)
            throw new AppError('ATTENDANCE_OVER_CAPACITY', {
              params: { capacity: current.capacity, attendance: reached },
            });
        }
        const zone = await organisationZone(tx, ctx.organisationId);
        const today = todayIn(zone, clock());
        const draft = {
          date: input.date ?? todayIn(zone, current.startsAt),
          time: null,
          type: CATEGORY_CONTACT_TYPE[current.category as ActivityCategory],
          count: input.count,
          theme: input.theme === undefined ? current.theme : input.theme,
          language: input.language === undefined ? current.language : input.language,
          channel: input.channel ?? null,
          locationId: current.locationId,
          municipality:
            input.municipality === undefined ? current.municipality : input.municipality,
          tags: input.tags,
          activityId: id,
          externalId: null,
        };
        const issues = await checkDraftReferences(tx, ctx.organisationId, today, [draft]);
        if (issues.length)
          throw new AppError('VALIDATION_FAILED', {
            issues: issues.map(({ path, code, params }) => ({
              path,
              code,
              ...(params ? { params } : {}),
            })),
          });
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
        if (current.status === 'planned')
          await tx
            .update(activities)
            .set({ status: 'held', updatedAt: clock() })
            .where(eq(activities.id, id));
        await recordAudit(tx, actor, {
          action: 'activity.attendance_recorded',
          entity: 'activity',
          entityId: id,
          details: {
            count: input.count,
            contactId: written.rows[0]!.id,
            ...(overCapacity ? { overCapacity: true } : {}),
          },
        });
        return getActivityIn(tx, ctx.organisationId, id);
      });
    },
  };
}

export type { CreateActivityInput, RecordAttendanceInput };
