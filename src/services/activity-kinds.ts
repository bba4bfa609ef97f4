import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../core/common/errors.ts';
import { BUILT_IN_ACTIVITY_KINDS, type ActivityCategory } from '../core/contacts/model.ts';
import type { Executor } from '../db/client.ts';
import { withContext } from '../db/context.ts';
import { activityKinds, contactTags } from '../db/schema/index.ts';
import type {
  ActivityKind,
  createActivityKindSchema,
  updateActivityKindSchema,
} from '../shared/schemas/activities.ts';
import type { ContactTag, putContactTagSchema } from '../shared/schemas/contacts.ts';
import { orgContext, requirePermission, type Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';

/** Built-in kinds merged with the organisation's own kinds and switches. */
export async function kindsOf(tx: Executor, organisationId: string): Promise<ActivityKind[]> {
  const rows = await tx
    .select()
    .from(activityKinds)
    .where(eq(activityKinds.organisationId, organisationId));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const builtIn = BUILT_IN_ACTIVITY_KINDS.map((k) => ({
    slug: k.slug,
    category: k.category,
    builtIn: true,
    labels: bySlug.get(k.slug)?.labels ?? {},
    active: bySlug.get(k.slug)?.active ?? true,
  }));
  const builtInSlugs = new Set(BUILT_IN_ACTIVITY_KINDS.map((k) => k.slug));
  const own = rows
    .filter((r) => !builtInSlugs.has(r.slug))
    .map((r) => ({
      slug: r.slug,
      category: r.category as ActivityCategory,
      builtIn: false,
      labels: r.labels,
      active: r.active,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  return [...builtIn, ...own];
}

/** The active kind `slug`, or a validation error on `kind`. */
export async function activeKind(tx: Executor, organisationId: string, slug: string) {
  const kind = (await kindsOf(tx, organisationId)).find((k) => k.slug === slug && k.active);
  if (!kind)
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'kind', code: 'unknown_kind', params: { value: slug } }],
    });
  return kind;
}

/** The organisation's activity kinds and target-group tags (labels in nl/fr/en). */
export function createContactSettingsService({ db, clock }: ServiceDeps) {
  return {
    async listKinds(actor: Actor) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, (tx) => kindsOf(tx, ctx.organisationId));
    },

    async createKind(actor: Actor, input: z.output<typeof createActivityKindSchema>) {
      requirePermission(actor, 'contacts.configure');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const existing = (await kindsOf(tx, ctx.organisationId)).find((k) => k.slug === input.slug);
        if (existing)
          throw new AppError('SLUG_TAKEN', {
            params: { slug: input.slug },
            issues: [{ path: 'slug', code: 'taken' }],
          });
        await tx.insert(activityKinds).values({
          organisationId: ctx.organisationId,
          slug: input.slug,
          category: input.category,
          labels: input.labels,
          createdAt: clock(),
        });
        await recordAudit(tx, actor, {
          action: 'activity_kind.created',
          entity: 'activity_kind',
          entityId: input.slug,
        });
        return (await kindsOf(tx, ctx.organisationId)).find((k) => k.slug === input.slug)!;
      });
    },

    async updateKind(actor: Actor, slug: string, input: z.output<typeof updateActivityKindSchema>) {
      requirePermission(actor, 'contacts.configure');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const kind = (await kindsOf(tx, ctx.organisationId)).find((k) => k.slug === slug);
        if (!kind) throw new AppError('NOT_FOUND');
        const labels = input.labels ?? kind.labels;
        const active = input.active ?? kind.active;
        await tx
          .insert(activityKinds)
          .values({
            organisationId: ctx.organisationId,
            slug,
            category: kind.category,
            labels,
            active,
            createdAt: clock(),
          })
          .onConflictDoUpdate({
            target: [activityKinds.organisationId, activityKinds.slug],
            set: { labels, active },
          });
        await recordAudit(tx, actor, {
          action: 'activity_kind.updated',
          entity: 'activity_kind',
          entityId: slug,
          fields: Object.keys(input),
        });
        return { ...kind, labels, active };
      });
    },

    async listTags(actor: Actor): Promise<ContactTag[]> {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const rows = await tx
          .select()
          .from(contactTags)
          .where(eq(contactTags.organisationId, ctx.organisationId))
          .orderBy(contactTags.slug);
        return rows.map((r) => ({
          slug: r.slug,
          labels: r.labels,
          createdAt: r.createdAt.toISOString(),
        }));
      });
    },

    /** Creates a tag or gives it new labels. */
    async putTag(actor: Actor, slug: string, input: z.output<typeof putContactTagSchema>) {
      requirePermission(actor, 'contacts.configure');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const [row] = await tx
          .insert(contactTags)
          .values({
            organisationId: ctx.organisationId,
            slug,
            labels: input.labels,
            createdAt: clock(),
          })
          .onConflictDoUpdate({
            target: [contactTags.organisationId, contactTags.slug],
            set: { labels: input.labels },
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'contact_tag.saved',
          entity: 'contact_tag',
          entityId: slug,
        });
        return { slug: row!.slug, labels: row!.labels, createdAt: row!.createdAt.toISOString() };
      });
    },
  };
}
