import { and, asc, count, eq, ilike, or } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../core/common/errors.ts';
import type { LocationKind } from '../core/organisations/roles.ts';
import type { Executor } from '../db/client.ts';
import { withContext } from '../db/context.ts';
import { locations } from '../db/schema/index.ts';
import type {
  createLocationSchema,
  Location,
  locationListQuerySchema,
  updateLocationSchema,
} from '../shared/schemas/locations.ts';
import { orgContext, requirePermission, type Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { isUniqueViolation } from './db-errors.ts';
import { containsPattern } from './sql-helpers.ts';

type LocationRow = typeof locations.$inferSelect;

function toLocation(row: LocationRow): Location {
  return {
    id: row.id,
    organisationId: row.organisationId,
    slug: row.slug,
    name: row.name,
    address: row.address,
    municipality: row.municipality,
    kind: row.kind as LocationKind,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function slugTaken(slug: string) {
  return new AppError('SLUG_TAKEN', {
    params: { slug },
    issues: [{ path: 'slug', code: 'taken' }],
  });
}

async function assertSlugFree(
  tx: Executor,
  organisationId: string,
  slug: string,
  exceptId?: string,
) {
  const [row] = await tx
    .select({ id: locations.id })
    .from(locations)
    .where(and(eq(locations.organisationId, organisationId), eq(locations.slug, slug)));
  if (row && row.id !== exceptId) throw slugTaken(slug);
}

/** Places where an organisation works: offices, partner sites, the mobile unit, pop-up desks. */
export function createLocationService({ db, clock }: ServiceDeps) {
  return {
    async list(actor: Actor, query: z.output<typeof locationListQuerySchema>) {
      requirePermission(actor, 'locations.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const filters = [eq(locations.organisationId, ctx.organisationId)];
        if (query.q)
          filters.push(
            or(
              ilike(locations.name, containsPattern(query.q)),
              ilike(locations.slug, containsPattern(query.q)),
              ilike(locations.address, containsPattern(query.q)),
            )!,
          );
        if (query.active !== undefined) filters.push(eq(locations.active, query.active));
        if (query.kind) filters.push(eq(locations.kind, query.kind));
        const where = and(...filters);
        const rows = await tx
          .select()
          .from(locations)
          .where(where)
          .orderBy(asc(locations.name))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx.select({ n: count() }).from(locations).where(where);
        return {
          items: rows.map(toLocation),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    async get(actor: Actor, id: string) {
      requirePermission(actor, 'locations.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const [row] = await tx
          .select()
          .from(locations)
          .where(and(eq(locations.id, id), eq(locations.organisationId, ctx.organisationId)));
        if (!row) throw new AppError('NOT_FOUND');
        return toLocation(row);
      });
    },

    async create(actor: Actor, input: z.output<typeof createLocationSchema>) {
      requirePermission(actor, 'locations.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        await assertSlugFree(tx, ctx.organisationId, input.slug);
        const at = clock();
        try {
          const [row] = await tx
            .insert(locations)
            .values({ ...input, organisationId: ctx.organisationId, createdAt: at, updatedAt: at })
            .returning();
          await recordAudit(tx, actor, {
            action: 'location.created',
            entity: 'location',
            entityId: row!.id,
            details: { slug: row!.slug },
          });
          return toLocation(row!);
        } catch (error) {
          if (isUniqueViolation(error)) throw slugTaken(input.slug);
          throw error;
        }
      });
    },

    async update(actor: Actor, id: string, input: z.output<typeof updateLocationSchema>) {
      requirePermission(actor, 'locations.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        if (input.slug) await assertSlugFree(tx, ctx.organisationId, input.slug, id);
        let row: LocationRow | undefined;
        try {
          [row] = await tx
            .update(locations)
            .set({ ...input, updatedAt: clock() })
            .where(and(eq(locations.id, id), eq(locations.organisationId, ctx.organisationId)))
            .returning();
        } catch (error) {
          // another request took the slug meanwhile
          if (input.slug && isUniqueViolation(error)) throw slugTaken(input.slug);
          throw error;
        }
        if (!row) throw new AppError('NOT_FOUND');
        await recordAudit(tx, actor, {
          action: 'location.updated',
          entity: 'location',
          entityId: id,
          fields: Object.keys(input),
        });
        return toLocation(row);
      });
    },
  };
}
