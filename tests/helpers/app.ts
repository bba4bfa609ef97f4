import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type RegisteredRoute } from '../../src/api/app.ts';
import { parseConfig, resolveConfig, type Config } from '../../src/api/config.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

export const STRONG_PASSWORD = 'kiwi lantaarn Molenbeek 7';

/** A clock the test moves by hand. */
export function testClock(start = new Date('2026-03-02T09:00:00Z')) {
  let now = start.getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance: (ms: number) => void (now += ms),
    set: (d: Date) => void (now = d.getTime()),
  });
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return resolveConfig(
    parseConfig({
      NODE_ENV: 'test',
      PARCOURS_SECRET: 'test-secret-0123456789abcdefghijklmnop',
      PARCOURS_DATA_DIR: '/nonexistent',
      ...overrides,
    }),
  );
}

export interface TestApp {
  app: FastifyInstance & { routeTable: RegisteredRoute[] };
  db: TestDatabase;
  clock: ReturnType<typeof testClock>;
  /** The waits the app asked for (the log-in's progressive delay), in order; none is slept. */
  sleeps: number[];
  close(): Promise<void>;
}

/** buildApp on a fresh database, API only, with a controllable clock. */
export async function createTestApp(
  configOverrides: Record<string, string> = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const clock = testClock();
  const sleeps: number[] = [];
  const app = await buildApp({
    config: testConfig(configOverrides),
    database: db.database,
    clock,
    sleep: async (ms) => void sleeps.push(ms),
    webRoot: null,
  });
  return {
    app,
    db,
    clock,
    sleeps,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** A logged-in browser-like client: keeps the session cookie and sends the CSRF token. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  bearer: string | null = null;
  lang = 'en';

  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as object } : {}),
      headers: {
        'accept-language': this.lang,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
    });
    const setCookie = response.headers['set-cookie'];
    const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    for (const c of cookies) {
      const pair = c.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    return response;
  }

  get = (url: string, headers?: Record<string, string>) =>
    this.request('GET', url, undefined, headers);
  post = (url: string, payload?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, payload ?? {}, headers);
  put = (url: string, payload?: unknown) => this.request('PUT', url, payload ?? {});
  patch = (url: string, payload?: unknown) => this.request('PATCH', url, payload ?? {});
  delete = (url: string) => this.request('DELETE', url);

  async login(email: string, password = STRONG_PASSWORD) {
    const response = await this.post('/api/auth/login', { email, password });
    if (response.statusCode !== 200)
      throw new Error(`login failed for ${email}: ${response.statusCode} ${response.body}`);
    this.csrf = response.json().csrfToken;
    return response.json();
  }

  async switchTo(organisationId: string) {
    const response = await this.put('/api/auth/organisation', { organisationId });
    if (response.statusCode !== 200) throw new Error(`switch failed: ${response.body}`);
    return response.json();
  }
}

export interface Installation {
  admin: Client;
  adminEmail: string;
  organisationId: string;
}

/** Runs first-run setup (organisation `slug`, an installation admin) and returns a logged-in admin client. */
export async function setupInstallation(
  app: FastifyInstance,
  slug = 'beroepenpunt',
): Promise<Installation> {
  const admin = new Client(app);
  const adminEmail = `admin@${slug}.example`;
  const response = await admin.post('/api/setup', {
    organisation: { slug, name: `Org ${slug}`, kind: 'career_centre' },
    admin: {
      email: adminEmail,
      name: 'Installation Admin',
      password: STRONG_PASSWORD,
      language: 'en',
    },
  });
  if (response.statusCode !== 201) throw new Error(`setup failed: ${response.body}`);
  const session = response.json().session;
  admin.csrf = session.csrfToken;
  return { admin, adminEmail, organisationId: session.currentOrganisation.id };
}

/**
 * Creates an organisation with one member per given role (e-mail `<role>@<slug>.example`),
 * through the API as the installation admin. Returns the organisation id and logged-in clients.
 */
export async function createOrganisation(
  app: FastifyInstance,
  installation: Installation,
  slug: string,
  roles: string[] = ['org_admin'],
) {
  const { admin } = installation;
  const created = await admin.post('/api/organisations', {
    slug,
    name: `Org ${slug}`,
    kind: 'partner',
  });
  if (created.statusCode !== 201) throw new Error(`create org failed: ${created.body}`);
  const organisationId: string = created.json().id;
  const previous = (await admin.get('/api/auth/session')).json().currentOrganisation?.id;
  await admin.switchTo(organisationId);
  const clients: Record<string, Client> = {};
  for (const role of roles) {
    const email = `${role.replace('_', '-')}@${slug}.example`;
    const added = await admin.post('/api/members', {
      email,
      name: `${role} of ${slug}`,
      password: STRONG_PASSWORD,
      roles: [role],
      language: 'en',
    });
    if (added.statusCode !== 201) throw new Error(`add member failed: ${added.body}`);
    const client = new Client(app);
    await client.login(email);
    clients[role] = client;
  }
  if (previous) await admin.switchTo(previous);
  return { organisationId, clients };
}
