/** Bench: the locations list through the API (token auth, RLS, paging, search) against a bare SELECT. */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Client } from '../helpers/app.ts';
import type { BenchDatabase } from './engine.ts';
import { fmt, line, meanMs } from './measure.ts';

export async function benchLocations(
  bench: BenchDatabase,
  app: FastifyInstance,
  admin: Client,
  organisationId: string,
): Promise<void> {
  const { database } = bench;
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

  const baseline = await meanMs(300, () =>
    database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('app.org_id', ${organisationId}, true)`);
      return tx.execute(
        sql`SELECT * FROM locations WHERE organisation_id = ${organisationId} ORDER BY name LIMIT 50`,
      );
    }),
  );
  const full = await meanMs(300, () => client.get('/api/locations?limit=50'));
  const searched = await meanMs(300, () => client.get('/api/locations?q=site-1&limit=50'));
  console.log(`\n[${bench.engine}] 200 locations, mean of 300 requests`);
  line('baseline: bare SELECT in an RLS transaction', fmt.ms(baseline));
  line('GET /api/locations (token auth, RLS, paging)', fmt.ms(full), fmt.ratio(full / baseline));
  line('GET /api/locations?q=… (search + count)', fmt.ms(searched), fmt.ratio(searched / baseline));
}
