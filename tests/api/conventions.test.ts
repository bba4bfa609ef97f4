import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTestApp,
  setupInstallation,
  type Installation,
  type TestApp,
} from '../helpers/app.ts';

let t: TestApp;
let installation: Installation;

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
  installation = await setupInstallation(t.app);
});
afterAll(() => t?.close());

describe('API conventions', () => {
  it('answers health and readiness', async () => {
    const client = new Client(t.app);
    expect((await client.get('/api/health')).json()).toEqual({ status: 'ok' });
    expect((await client.get('/api/ready')).json()).toEqual({
      status: 'ready',
      database: t.db.database.engine,
    });
  });

  it('reports not-ready when the database is gone', async () => {
    const other = await createTestApp();
    await other.db.database.close();
    const response = await new Client(other.app).get('/api/ready');
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('DATABASE_UNAVAILABLE');
    await other.app.close();
    await other.db.close().catch(() => undefined);
  });

  it('publishes OpenAPI generated from the shared schemas and a docs page', async () => {
    const client = new Client(t.app);
    const spec = (await client.get('/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/locations',
        '/api/locations/{id}',
        '/api/auth/login',
        '/api/audit',
      ]),
    );
    expect(
      spec.paths['/api/locations'].post.requestBody.content['application/json'].schema.properties,
    ).toHaveProperty('municipality');
    const docs = await client.get('/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });

  it('puts a request id and security headers on every response', async () => {
    const client = new Client(t.app);
    const response = await client.get('/api/health');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
    const echoed = await client.get('/api/health', { 'x-request-id': 'trace-abc-12345' });
    expect(echoed.headers['x-request-id']).toBe('trace-abc-12345');
    const refused = await client.get('/api/health', { 'x-request-id': 'bad id with spaces' });
    expect(refused.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('answers unknown API paths with a problem+json 404, following Accept-Language when logged out', async () => {
    const anonymous = new Client(t.app);
    anonymous.lang = 'fr-BE,fr;q=0.9,en;q=0.5';
    expect((await anonymous.get('/api/nothing-here')).json().detail).toBe(
      "Cette adresse n'existe pas dans l'API.",
    );
    const response = await new Client(t.app).get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404 });
  });
});

describe('bad input', () => {
  it("refuses malformed JSON, in the user's language", async () => {
    const { admin } = installation;
    await admin.patch('/api/me', { language: 'nl' });
    const response = await admin.request('POST', '/api/locations', '{"slug": ', {
      'content-type': 'application/json',
    });
    await admin.patch('/api/me', { language: 'en' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'MALFORMED_JSON',
      detail: 'De inhoud van het verzoek is geen geldige JSON.',
    });
  });

  it('refuses another content type', async () => {
    const response = await installation.admin.request('POST', '/api/locations', 'slug=x&name=y', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const text = await installation.admin.request('POST', '/api/locations', 'x', {
      'content-type': 'text/plain',
    });
    expect(text.statusCode).toBe(415);
  });

  it('refuses oversize bodies', async () => {
    const response = await installation.admin.post('/api/locations', {
      slug: 'big',
      name: 'x'.repeat(5000),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses unknown fields and names them', async () => {
    const response = await installation.admin.post('/api/locations', {
      slug: 'ok',
      name: 'Ok',
      colour: 'red',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        path: 'colour',
        code: 'unknown_field',
        message: 'Unknown field "colour".',
        params: { field: 'colour' },
      },
    ]);
  });

  it('lists every invalid field, translated', async () => {
    const { admin } = installation;
    await admin.patch('/api/me', { language: 'fr' });
    const response = await admin.post('/api/locations', {
      slug: 'Not A Slug',
      name: '',
      kind: 'castle',
      municipality: '99999',
    });
    await admin.patch('/api/me', { language: 'en' });
    const errors = response.json().errors as { path: string; code: string; message: string }[];
    expect(errors.map((e) => `${e.path}:${e.code}`).sort()).toEqual([
      'kind:invalid_value',
      'municipality:unknown_municipality',
      'name:required',
      'slug:invalid_slug',
    ]);
    expect(errors.find((e) => e.path === 'name')!.message).toBe('Obligatoire.');
    expect((await admin.get('/api/locations')).json().total).toBe(0);
  });

  it('refuses bad query parameters', async () => {
    const response = await installation.admin.get('/api/locations?limit=100000&active=maybe');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['active', 'limit']);
  });

  it('tells a missing field from a wrong kind of value', async () => {
    const response = await installation.admin.get('/api/locations?limit=abc');
    expect(response.json().errors[0]).toMatchObject({ path: 'limit', code: 'invalid_type' });
    const wrongType = await installation.admin.post('/api/locations', { slug: 'typed', name: 42 });
    expect(wrongType.json().errors).toEqual([
      expect.objectContaining({ path: 'name', code: 'invalid_type' }),
    ]);
    const missing = await installation.admin.post('/api/locations', { slug: 'typed' });
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ path: 'name', code: 'required' }),
    ]);
  });

  it('refuses a non-uuid id', async () => {
    const response = await installation.admin.get('/api/locations/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('id');
  });
});
