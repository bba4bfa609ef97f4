import type { UiLanguage } from '../core/common/languages.ts';
import type { ErrorCode } from '../core/common/errors.ts';
import type { Actor } from '../services/actor.ts';
import type { Services } from '../services/index.ts';
import type { JobRunner } from '../services/jobs/index.ts';
import type { Config } from './config.ts';
import type { Database } from '../db/client.ts';

/**
 * How a route relates to organisations, declared on every route and checked by the
 * tenant-isolation harness in tests/api: `public` needs no login; `self` acts on the
 * caller's own account; `installation` is for installation admins; `org` works in the
 * caller's current organisation; `self-resource:<kind>` addresses one of the caller's own
 * resources by `:id`; `org-resource:<kind>` addresses one resource of that
 * kind by its `:id`; `org-member` addresses a member by `:userId`.
 */
export type TenantScope =
  | 'public'
  | 'self'
  | 'installation'
  | 'org'
  | 'org-member'
  | `org-resource:${string}`
  | `self-resource:${string}`;

export interface RouteAuthConfig {
  /** Whether the route needs an authenticated caller (default true). */
  auth?: 'required' | 'optional' | 'none';
  tenant: TenantScope;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    config: Config;
    database: Database;
    /** Background jobs; polling only when buildApp was asked to start them (the server). */
    jobs: JobRunner;
  }
  interface FastifyRequest {
    actor: Actor | null;
    lang: UiLanguage;
    sessionId: string | null;
    /** Why a presented credential was refused (for a precise 401). */
    authProblem: ErrorCode | null;
  }
  interface FastifyContextConfig {
    auth?: RouteAuthConfig['auth'];
    tenant?: TenantScope;
  }
}
