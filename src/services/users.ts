import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../core/common/errors.ts';
import type { Role } from '../core/organisations/roles.ts';
import type { UiLanguage } from '../core/common/languages.ts';
import { withContext } from '../db/context.ts';
import { memberships, organisations, users } from '../db/schema/index.ts';
import type { Executor } from '../db/client.ts';
import type { listQuerySchema } from '../shared/schemas/common.ts';
import type { createUserSchema, updateUserSchema, User } from '../shared/schemas/organisations.ts';
import { adminContext, requireInstallationAdmin, type Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { isUniqueViolation } from './db-errors.ts';
import { revokeTokensOf } from './me.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { containsPattern } from './sql-helpers.ts';

async function withOrganisations(
  tx: Executor,
  rows: (typeof users.$inferSelect)[],
): Promise<User[]> {
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await tx
        .select({
          userId: memberships.userId,
          id: organisations.id,
          slug: organisations.slug,
          name: organisations.name,
          roles: memberships.roles,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(inArray(memberships.userId, ids))
        .orderBy(asc(organisations.name))
    : [];
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    language: row.language as UiLanguage,
    isInstallationAdmin: row.isInstallationAdmin,
    disabled: row.disabled,
    organisations: links
      .filter((l) => l.userId === row.id)
      .map(({ id, slug, name, roles }) => ({ id, slug, name, roles: roles as Role[] })),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Every user account of the installation (installation admins only). */
export function createUserService(
  { db, clock }: ServiceDeps,
  hooks: { endSessionsOf(userId: string): Promise<number> },
) {
  return {
    async list(actor: Actor, query: z.output<typeof listQuerySchema>) {
      requireInstallationAdmin(actor);
      return withContext(db, adminContext(actor), async (tx) => {
        const where = query.q
          ? or(
              ilike(users.name, containsPattern(query.q)),
              ilike(users.email, containsPattern(query.q)),
            )
          : undefined;
        const rows = await tx
          .select()
          .from(users)
          .where(where)
          .orderBy(asc(users.name))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx.select({ n: count() }).from(users).where(where);
        await recordAudit(tx, actor, {
          action: 'user.read',
          entity: 'user',
          personalData: true,
          fields: ['email', 'name'],
          details: { count: rows.length },
        });
        return {
          items: await withOrganisations(tx, rows),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    async create(actor: Actor, input: z.output<typeof createUserSchema>) {
      requireInstallationAdmin(actor);
      assertStrongPassword(input.password, 'password', { email: input.email });
      const passwordHash = await hashPassword(input.password);
      return withContext(db, adminContext(actor), async (tx) => {
        const [existing] = await tx
          .select({ id: users.id })
          .from(users)
          .where(eq(users.email, input.email));
        if (existing)
          throw new AppError('EMAIL_TAKEN', { issues: [{ path: 'email', code: 'taken' }] });
        const at = clock();
        try {
          const [row] = await tx
            .insert(users)
            .values({
              email: input.email,
              name: input.name,
              language: input.language,
              passwordHash,
              isInstallationAdmin: input.isInstallationAdmin,
              createdAt: at,
              updatedAt: at,
            })
            .returning();
          await recordAudit(tx, actor, {
            action: 'user.created',
            entity: 'user',
            entityId: row!.id,
            personalData: true,
            fields: ['email', 'name', 'language', 'password'],
          });
          return (await withOrganisations(tx, [row!]))[0]!;
        } catch (error) {
          if (isUniqueViolation(error))
            throw new AppError('EMAIL_TAKEN', { issues: [{ path: 'email', code: 'taken' }] });
          throw error;
        }
      });
    },

    async update(actor: Actor, id: string, input: z.output<typeof updateUserSchema>) {
      requireInstallationAdmin(actor);
      const [current] = await db.select().from(users).where(eq(users.id, id));
      if (!current) throw new AppError('NOT_FOUND');
      const { password, ...rest } = input;
      if (password !== undefined)
        assertStrongPassword(password, 'password', { email: current.email });
      const passwordHash = password !== undefined ? await hashPassword(password) : undefined;
      if (id === actor.userId && (input.isInstallationAdmin === false || input.disabled === true))
        throw new AppError('FORBIDDEN');
      const updated = await withContext(db, adminContext(actor), async (tx) => {
        const [row] = await tx
          .update(users)
          .set({ ...rest, ...(passwordHash ? { passwordHash } : {}), updatedAt: clock() })
          .where(and(eq(users.id, id)))
          .returning();
        // A new password ends the user's sessions (below) and their API tokens.
        const tokensRevoked = passwordHash ? await revokeTokensOf(tx, id, clock()) : 0;
        await recordAudit(tx, actor, {
          action: 'user.updated',
          entity: 'user',
          entityId: id,
          personalData: true,
          fields: Object.keys(input),
          ...(tokensRevoked ? { details: { tokensRevoked } } : {}),
        });
        return (await withOrganisations(tx, [row!]))[0]!;
      });
      if (input.disabled || passwordHash) await hooks.endSessionsOf(id);
      return updated;
    },

    async findByEmail(email: string) {
      const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
      return row ?? null;
    },
  };
}
