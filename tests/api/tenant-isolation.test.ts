import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';

/**
 * The tenant-isolation harness. Every API route must declare its tenant scope
 * (config.tenant); for every route that addresses one organisation's resource, a user of
 * another organisation — even its org admin — is refused with 403 or 404 and the
 * resource is left unchanged. A new route with a new resource kind fails here until a
 * fixture for that kind is added below.
 */
interface Fixture {
  /** Creates a resource of this kind in organisation A (as A's org admin) and returns its id. */
  create(a: Client, organisationId: string): Promise<string>;
  /** A valid body for unsafe methods, so that validation cannot mask the tenant check. */
  body?: Record<string, unknown>;
  /** Bodies for routes that take another one (`POST /api/activities/:id/attendance`). */
  routeBodies?: Record<string, Record<string, unknown>>;
  /** Reads the resource back as A, to prove it is unchanged. */
  read?(a: Client, id: string): Promise<unknown>;
  /** Values for other path parameters (`/api/surveys/:id/versions/:version`). */
  params?: Record<string, string>;
  /** Query strings for routes that need one (`GET /api/surveys/:id/crosstab`). */
  routeQueries?: Record<string, string>;
}

const FIXTURES: Record<string, Fixture> = {
  location: {
    create: async (a) =>
      (
        await a.post('/api/locations', {
          slug: 'isolated',
          name: 'Isolated place',
          municipality: '21001',
        })
      ).json().id,
    body: { name: 'Taken over' },
    read: async (a, id) => (await a.get(`/api/locations/${id}`)).json(),
  },
  contact: {
    create: async (a) =>
      (await a.post('/api/contacts', { type: 'individual_advice', theme: 'work', count: 2 })).json()
        .id,
    body: { count: 7 },
    read: async (a, id) => (await a.get(`/api/contacts/${id}`)).json(),
  },
  activity: {
    create: async (a) =>
      (
        await a.post('/api/activities', {
          kind: 'workshop',
          title: 'Isolated place workshop',
          startsAt: '2026-02-01T10:00:00Z',
        })
      ).json().id,
    body: { title: 'Taken over' },
    routeBodies: { 'POST /api/activities/:id/attendance': { count: 3 } },
    read: async (a, id) => (await a.get(`/api/activities/${id}`)).json(),
  },
  survey: {
    create: async (a) => {
      const title = {
        nl: 'Isolated place survey',
        fr: 'Isolated place survey',
        en: 'Isolated place survey',
      };
      const created = await a.post('/api/surveys', {
        slug: 'isolated',
        definition: {
          title,
          questions: [
            { key: 'came', type: 'yes_no', required: true, labels: title },
            { key: 'again', type: 'yes_no', labels: title },
          ],
        },
      });
      return created.json().id;
    },
    body: { slug: 'taken-over' },
    routeBodies: {
      'POST /api/surveys/:id/publish': {},
      'POST /api/surveys/:id/close': {},
    },
    params: { version: '1' },
    routeQueries: {
      'GET /api/surveys/:id/crosstab': 'rows=came&columns=again',
      'GET /api/surveys/:id/results/export': 'format=csv',
      'GET /api/surveys/:id/responses/export': 'format=csv',
    },
    read: async (a, id) => (await a.get(`/api/surveys/${id}`)).json(),
  },
  indicator: {
    create: async (a) =>
      (
        await a.post('/api/indicators', {
          code: 'isolated_place',
          labels: { nl: 'Isolated place', fr: 'Isolated place', en: 'Isolated place' },
          unit: 'people',
          source: 'contacts',
          measure: 'sum',
          filters: [{ field: 'type', values: ['outreach'] }],
          breakdowns: ['theme'],
        })
      ).json().id,
    body: { unit: 'contacts' },
    read: async (a, id) => (await a.get(`/api/indicators/${id}`)).json(),
  },
  programme: {
    create: async (a) =>
      (
        await a.post('/api/programmes', {
          name: 'Isolated place programme',
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
        })
      ).json().id,
    body: { name: 'Taken over' },
    routeBodies: {
      'POST /api/programmes/:id/targets': {
        indicator: 'contacts_total',
        target: 10,
        deadline: '2026-12-31',
      },
      'PATCH /api/programmes/:id/targets/:targetId': { target: 1 },
      'POST /api/programmes/:id/partnership': { accept: false },
    },
    params: { targetId: '00000000-0000-4000-8000-000000000001' },
    read: async (a, id) => (await a.get(`/api/programmes/${id}`)).json(),
  },
  organisation: {
    create: async (_a, organisationId) => organisationId,
    body: { name: 'Taken over' },
    read: async (a, id) => (await a.get(`/api/organisations/${id}`)).json(),
  },
};

/** Routes that list organisations themselves (never their resources). */
const DIRECTORY_ROUTES = ['/api/programmes/partner-candidates'];

/** The caller's own resources (addressed by :id): another user must get 404 and change nothing. */
const SELF_FIXTURES: Record<string, Fixture> = {
  api_token: {
    create: async (a) =>
      (await a.post('/api/me/tokens', { name: 'A token', expiresInDays: 30 })).json().info.id,
    read: async (a) => (await a.get('/api/me/tokens')).json(),
  },
};

/** Valid bodies for installation routes, so a refusal is proven to be the permission check (403), not validation. */
const INSTALLATION_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/organisations': { slug: 'takeover', name: 'Takeover', kind: 'partner' },
  'POST /api/users': {
    email: 'takeover@example.org',
    name: 'Takeover',
    password: 'kiwi lantaarn Molenbeek 7',
  },
  'PATCH /api/users/:id': { name: 'Taken over' },
};

const SCOPES =
  /^(public|self|installation|org|org-member|org-resource:[a-z_]+|self-resource:[a-z_]+)$/;

let t: TestApp;
let a: Client;
let b: Client;
let orgA: string;
let memberOfA: string;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app, 'installation');
  const first = await createOrganisation(t.app, installation, 'org-a', ['org_admin', 'coach']);
  const second = await createOrganisation(t.app, installation, 'org-b', ['org_admin']);
  a = first.clients.org_admin!;
  b = second.clients.org_admin!;
  orgA = first.organisationId;
  memberOfA = (await a.get('/api/members?q=coach')).json().items[0].userId;
});
afterAll(() => t?.close());

describe('tenant isolation harness', () => {
  it('knows the tenant scope of every API route, and every route with an id addresses a checked resource', () => {
    const wrong = t.app.routeTable.filter((r) => !r.tenant || !SCOPES.test(r.tenant));
    expect(wrong.map((r) => `${r.method} ${r.url}: ${r.tenant}`)).toEqual([]);
    const unguarded = t.app.routeTable.filter(
      (r) =>
        /:(id|userId)\b/.test(r.url) &&
        r.tenant !== 'installation' &&
        r.tenant !== 'org-member' &&
        !/^(org|self)-resource:/.test(r.tenant!),
    );
    expect(unguarded.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const kinds = (prefix: string) =>
      new Set(
        t.app.routeTable
          .map((r) => r.tenant)
          .filter((s) => s?.startsWith(prefix))
          .map((s) => s!.slice(prefix.length)),
      );
    expect([...kinds('org-resource:')].filter((kind) => !FIXTURES[kind])).toEqual([]);
    expect([...kinds('self-resource:')].filter((kind) => !SELF_FIXTURES[kind])).toEqual([]);
    const unsafeInstallation = t.app.routeTable.filter(
      (r) => r.tenant === 'installation' && r.method !== 'GET',
    );
    expect(
      unsafeInstallation
        .map((r) => `${r.method} ${r.url}`)
        .filter((key) => !INSTALLATION_BODIES[key]),
    ).toEqual([]);
  });

  it("refuses another user on the caller's own resources", async () => {
    for (const route of t.app.routeTable.filter((r) => r.tenant?.startsWith('self-resource:'))) {
      const kind = route.tenant!.slice('self-resource:'.length);
      const fixture = SELF_FIXTURES[kind]!;
      const id = await fixture.create(a, orgA);
      const before = await fixture.read!(a, id);
      const response = await b.request(
        route.method as 'GET',
        route.url.replace(':id', id),
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      expect([403, 404], `${route.method} ${route.url}: ${response.body}`).toContain(
        response.statusCode,
      );
      expect(await fixture.read!(a, id)).toEqual(before);
    }
  });

  it("refuses another organisation's admin on every route addressing this organisation's resources", async () => {
    const checked: string[] = [];
    const ids = new Map<string, string>();
    for (const route of t.app.routeTable) {
      let url: string | null = null;
      let body: Record<string, unknown> | undefined;
      let kind: string | null = null;
      if (route.tenant?.startsWith('org-resource:')) {
        kind = route.tenant.slice('org-resource:'.length);
        const fixture = FIXTURES[kind]!;
        if (!ids.has(kind)) ids.set(kind, await fixture.create(a, orgA));
        url = Object.entries(fixture.params ?? {}).reduce(
          (path, [name, value]) => path.replace(`:${name}`, value),
          route.url.replace(':id', ids.get(kind)!),
        );
        const query = fixture.routeQueries?.[`${route.method} ${route.url}`];
        if (query) url += `?${query}`;
        body = fixture.routeBodies?.[`${route.method} ${route.url}`] ?? fixture.body;
      } else if (route.tenant === 'org-member') {
        url = route.url.replace(':userId', memberOfA);
        body = { roles: ['analyst'] };
      }
      if (!url) continue;
      const before =
        kind && FIXTURES[kind]!.read ? await FIXTURES[kind]!.read!(a, ids.get(kind)!) : null;
      const response = await b.request(
        route.method as 'GET',
        url,
        route.method === 'GET' || route.method === 'DELETE' ? undefined : body,
      );
      expect(
        [403, 404],
        `${route.method} ${route.url} answered ${response.statusCode}: ${response.body}`,
      ).toContain(response.statusCode);
      expect(response.body).not.toContain('Isolated place');
      if (before) expect(await FIXTURES[kind!]!.read!(a, ids.get(kind!)!)).toEqual(before);
      checked.push(`${route.method} ${route.url}`);
    }
    expect(checked.length).toBeGreaterThanOrEqual(6);
    expect(checked).toEqual(
      expect.arrayContaining([
        'PUT /api/surveys/:id',
        'DELETE /api/surveys/:id',
        'POST /api/surveys/:id/publish',
        'GET /api/surveys/:id/versions/:version',
        'GET /api/surveys/:id/qr.svg',
      ]),
    );
    // A's member kept their role
    expect((await a.get('/api/members?q=coach')).json().items[0].roles).toEqual(['coach']);
  });

  it("never lists this organisation's resources to another organisation", async () => {
    for (const route of t.app.routeTable.filter((r) => r.method === 'GET' && r.tenant === 'org')) {
      const response = await b.get(route.url);
      expect(response.statusCode, route.url).toBeLessThan(500);
      // The partner directory names every organisation (id, slug, name) so that a programme
      // owner can pick partners; it holds nothing of theirs.
      if (!DIRECTORY_ROUTES.includes(route.url))
        expect(response.body, route.url).not.toContain(orgA);
      expect(response.body, route.url).not.toContain('Isolated place');
    }
  });

  it('refuses installation routes to organisation admins with a valid body', async () => {
    for (const route of t.app.routeTable.filter((r) => r.tenant === 'installation')) {
      const url = route.url.replace(':id', memberOfA);
      const body =
        route.method === 'GET' ? undefined : INSTALLATION_BODIES[`${route.method} ${route.url}`];
      const response = await b.request(route.method as 'GET', url, body);
      expect(response.statusCode, `${route.method} ${route.url}: ${response.body}`).toBe(403);
    }
    expect((await a.get('/api/members?q=coach')).json().items[0].name).toBe('coach of org-a');
  });

  it('does not let a user switch into an organisation they do not belong to', async () => {
    const response = await b.put('/api/auth/organisation', { organisationId: orgA });
    expect(response.statusCode).toBe(404);
  });

  it('requires a login on every non-public route', async () => {
    const anonymous = new Client(t.app);
    for (const route of t.app.routeTable.filter((r) => r.auth === 'required')) {
      const url = route.url.replace(':id', orgA).replace(':userId', memberOfA);
      const response = await anonymous.request(
        route.method as 'GET',
        url,
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });
});
