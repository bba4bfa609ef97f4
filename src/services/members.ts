import { and, arrayContains, asc, count, eq, ilike, or } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../core/common/errors.ts';
import type { Role } from '../core/organisations/roles.ts';
import type { UiLanguage } from '../core/common/languages.ts';
import type { Executor } from '../db/client.ts';
import { withContext } from '../db/context.ts';
import { memberships, organisations, users } from '../db/schema/index.ts';
import type {
  addMemberSchema,
  Member,
  memberListQuerySchema,
} from '../shared/schemas/organisations.ts';
import { orgContext, requirePermission, type Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { containsPattern } from './sql-helpers.ts';

const PERSONAL_FIELDS = ['email', 'name'];

function toMember(row: {
  user: typeof users.$inferSelect;
  roles: string[];
  createdAt: Date;
}): Member {
  return {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    language: row.user.language as UiLanguage,
    roles: row.roles as Role[],
    disabled: row.user.disabled,
    createdAt: row.createdAt.toISOString(),
  };
}

function accountExists() {
  return new AppError('ACCOUNT_EXISTS', { issues: [{ path: 'email', code: 'taken' }] });
}

async function adminCount(tx: Executor, organisationId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        arrayContains(memberships.roles, ['org_admin']),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Members of the actor's current organisation and their roles (org admins). */
export function createMemberService({ db, clock }: ServiceDeps) {
  return {
    async list(actor: Actor, query: z.output<typeof memberListQuerySchema>) {
      requirePermission(actor, 'members.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const filters = [eq(memberships.organisationId, ctx.organisationId)];
        if (query.q)
          filters.push(
            or(
              ilike(users.name, containsPattern(query.q)),
              ilike(users.email, containsPattern(query.q)),
            )!,
          );
        if (query.role) filters.push(arrayContains(memberships.roles, [query.role]));
        const where = and(...filters);
        const rows = await tx
          .select({ user: users, roles: memberships.roles, createdAt: memberships.createdAt })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(where)
          .orderBy(asc(users.name))
          .limit(query.limit)
          .offset(query.offset);
        const [total] = await tx
          .select({ n: count() })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(where);
        await recordAudit(tx, actor, {
          action: 'member.listed',
          entity: 'member',
          personalData: true,
          fields: PERSONAL_FIELDS,
          details: { count: rows.length },
        });
        return {
          items: rows.map(toMember),
          total: Number(total?.n ?? 0),
          limit: query.limit,
          offset: query.offset,
        };
      });
    },

    /**
     * Adds a user by e-mail to the current organisation. A new e-mail creates the account,
     * which then needs a name and a strong initial password. An existing account (of
     * another organisation) may only be added by an installation admin.
     */
    async add(actor: Actor, input: z.output<typeof addMemberSchema>) {
      requirePermission(actor, 'members.manage');
      const ctx = orgContext(actor);
      let passwordHash: string | undefined;
      const [existingUser] = await db.select().from(users).where(eq(users.email, input.email));
      if (!existingUser) {
        const issues = [];
        if (!input.name) issues.push({ path: 'name', code: 'required' });
        if (!input.password) issues.push({ path: 'password', code: 'required' });
        if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
        assertStrongPassword(input.password!, 'password', { email: input.email });
        passwordHash = await hashPassword(input.password!);
      }
      return withContext(db, ctx, async (tx) => {
        let user = existingUser;
        const at = clock();
        if (user) {
          const [already] = await tx
            .select()
            .from(memberships)
            .where(
              and(
                eq(memberships.organisationId, ctx.organisationId),
                eq(memberships.userId, user!.id),
              ),
            );
          if (already)
            throw new AppError('ALREADY_MEMBER', {
              issues: [{ path: 'email', code: 'already_member' }],
            });
          // An account of another organisation is not an org admin's to attach (nor to read):
          // only an installation admin may add an existing account to an organisation.
          if (!actor.isInstallationAdmin) throw accountExists();
        } else {
          const [organisation] = await tx
            .select({ language: organisations.defaultLanguage })
            .from(organisations)
            .where(eq(organisations.id, ctx.organisationId));
          [user] = await tx
            .insert(users)
            .values({
              email: input.email,
              name: input.name!,
              language: input.language ?? organisation?.language ?? 'nl',
              passwordHash: passwordHash!,
              createdAt: at,
              updatedAt: at,
            })
            .onConflictDoNothing()
            .returning();
          // created meanwhile by another request
          if (!user) throw accountExists();
          await recordAudit(tx, actor, {
            action: 'user.created',
            entity: 'user',
            entityId: user!.id,
            personalData: true,
            fields: ['email', 'name', 'language', 'password'],
          });
        }
        const [membership] = await tx
          .insert(memberships)
          .values({
            organisationId: ctx.organisationId,
            userId: user!.id,
            roles: input.roles,
            createdAt: at,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'member.added',
          entity: 'member',
          entityId: user!.id,
          personalData: true,
          fields: ['roles'],
          details: { roles: input.roles },
        });
        return toMember({
          user: user!,
          roles: membership!.roles,
          createdAt: membership!.createdAt,
        });
      });
    },

    async updateRoles(actor: Actor, userId: string, roles: Role[]) {
      requirePermission(actor, 'members.manage');
      const ctx = orgContext(actor);
      return withContext(db, ctx, async (tx) => {
        const where = and(
          eq(memberships.organisationId, ctx.organisationId),
          eq(memberships.userId, userId),
        );
        const [current] = await tx.select().from(memberships).where(where);
        if (!current) throw new AppError('NOT_FOUND');
        if (
          current.roles.includes('org_admin') &&
          !roles.includes('org_admin') &&
          (await adminCount(tx, ctx.organisationId)) <= 1
        ) {
          throw new AppError('LAST_ADMIN');
        }
        const [updated] = await tx.update(memberships).set({ roles }).where(where).returning();
        const [user] = await tx.select().from(users).where(eq(users.id, userId));
        await recordAudit(tx, actor, {
          action: 'member.updated',
          entity: 'member',
          entityId: userId,
          personalData: true,
          fields: ['roles'],
          details: { from: current.roles, to: roles },
        });
        return toMember({ user: user!, roles: updated!.roles, createdAt: updated!.createdAt });
      });
    },

    async remove(actor: Actor, userId: string) {
      requirePermission(actor, 'members.manage');
      const ctx = orgContext(actor);
      await withContext(db, ctx, async (tx) => {
        const where = and(
          eq(memberships.organisationId, ctx.organisationId),
          eq(memberships.userId, userId),
        );
        const [current] = await tx.select().from(memberships).where(where);
        if (!current) throw new AppError('NOT_FOUND');
        if (current.roles.includes('org_admin') && (await adminCount(tx, ctx.organisationId)) <= 1)
          throw new AppError('LAST_ADMIN');
        await tx.delete(memberships).where(where);
        await recordAudit(tx, actor, {
          action: 'member.removed',
          entity: 'member',
          entityId: userId,
          personalData: true,
          fields: ['roles'],
        });
      });
    },
  };
}
