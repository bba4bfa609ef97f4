/**
 * Benchmarks (`npm run bench`). Never part of `npm test`: each case prints its time and the
 * ratio to a baseline measured in the same run on the same database, so numbers compare
 * across machines. Runs on PGlite, and on PostgreSQL when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set (a scratch database is created and dropped).
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../../src/api/app.ts';
import type { Database } from '../../src/db/client.ts';
import { Client, setupInstallation, testConfig } from '../helpers/app.ts';
import { createTestDatabase } from '../helpers/db.ts';
import { setup as setupTemplate } from '../helpers/global-setup.ts';

async function time(iterations: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}

async function benchEngine(engine: 'pglite' | 'postgres') {
  process.env.PARCOURS_TEST_ENGINE = engine;
  if (engine === 'postgres') await setupTemplate({ name: 'api-postgres' });
  const db = await createTestDatabase();
  const database: Database = db.database;
  const app = await buildApp({ config: testConfig(), database, webRoot: null });
  try {
    const { admin, organisationId } = await setupInstallation(app, 'bench');
    for (let i = 0; i < 200; i++)
      await admin.post('/api/locations', {
        slug: `site-${i}`,
        name: `Site ${i}`,
        municipality: '21004',
      });
    const { token } = (
      await admin.post('/api/me/tokens', { name: 'bench', expiresInDays: 1 })
    ).json();
    const client = new Client(app);
    client.bearer = token;

    const baseline = await time(300, () =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('app.org_id', ${organisationId}, true)`);
        return tx.execute(
          sql`SELECT * FROM locations WHERE organisation_id = ${organisationId} ORDER BY name LIMIT 50`,
        );
      }),
    );
    const full = await time(300, () => client.get('/api/locations?limit=50'));
    const searched = await time(300, () => client.get('/api/locations?q=site-1&limit=50'));
    console.log(`\n[${engine}] 200 locations, mean of 300 requests`);
    console.log(`  baseline: bare SELECT in an RLS transaction      ${baseline.toFixed(3)} ms`);
    console.log(
      `  GET /api/locations (token auth, RLS, paging)     ${full.toFixed(3)} ms   ratio ${(full / baseline).toFixed(1)}×`,
    );
    console.log(
      `  GET /api/locations?q=… (search + count)          ${searched.toFixed(3)} ms   ratio ${(searched / baseline).toFixed(1)}×`,
    );
  } finally {
    await app.close();
    await db.close();
  }
}

await benchEngine('pglite');
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
  process.env.TEST_DATABASE_URL = url;
  await benchEngine('postgres');
} else {
  console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.)');
}
