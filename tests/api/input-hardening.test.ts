import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../src/api/plugins/input-guard.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';

/** Input that used to crash the server with a 500: each gets a clear 4xx now. */
let t: TestApp;
let admin: Client;
let coordinator: Client;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'coordinator',
  ]);
  admin = centre.clients.org_admin!;
  coordinator = centre.clients.coordinator!;
});
afterAll(() => t?.close());

const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('deeply nested JSON', () => {
  it('is refused before parsing with JSON_TOO_DEEP, anonymous or logged in, however deep', async () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 5_000, 100_000])
      for (const body of [nestedArrays(depth), nestedObjects(depth)]) {
        const anonymous = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: body,
          headers: { 'content-type': 'application/json' },
        });
        expect(anonymous.statusCode, `${depth}`).toBe(400);
        expect(anonymous.json()).toMatchObject({
          code: 'JSON_TOO_DEEP',
          params: { maximum: MAX_JSON_DEPTH },
        });
        const loggedIn = await admin.request('POST', '/api/contacts', body, {
          'content-type': 'application/json',
        });
        expect(loggedIn.statusCode, `${depth}`).toBe(400);
        expect(loggedIn.json().code).toBe('JSON_TOO_DEEP');
      }
  });

  it('lets nesting up to the limit through to validation, and brackets inside strings are text', async () => {
    const atLimit = await admin.request('POST', '/api/contacts', nestedObjects(MAX_JSON_DEPTH), {
      'content-type': 'application/json',
    });
    expect(atLimit.statusCode).toBe(400);
    expect(atLimit.json().code).toBe('VALIDATION_FAILED');
    const bracketsInText = await admin.post('/api/locations', {
      slug: 'brackets',
      name: `${'['.repeat(100)} \\" {{{`,
      kind: 'office',
    });
    expect(bracketsInText.statusCode, bracketsInText.body).toBe(201);
  });

  it('still names a NUL character deep inside a value, without recursion', async () => {
    const response = await admin.post('/api/contacts/batch', {
      contacts: [{ type: 'event' }, { type: 'event', tags: ['ok', 'bad\u0000tag'] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: 'contacts.1.tags.1', code: 'invalid_characters' }),
    );
  });
});

describe('the API documentation’s static files', () => {
  it('answer a path out of their directory with 403 or 404, never a 500', async () => {
    const attempts = [
      '/api/docs/static/..%2f..%2fpackage.json',
      '/api/docs/static/../../package.json',
      '/api/docs/static/%2e%2e/%2e%2e/package.json',
      '/api/docs/static/%2e%2e%2f%2e%2e%2fpackage.json',
      '/api/docs/static/..%5c..%5cpackage.json',
      '/api/docs/static/..\\..\\package.json',
      '/api/docs/static/..%252f..%252fpackage.json',
      '/api/docs/static/%00',
      '/api/docs/static/swagger-ui.css%00.json',
      '/api/docs/static/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/api/docs/%2e%2e/%2e%2e/package.json',
    ];
    for (const url of attempts) {
      const response = await t.app.inject({ method: 'GET', url });
      expect([403, 404], `${url}: ${response.body}`).toContain(response.statusCode);
      expect(response.body, url).not.toContain('"name": "parcours"');
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
    // the real files are still served
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui.css' })).statusCode,
    ).toBe(200);
  });
});

describe('money and target values at the schema’s own bounds', () => {
  const MAX = 999_999_999_999.99;

  it('stores the largest amount the schema allows, and refuses the next cent with a field error', async () => {
    const created = await coordinator.post('/api/programmes', {
      name: 'Large programme',
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      budget: MAX,
      funders: [{ name: 'ESF+', amounts: [{ year: 2026, amount: MAX }] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const programme = created.json();
    expect((await coordinator.get(`/api/programmes/${programme.id}`)).json().budget).toBe(MAX);

    const tooMuch = await coordinator.patch(`/api/programmes/${programme.id}`, { budget: 1e12 });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().errors[0]).toMatchObject({ path: 'budget', code: 'too_big' });

    const target = await coordinator.post(`/api/programmes/${programme.id}/targets`, {
      indicator: 'contacts_total',
      target: MAX,
      deadline: '2027-12-31',
    });
    expect(target.statusCode, target.body).toBe(201);
    for (const [value, code] of [
      [1e12, 'too_big'],
      [0.005, 'not_multiple_of'],
      [-1, 'too_small'],
    ] as const) {
      const refused = await coordinator.post(`/api/programmes/${programme.id}/targets`, {
        indicator: 'contacts_total',
        target: value,
        deadline: '2027-12-31',
      });
      expect(refused.statusCode, String(value)).toBe(400);
      expect(refused.json().errors[0], String(value)).toMatchObject({ path: 'target', code });
      expect(refused.json().errors[0].message).not.toMatch(/^issue\./);
    }
  });
});

describe('instants far outside any real activity', () => {
  it('are refused like dates outside 1900–2100 (year 1 came back as 2001)', async () => {
    for (const startsAt of [
      '0001-01-01T00:00:00Z',
      '1899-12-31T23:59:59Z',
      '9999-12-31T23:59:59Z',
    ]) {
      const response = await coordinator.post('/api/activities', {
        kind: 'workshop',
        title: 'Far away',
        startsAt,
      });
      expect(response.statusCode, startsAt).toBe(400);
      expect(response.json().errors[0]).toMatchObject({
        path: 'startsAt',
        code: 'invalid_datetime',
      });
    }
    const fine = await coordinator.post('/api/activities', {
      kind: 'workshop',
      title: 'Near',
      startsAt: '2026-02-20T10:00:00+01:00',
    });
    expect(fine.statusCode, fine.body).toBe(201);
  });
});
