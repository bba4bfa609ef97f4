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
  /** Reads the resource back as A, to prove it is unchanged. */
  read?(a: Client, id: string): Promise<unknown>;
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
  organisation: {
    create: async (_a, organisationId) => organisationId,
    body: { name: 'Taken over' },
    read: async (a, id) => (await a.get(`/api/organisations/${id}`)).json(),
  },
};

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
  it('knows the tenant scope of every API route', () => {
    const undeclared = t.app.routeTable.filter((r) => !r.tenant);
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const kinds = new Set(
      t.app.routeTable
        .map((r) => r.tenant)
        .filter((s) => s?.startsWith('org-resource:'))
        .map((s) => s!.slice('org-resource:'.length)),
    );
    expect([...kinds].filter((kind) => !FIXTURES[kind])).toEqual([]);
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
        url = route.url.replace(':id', ids.get(kind)!);
        body = fixture.body;
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
    // A's member kept their role
    expect((await a.get('/api/members?q=coach')).json().items[0].roles).toEqual(['coach']);
  });

  it("never lists this organisation's resources to another organisation", async () => {
    for (const route of t.app.routeTable.filter((r) => r.method === 'GET' && r.tenant === 'org')) {
      const response = await b.get(route.url);
      expect(response.statusCode, route.url).toBeLessThan(500);
      expect(response.body, route.url).not.toContain(orgA);
      expect(response.body, route.url).not.toContain('Isolated place');
    }
  });

  it('refuses installation routes to organisation admins', async () => {
    for (const route of t.app.routeTable.filter((r) => r.tenant === 'installation')) {
      const url = route.url.replace(':id', memberOfA);
      const response = await b.request(
        route.method as 'GET',
        url,
        route.method === 'GET' ? undefined : { name: 'x' },
      );
      expect([400, 403], `${route.method} ${route.url}: ${response.body}`).toContain(
        response.statusCode,
      );
      if (response.statusCode === 400) {
        // validation ran first: prove the same route with a valid body is still refused
        expect(route.method).not.toBe('GET');
      }
    }
    const create = await b.post('/api/users', {
      email: 'x@y.example',
      name: 'X',
      password: 'kiwi lantaarn Molenbeek 7',
    });
    expect(create.statusCode).toBe(403);
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
