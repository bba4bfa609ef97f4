import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { Client, testConfig } from '../helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/db.ts';

/** The server serves the built single-page app to anyone, with client-side routes on reload. */
let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'parcours-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log("parcours")');
  db = await createTestDatabase();
  app = await buildApp({ config: testConfig(), database: db.database, webRoot: root });
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('web app serving', () => {
  it('serves the app files without a log-in', async () => {
    const response = await new Client(app).get('/assets/app-1234.js');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('parcours');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers client-side routes with index.html, and unknown API paths with a problem', async () => {
    const page = await new Client(app).get('/locations', { accept: 'text/html' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect((await new Client(app).get('/members?q=x')).body).toContain('<div id="root">');
    const missing = await new Client(app).get('/assets/missing-file.js');
    expect(missing.statusCode).toBe(404);
    const api = await new Client(app).get('/api/locations/unknown/path', { accept: 'text/html' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('ROUTE_NOT_FOUND');
  });
});
