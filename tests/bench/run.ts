/**
 * Benchmarks (`npm run bench`). Never part of `npm test`: each case prints its figures and
 * the ratio to a baseline measured in the same run on the same database, so numbers compare
 * across machines. Runs on PGlite, and on PostgreSQL when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set (a scratch database is created on that server and dropped).
 *
 * Cases (`--cases=locations,import,stats,report,demo` or BENCH_CASES; default all):
 * - locations: the locations list through the API against a bare SELECT;
 * - import: (a) importing generated contact rows (`--import-rows`, BENCH_IMPORT_ROWS,
 *   default 1,000,000; PGlite: `--pglite-import-rows`, BENCH_PGLITE_IMPORT_ROWS) against COPY;
 * - stats: (b) one year's statistics and dashboard over ten years of contacts at `--scale`
 *   (BENCH_STATS_SCALE, default 10 ≈ 6.5 million rows) times the walk-in centre's volume;
 *   PGlite uses `--pglite-scale` (BENCH_PGLITE_SCALE, default 1).
 * - report: (c) the annual report's JSON for 2023 over the same ten years of contacts plus
 *   the visitor profile's answers (300,000 responses at scale 10), against the raw aggregate
 *   queries it needs; checks the report equals the raw counts, also after edits and an
 *   import. After `stats` it reuses that case's contacts.
 * - demo: (d) the demo data loaded as `parcours demo` loads it; the dashboard's default view,
 *   the annual report page and the questionnaire results page as the web app asks for them,
 *   against the same after a manual ANALYZE; the front desk's write latency (p50/p95) while
 *   the dashboard is computed (demo.ts).
 * `--iterations` (BENCH_ITERATIONS, default 10) runs of each statistics query.
 * BENCH_ENGINES=pglite or =postgres runs one engine only; BENCH_KEEP keeps the PostgreSQL
 * scratch database (to EXPLAIN its queries afterwards).
 */
import { buildApp } from '../../src/api/app.ts';
import type { Actor } from '../../src/services/actor.ts';
import { setupInstallation, testConfig, type Client } from '../helpers/app.ts';
import { benchReport } from './annual-report.ts';
import { benchDemo } from './demo.ts';
import { benchImport } from './contacts-import.ts';
import { benchStats } from './contacts-stats.ts';
import { openBenchDatabase, type Engine } from './engine.ts';
import { benchLocations } from './locations.ts';
import { numberOption } from './measure.ts';

const CASES = ['locations', 'import', 'stats', 'report', 'demo'] as const;
const chosen = (
  process.argv.find((a) => a.startsWith('--cases='))?.slice(8) ??
  process.env.BENCH_CASES ??
  CASES.join(',')
)
  .split(',')
  .map((c) => c.trim());
for (const c of chosen)
  if (!(CASES as readonly string[]).includes(c))
    throw new Error(`bench: unknown case ${c} (known: ${CASES.join(', ')})`);
const cases = new Set(chosen);

const importRows = numberOption('import-rows', 'BENCH_IMPORT_ROWS', 1_000_000);
const options = {
  pglite: {
    importRows: numberOption('pglite-import-rows', 'BENCH_PGLITE_IMPORT_ROWS', importRows),
    scale: numberOption('pglite-scale', 'BENCH_PGLITE_SCALE', 1),
  },
  postgres: {
    importRows,
    scale: numberOption('scale', 'BENCH_STATS_SCALE', 10),
  },
};
const iterations = numberOption('iterations', 'BENCH_ITERATIONS', 10);

/** The walk-in centre's three places, through the API; ids by slug. */
async function walkInLocations(admin: Client): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const slug of ['sterrenkunde', 'formtruck', 'beurzen']) {
    const response = await admin.post('/api/locations', {
      slug,
      name: slug,
      municipality: '21014',
    });
    if (response.statusCode !== 201) throw new Error(`location ${slug}: ${response.body}`);
    ids[slug] = response.json().id;
  }
  return ids;
}

/** Runs one case; a failure is printed and the other cases still run. */
async function reported(fn: () => Promise<void>) {
  try {
    await fn();
  } catch (error) {
    process.exitCode = 1;
    console.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function benchEngine(engine: Engine, url?: string) {
  const bench = await openBenchDatabase(engine, url);
  const app = await buildApp({ config: testConfig(), database: bench.database, webRoot: null });
  try {
    const { admin, adminEmail, organisationId } = await setupInstallation(app, 'bench');
    if (cases.has('locations')) await benchLocations(bench, app, admin, organisationId);
    if (cases.has('demo'))
      await reported(() => benchDemo(bench, app, app.services, Math.min(iterations, 5)));
    if (!cases.has('import') && !cases.has('stats') && !cases.has('report')) return;
    const locations = await walkInLocations(admin);
    const [user] = await bench.owner.query<{ id: string }>(
      'SELECT id FROM users WHERE email = $1',
      [adminEmail],
    );
    const actor: Actor & { organisationId: string } = {
      userId: user!.id,
      isInstallationAdmin: false,
      organisationId,
      roles: ['org_admin'],
      via: 'system',
    };
    const { importRows: rows, scale } = options[engine];
    if (cases.has('import'))
      await reported(() => benchImport(bench, app.services, actor, locations, rows));
    if (cases.has('stats'))
      await reported(() => benchStats(bench, app.services, actor, locations, scale, iterations));
    if (cases.has('report'))
      await reported(() =>
        benchReport(bench, app.services, actor, admin, locations, scale, iterations),
      );
  } finally {
    await app.close();
    await bench.close();
  }
}

const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
if (engines.includes('pglite')) await benchEngine('pglite');
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url && engines.includes('postgres')) await benchEngine('postgres', url);
else if (!url)
  console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.)');
