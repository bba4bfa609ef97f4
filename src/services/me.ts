import { and, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../core/common/errors.ts';
import type { Executor } from '../db/client.ts';
import { withContext, NO_CONTEXT } from '../db/context.ts';
import { apiTokens, users } from '../db/schema/index.ts';
import type { ApiToken } from '../shared/schemas/auth.ts';
import type { Actor } from './actor.ts';
import { orgContext } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { keyedHash, newSecretToken } from './tokens.ts';
import type { UiLanguage } from '../core/common/languages.ts';

export const API_TOKEN_PREFIX = 'pct_';

type TokenRow = typeof apiTokens.$inferSelect;

function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    organisationId: row.organisationId,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Revokes every live API token of a user (their password changed); returns how many. */
export async function revokeTokensOf(tx: Executor, userId: string, at: Date): Promise<number> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}

function requireUser(actor: Actor): string {
  if (!actor.userId) throw new AppError('UNAUTHENTICATED');
  return actor.userId;
}

/** The signed-in user's own profile, password and personal API tokens. */
export function createMeService(
  { db, clock, secret }: ServiceDeps,
  hooks: {
    endSessionsOf(userId: string, exceptSessionId?: string): Promise<number>;
    verifyCurrentPassword(
      userId: string,
      password: string,
      address: string | undefined,
    ): Promise<void>;
  },
) {
  return {
    async updateProfile(
      actor: Actor,
      input: { name?: string | undefined; language?: UiLanguage | undefined },
    ) {
      const userId = requireUser(actor);
      await withContext(db, NO_CONTEXT, async (tx) => {
        await tx
          .update(users)
          .set({ ...input, updatedAt: clock() })
          .where(eq(users.id, userId));
        await recordAudit(
          tx,
          { ...actor, organisationId: null },
          {
            action: 'user.updated',
            entity: 'user',
            entityId: userId,
            personalData: true,
            fields: Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined),
          },
        );
      });
    },

    /**
     * Changes the actor's password: only in a log-in session (never with an API token), with
     * the current password (throttled like the log-in). Ends the user's other sessions (not
     * `sessionId`) and revokes every API token of theirs; says how many of each.
     */
    async changePassword(
      actor: Actor,
      currentPassword: string,
      newPassword: string,
      sessionId: string | undefined,
      address?: string,
    ): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
      const userId = requireUser(actor);
      if (actor.via !== 'session' || !sessionId) throw new AppError('SESSION_REQUIRED');
      await hooks.verifyCurrentPassword(userId, currentPassword, address);
      const [user] = await db
        .select({ email: users.email })
        .from(users)
        .where(eq(users.id, userId));
      assertStrongPassword(newPassword, 'newPassword', {
        email: user?.email,
        current: currentPassword,
      });
      const passwordHash = await hashPassword(newPassword);
      const now = clock();
      const tokensRevoked = await withContext(db, NO_CONTEXT, async (tx) => {
        await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
        const revoked = await revokeTokensOf(tx, userId, now);
        await recordAudit(
          tx,
          { ...actor, organisationId: null },
          {
            action: 'auth.password_changed',
            entity: 'user',
            entityId: userId,
            personalData: true,
            fields: ['password'],
            details: { tokensRevoked: revoked },
          },
        );
        return revoked;
      });
      const sessionsEnded = await hooks.endSessionsOf(userId, sessionId);
      return { sessionsEnded, tokensRevoked };
    },

    async listTokens(actor: Actor): Promise<ApiToken[]> {
      const userId = requireUser(actor);
      const rows = await db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.userId, userId))
        .orderBy(desc(apiTokens.createdAt));
      return rows.map(toApiToken);
    },

    /** Creates a token for the actor in their current organisation; the secret is returned once and only its keyed hash is kept. */
    async createToken(actor: Actor, input: { name: string; expiresInDays: number | null }) {
      const userId = requireUser(actor);
      // A token may not mint tokens: a leaked short-lived token must not become a permanent one.
      if (actor.via === 'token') throw new AppError('FORBIDDEN');
      const { organisationId } = orgContext(actor);
      const token = newSecretToken(API_TOKEN_PREFIX);
      const now = clock();
      const row = await withContext(db, orgContext(actor), async (tx) => {
        const [created] = await tx
          .insert(apiTokens)
          .values({
            userId,
            organisationId,
            name: input.name,
            prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
            tokenHash: keyedHash(secret, token),
            createdAt: now,
            expiresAt: input.expiresInDays
              ? new Date(now.getTime() + input.expiresInDays * 86_400_000)
              : null,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'token.created',
          entity: 'api_token',
          entityId: created!.id,
        });
        return created!;
      });
      return { token, info: toApiToken(row) };
    },

    async revokeToken(actor: Actor, tokenId: string) {
      const userId = requireUser(actor);
      const [row] = await db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)));
      if (!row) throw new AppError('NOT_FOUND');
      if (row.revokedAt) return toApiToken(row);
      return withContext(
        db,
        { organisationId: row.organisationId, userId, isAdmin: false },
        async (tx) => {
          const [updated] = await tx
            .update(apiTokens)
            .set({ revokedAt: clock() })
            .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
            .returning();
          await recordAudit(
            tx,
            { ...actor, organisationId: row.organisationId },
            { action: 'token.revoked', entity: 'api_token', entityId: tokenId },
          );
          return toApiToken(updated ?? row);
        },
      );
    },

    /** Resolves a bearer token to its user and organisation; refuses revoked, expired or unknown tokens alike. */
    async authenticateToken(
      token: string,
    ): Promise<{ user: { id: string; isInstallationAdmin: boolean }; organisationId: string }> {
      if (!token.startsWith(API_TOKEN_PREFIX)) throw new AppError('UNAUTHENTICATED');
      const [row] = await db
        .select({ token: apiTokens, user: users })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(eq(apiTokens.tokenHash, keyedHash(secret, token)));
      const now = clock();
      if (
        !row ||
        row.token.revokedAt ||
        (row.token.expiresAt && row.token.expiresAt <= now) ||
        row.user.disabled
      ) {
        throw new AppError('UNAUTHENTICATED');
      }
      if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > 60_000) {
        await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
      }
      return { user: row.user, organisationId: row.token.organisationId };
    },
  };
}
