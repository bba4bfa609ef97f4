import { desc, eq } from 'drizzle-orm';
import { AppError, fieldError } from '../core/common/errors.ts';
import { permissionsFor, PERMISSIONS } from '../core/organisations/roles.ts';
import type { UiLanguage } from '../core/common/languages.ts';
import { withContext, NO_CONTEXT } from '../db/context.ts';
import { sessions, users } from '../db/schema/index.ts';
import type { SessionInfo } from '../shared/schemas/auth.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { createLoginThrottle, type AttemptKeys } from './login-throttle.ts';
import { organisationsOfUser } from './memberships.ts';
import { verifyPassword } from './passwords.ts';
import { networkOf } from './surveys/rate-limit.ts';
import { keyedHash, newSecretToken } from './tokens.ts';

export interface AuthenticatedSession {
  actor: Actor;
  language: UiLanguage;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Log-in, server-side sessions (idle and absolute expiry) and the session's organisation. */
export function createAuthService(deps: ServiceDeps) {
  const { db, clock, secret, settings } = deps;
  const throttle = createLoginThrottle({
    maxFailures: settings.loginMaxFailures,
    lockoutMinutes: settings.loginLockoutMinutes,
  });
  const sleep =
    deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** The throttle's keys of an attempt at `email` from `address` (an IPv6 /64 is one client). */
  function attemptKeys(email: string, address: string | undefined): AttemptKeys {
    return {
      pair: keyedHash(secret, `login:${email}|${networkOf(address ?? '')}`),
      email: keyedHash(secret, `login:${email}`),
    };
  }

  /**
   * Checks a password under the throttle: refused while locked, delayed when the e-mail is
   * under attack, counted as a failure unless `check` says it is valid. Returns what `check`
   * found, and the error to answer with when it was not valid.
   */
  async function throttledCheck<T>(
    email: string,
    address: string | undefined,
    check: () => Promise<{ valid: boolean; found: T }>,
  ): Promise<{ found: T; refusal: AppError | null }> {
    const keys = attemptKeys(email, address);
    const now = clock().getTime();
    const wait = throttle.begin(keys, now);
    if (wait > 0) await sleep(wait);
    const { valid, found } = await check();
    if (valid) throttle.succeed(keys, now);
    return { found, refusal: valid ? null : throttle.refusal(keys, now) };
  }

  const idleMs = settings.sessionIdleMinutes * 60_000;

  function expiryOf(row: { lastSeenAt: Date; expiresAt: Date }): Date {
    return new Date(Math.min(row.expiresAt.getTime(), row.lastSeenAt.getTime() + idleMs));
  }

  async function loadSession(sessionId: string) {
    const [row] = await db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sessionId));
    return row;
  }

  async function describe(sessionId: string): Promise<SessionInfo> {
    const row = await loadSession(sessionId);
    if (!row) throw new AppError('UNAUTHENTICATED');
    return describeUser(
      row.user,
      row.session.organisationId,
      row.session.csrfToken,
      expiryOf(row.session),
    );
  }

  /** What the client needs to know about its user: organisations, the current one, permissions. */
  async function describeUser(
    user: typeof users.$inferSelect,
    organisationId: string | null,
    csrfToken: string | null,
    expiresAt: Date | null,
  ): Promise<SessionInfo> {
    const organisations = await withContext(
      db,
      { organisationId: null, userId: user.id, isAdmin: user.isInstallationAdmin },
      (tx) => organisationsOfUser(tx, user.id, user.isInstallationAdmin),
    );
    const current = organisations.find((o) => o.id === organisationId) ?? null;
    const permissions =
      user.isInstallationAdmin && current
        ? [...PERMISSIONS]
        : [...permissionsFor(current?.roles ?? [])];
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        language: user.language as UiLanguage,
        isInstallationAdmin: user.isInstallationAdmin,
      },
      organisations: organisations.map(({ id, slug, name, roles }) => ({ id, slug, name, roles })),
      currentOrganisation: current,
      permissions,
      csrfToken,
      expiresAt: expiresAt?.toISOString() ?? null,
    };
  }

  /** Describes the caller of a request authenticated by an API token (no session, no CSRF token). */
  async function describeActor(actor: Actor): Promise<SessionInfo> {
    const [user] = await db
      .select()
      .from(users)
      .where(eq(users.id, actor.userId ?? ''));
    if (!user) throw new AppError('UNAUTHENTICATED');
    return describeUser(user, actor.organisationId, null, null);
  }

  return {
    /**
     * Checks e-mail and password. Unknown e-mail, wrong password and disabled account all
     * give INVALID_CREDENTIALS after the same work; repeated failures lock the e-mail from
     * the client's address, and far more (from anywhere) the e-mail itself.
     */
    async login(
      email: string,
      password: string,
      meta: { requestId?: string; address?: string | undefined } = {},
    ) {
      const checked = await throttledCheck(email, meta.address, async () => {
        const [row] = await db.select().from(users).where(eq(users.email, email));
        const valid = await verifyPassword(row?.passwordHash ?? null, password);
        return { valid: valid && Boolean(row && !row.disabled), found: row };
      });
      const user = checked.found;
      if (!user || checked.refusal) {
        const refusal = checked.refusal ?? new AppError('INVALID_CREDENTIALS');
        // Audited for unknown e-mails too (without the e-mail), so that both paths do the same work.
        await withContext(db, NO_CONTEXT, (tx) =>
          recordAudit(
            tx,
            { userId: user?.id ?? null, organisationId: null, requestId: meta.requestId },
            { action: 'auth.login_failed', entity: 'user', entityId: user?.id ?? null },
          ),
        );
        throw refusal;
      }

      const organisations = await withContext(
        db,
        { organisationId: null, userId: user.id, isAdmin: user.isInstallationAdmin },
        (tx) => organisationsOfUser(tx, user.id, user.isInstallationAdmin),
      );
      // Resume in the organisation of the user's previous session, else their first.
      const [previous] = await db
        .select({ organisationId: sessions.organisationId })
        .from(sessions)
        .where(eq(sessions.userId, user.id))
        .orderBy(desc(sessions.lastSeenAt))
        .limit(1);
      const organisationId =
        organisations.find((o) => o.id === previous?.organisationId)?.id ??
        organisations.find((o) => o.roles.length > 0)?.id ??
        organisations[0]?.id ??
        null;

      const token = newSecretToken('');
      const sessionId = keyedHash(secret, token);
      const at = clock();
      await withContext(db, NO_CONTEXT, async (tx) => {
        await tx.insert(sessions).values({
          id: sessionId,
          userId: user.id,
          organisationId,
          csrfToken: newSecretToken('', 24),
          createdAt: at,
          lastSeenAt: at,
          expiresAt: new Date(at.getTime() + settings.sessionAbsoluteHours * 3_600_000),
        });
        await recordAudit(
          tx,
          { userId: user.id, organisationId: null, requestId: meta.requestId },
          { action: 'auth.login', entity: 'user', entityId: user.id },
        );
      });
      return { token, session: await describe(sessionId) };
    },

    /** Resolves a session cookie; refuses expired sessions (and deletes them). */
    async authenticate(token: string): Promise<AuthenticatedSession> {
      const sessionId = keyedHash(secret, token);
      const row = await loadSession(sessionId);
      if (!row) throw new AppError('SESSION_EXPIRED');
      const { session, user } = row;
      const now = clock();
      if (expiryOf(session) <= now || user.disabled) {
        await db.delete(sessions).where(eq(sessions.id, sessionId));
        throw new AppError('SESSION_EXPIRED');
      }
      // Sliding idle expiry; written at most once a minute to spare the database.
      if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
        await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
        session.lastSeenAt = now;
      }
      const actor = await actorFor(user, session.organisationId);
      return {
        actor,
        language: user.language as UiLanguage,
        sessionId,
        csrfToken: session.csrfToken,
        expiresAt: expiryOf(session),
      };
    },

    describe,
    describeActor,

    async logout(sessionId: string, actor: Actor) {
      await withContext(db, NO_CONTEXT, async (tx) => {
        await tx.delete(sessions).where(eq(sessions.id, sessionId));
        await recordAudit(
          tx,
          { ...actor, organisationId: null },
          { action: 'auth.logout', entity: 'user', entityId: actor.userId },
        );
      });
    },

    /** Moves the session to another organisation the user belongs to (any, for installation admins). */
    async switchOrganisation(sessionId: string, actor: Actor, organisationId: string) {
      if (!actor.userId) throw new AppError('UNAUTHENTICATED');
      const organisations = await withContext(
        db,
        { organisationId: null, userId: actor.userId, isAdmin: actor.isInstallationAdmin },
        (tx) => organisationsOfUser(tx, actor.userId!, actor.isInstallationAdmin),
      );
      if (!organisations.some((o) => o.id === organisationId)) throw new AppError('NOT_FOUND');
      await db.update(sessions).set({ organisationId }).where(eq(sessions.id, sessionId));
      return describe(sessionId);
    },

    /** Ends the session of a cookie token, if any (a new log-in replaces the old session). */
    async endSessionToken(token: string) {
      await db.delete(sessions).where(eq(sessions.id, keyedHash(secret, token)));
    },

    /**
     * Ends every session of a user (after a password change or when an admin disables them)
     * but `exceptSessionId`; returns how many it ended.
     */
    async endSessionsOf(userId: string, exceptSessionId?: string): Promise<number> {
      const all = await db
        .select({ id: sessions.id })
        .from(sessions)
        .where(eq(sessions.userId, userId));
      let ended = 0;
      for (const { id } of all)
        if (id !== exceptSessionId) {
          await db.delete(sessions).where(eq(sessions.id, id));
          ended++;
        }
      return ended;
    },

    /**
     * Checks a signed-in user's current password (before a password change) under the same
     * throttle and counters as the log-in of their e-mail: wrong guesses lock it alike.
     */
    async verifyCurrentPassword(
      userId: string,
      password: string,
      address: string | undefined,
    ): Promise<void> {
      const [user] = await db.select().from(users).where(eq(users.id, userId));
      if (!user) throw new AppError('UNAUTHENTICATED');
      const { refusal } = await throttledCheck(user.email, address, async () => ({
        valid: await verifyPassword(user.passwordHash, password),
        found: null,
      }));
      if (!refusal) return;
      if (refusal.code === 'TOO_MANY_ATTEMPTS') throw refusal;
      throw fieldError('currentPassword', 'wrong_password');
    },

    actorFor,
  };

  async function actorFor(
    user: { id: string; isInstallationAdmin: boolean },
    organisationId: string | null,
  ): Promise<Actor> {
    if (!organisationId)
      return {
        userId: user.id,
        isInstallationAdmin: user.isInstallationAdmin,
        organisationId: null,
        roles: [],
        via: 'session',
      };
    const organisations = await withContext(
      db,
      { organisationId, userId: user.id, isAdmin: false },
      (tx) => organisationsOfUser(tx, user.id, false),
    );
    const membership = organisations.find((o) => o.id === organisationId);
    if (!membership && !user.isInstallationAdmin) {
      return {
        userId: user.id,
        isInstallationAdmin: false,
        organisationId: null,
        roles: [],
        via: 'session',
      };
    }
    return {
      userId: user.id,
      isInstallationAdmin: user.isInstallationAdmin,
      organisationId,
      roles: membership?.roles ?? [],
      via: 'session',
    };
  }
}

export type AuthService = ReturnType<typeof createAuthService>;
