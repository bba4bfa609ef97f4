import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../core/common/errors.ts';
import { withContext } from '../db/context.ts';
import { memberships, organisations } from '../db/schema/index.ts';
import type { Executor } from '../db/client.ts';
import type {
  createOrganisationSchema,
  Organisation,
  updateOrganisationSchema,
} from '../shared/schemas/organisations.ts';
import type { listQuerySchema } from '../shared/schemas/common.ts';
import { adminContext, requireInstallationAdmin, requirePermission, type Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { isUniqueViolation } from './db-errors.ts';
import { containsPattern } from './sql-helpers.ts';
import { ensureVisitorProfile } from './surveys/store.ts';
import type { OrganisationKind } from '../core/organisations/roles.ts';
import type { UiLanguage } from '../core/common/languages.ts';

type OrganisationRow = typeof organisations.$inferSelect;

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind as OrganisationKind,
    defaultLanguage: row.defaultLanguage as UiLanguage,
    timeZone: row.timeZone,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Inserts an organisation with its built-in visitor profile in the caller's transaction
 * (which must be an installation context); SLUG_TAKEN when the slug exists.
 */
export async function insertOrganisation(
  tx: Executor,
  input: z.output<typeof createOrganisationSchema>,
  at: Date,
) {
  const [existing] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, input.slug));
  if (existing)
    throw new AppError('SLUG_TAKEN', {
      params: { slug: input.slug },
      issues: [{ path: 'slug', code: 'taken' }],
    });
  const [row] = await tx
    .insert(organisations)
    .values({ ...input, createdAt: at, updatedAt: at })
    .returning();
  // Every organisation starts with the built-in visitor profile, ready to publish answers.
  await ensureVisitorProfile(tx, row!.id, at);
  return row!;
}

/** Organisations of the installation: created by installation admins, edited by their org admins. */
export function createOrganisationService({ db, clock }: ServiceDeps) {
  async function visibleIds(tx: Executor, actor: Actor): Promise<string[] | null> {
    if (actor.isInstallationAdmin) return null;
    if (!actor.userId) return [];
    const rows = await tx
      .select({ id: memberships.organisationId })
      .from(memberships)
      .where(eq(memberships.userId, actor.userId));
    return rows.map((r) => r.id);
  }

  return {
    /** Installation admins see all organisations; other users the ones they belong to. */
    async list(actor: Actor, query: z.output<typeof listQuerySchema>) {
      return withContext(db, adminContext(actor), async (tx) => {
        const ids = await visibleIds(tx, actor);
        const filters = [];
        if (ids)
          filters.push(
            ids.length
              ? inArray(organisations.id, ids)
              : eq(organisations.id, '00000000-0000-0000-0000-000000000000'),
          );
        if (query.q)
          filters.push(
            or(
              ilike(organisations.name, containsPattern(query.q)),
              ilike(organisations.slug, containsPattern(query.q)),
            )!,
          );
        const where = and(...filters);
        const rows = await tx
          .select()
          .from(organisations)
          .where(where)
          .orderBy(asc(organisations.name))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx.select({ n: count() }).from(organisations).where(where);
        return {
          items: rows.map(toOrganisation),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    async get(actor: Actor, id: string) {
      return withContext(db, adminContext(actor), async (tx) => {
        const ids = await visibleIds(tx, actor);
        if (ids && !ids.includes(id)) throw new AppError('NOT_FOUND');
        const [row] = await tx.select().from(organisations).where(eq(organisations.id, id));
        if (!row) throw new AppError('NOT_FOUND');
        return toOrganisation(row);
      });
    },

    async create(actor: Actor, input: z.output<typeof createOrganisationSchema>) {
      requireInstallationAdmin(actor);
      return withContext(db, adminContext(actor), async (tx) => {
        try {
          const row = await insertOrganisation(tx, input, clock());
          await recordAudit(tx, actor, {
            action: 'organisation.created',
            entity: 'organisation',
            entityId: row.id,
            organisationId: row.id,
          });
          return toOrganisation(row);
        } catch (error) {
          if (isUniqueViolation(error))
            throw new AppError('SLUG_TAKEN', {
              params: { slug: input.slug },
              issues: [{ path: 'slug', code: 'taken' }],
            });
          throw error;
        }
      });
    },

    /** Org admins may edit their own organisation (in its context); installation admins any. */
    async update(actor: Actor, id: string, input: z.output<typeof updateOrganisationSchema>) {
      if (!actor.isInstallationAdmin) {
        if (actor.organisationId !== id) throw new AppError('NOT_FOUND');
        requirePermission(actor, 'organisation.manage');
      }
      return withContext(db, adminContext(actor), async (tx) => {
        const [row] = await tx
          .update(organisations)
          .set({ ...input, updatedAt: clock() })
          .where(eq(organisations.id, id))
          .returning();
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(
          tx,
          { ...actor, organisationId: id },
          {
            action: 'organisation.updated',
            entity: 'organisation',
            entityId: id,
            fields: Object.keys(input),
          },
        );
        return toOrganisation(row);
      });
    },

    async findBySlug(slug: string) {
      const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
      return row ? toOrganisation(row) : null;
    },
  };
}
