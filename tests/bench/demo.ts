/**
 * Bench (d), the new user's day on the demo data: the demo loaded as `parcours demo` loads it
 * (the setup service), then the three heaviest pages exactly as the web app asks for them —
 * the dashboard's default view (this year to date), the annual report page (last year, JSON)
 * and the visitor profile's results (every response) — against the same requests after a
 * manual `ANALYZE` of every table. A ratio far above 1 means the database plans without
 * statistics (PGlite has no autovacuum: the application must gather them itself).
 *
 * Then the front desk's write latency (`POST /api/contacts` as the front desk sends it) while
 * the dashboard is computed again and again, against the same writes on an idle server.
 */
import type { FastifyInstance } from 'fastify';
import { todayIn } from '../../src/core/contacts/dates.ts';
import { WALK_IN_CENTRE } from '../../src/services/demo/walk-in-load.ts';
import { demoEmail } from '../../src/services/demo/data.ts';
import type { Services } from '../../src/services/index.ts';
import { Client } from '../helpers/app.ts';
import type { BenchDatabase } from './engine.ts';
import { fmt, line, once } from './measure.ts';

/** Writes timed while the dashboard runs. */
const WRITES = 50;
/** Pause between two writes at the front desk (a counsellor's key presses). */
const WRITE_GAP_MS = 40;
const AIM_P95_MS = 300;
/** The writes during dashboards stop after this long (without statistics, each waits ~12 s). */
const WRITES_BUDGET_MS = 120_000;

interface Page {
  label: string;
  url: string;
}

/** The requests the web app makes for its three heaviest pages, today. */
async function demoPages(analyst: Client, timeZone: string): Promise<Page[]> {
  const today = todayIn(timeZone, new Date());
  const year = Number(today.slice(0, 4));
  // src/web/features/dashboard/params.ts: dashboardQuery(periodOf('year', today, today), {})
  const dashboard = `/api/contacts/dashboard?from=${year}-01-01&to=${today}`;
  // src/web/features/reports/AnnualReportPage.tsx: last year, the UI language, JSON
  const report = `/api/reports/annual?year=${year - 1}&lang=en&format=json`;
  // src/web/features/survey-results/SurveyResultsPage.tsx: no filter, every response
  const surveys = await analyst.get('/api/surveys?limit=50');
  if (surveys.statusCode !== 200) throw new Error(`surveys: ${surveys.body}`);
  const profile = (surveys.json().items as { id: string; template: string | null }[]).find(
    (s) => s.template === 'visitor_profile',
  );
  if (!profile) throw new Error('the demo has no visitor profile');
  return [
    { label: 'dashboard, this year to date', url: dashboard },
    { label: `annual report ${year - 1} (JSON)`, url: report },
    { label: 'visitor profile results (all responses)', url: `/api/surveys/${profile.id}/results` },
  ];
}

async function timed(client: Client, url: string): Promise<number> {
  const { ms, result } = await once(() => client.get(url));
  if (result.statusCode !== 200) throw new Error(`${url}: ${result.statusCode} ${result.body}`);
  return ms;
}

/** First request and the median of `iterations` more, per page. */
async function timePages(client: Client, pages: Page[], iterations: number) {
  const figures: { first: number; median: number }[] = [];
  for (const page of pages) {
    const first = await timed(client, page.url);
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) times.push(await timed(client, page.url));
    times.sort((a, b) => a - b);
    figures.push({ first, median: times[Math.floor(times.length / 2)]! });
  }
  return figures;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/**
 * Front-desk writes, one after the other with a pause, each timed; fewer than `count` when
 * `budgetMs` runs out first (each write may wait for a whole dashboard).
 */
async function frontDeskWrites(
  counsellor: Client,
  count: number,
  budgetMs = Infinity,
): Promise<number[]> {
  const times: number[] = [];
  const started = Date.now();
  for (let i = 0; i < count && Date.now() - started < budgetMs; i++) {
    await new Promise((resolve) => setTimeout(resolve, WRITE_GAP_MS));
    const { ms, result } = await once(() =>
      counsellor.post('/api/contacts', {
        type: 'individual_advice',
        theme: 'work',
        language: 'fr',
        channel: 'walk_in',
        locationId: null,
        count: 1,
        tags: [],
      }),
    );
    if (result.statusCode !== 201) throw new Error(`front desk: ${result.body}`);
    times.push(ms);
  }
  return times.sort((a, b) => a - b);
}

/** The writes while another client asks for the dashboard without pause. */
async function writesUnderDashboard(counsellor: Client, analyst: Client, dashboard: string) {
  let done = false;
  let dashboards = 0;
  const reader = (async () => {
    while (!done) {
      await timed(analyst, dashboard);
      dashboards++;
      // A browser's next request arrives through the event loop; inject() alone would chain
      // requests on promises only and never let the front desk's timer fire.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  try {
    const times = await frontDeskWrites(counsellor, WRITES, WRITES_BUDGET_MS);
    return { times, dashboards: () => dashboards };
  } finally {
    done = true;
    await reader;
  }
}

function printWrites(label: string, times: number[], baseline?: number[]) {
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  const note = baseline ? fmt.ratio(p95 / percentile(baseline, 95)) : '';
  line(`${label}: writes`, String(times.length));
  line(`${label}: p50`, fmt.ms(p50));
  line(`${label}: p95 (aim < ${AIM_P95_MS} ms)`, fmt.ms(p95), note);
  line(`${label}: max`, fmt.ms(times[times.length - 1]!));
}

export async function benchDemo(
  bench: BenchDatabase,
  app: FastifyInstance,
  services: Services,
  iterations: number,
) {
  console.log(`\n[${bench.engine}] demo data: the pages a new user opens, and the front desk`);
  const load = await once(() => services.setup.loadDemo());
  if (!load.result.organisationsCreated.includes(WALK_IN_CENTRE))
    throw new Error(`the demo walk-in centre was not loaded (${WALK_IN_CENTRE} exists)`);
  line('demo load (parcours demo)', fmt.ms(load.ms));
  const password = load.result.password;
  const analyst = new Client(app);
  await analyst.login(demoEmail(WALK_IN_CENTRE, 'analyst'), password);
  const counsellor = new Client(app);
  await counsellor.login(demoEmail(WALK_IN_CENTRE, 'counsellor'), password);
  const [org] = await bench.owner.query<{ time_zone: string }>(
    'SELECT time_zone FROM organisations WHERE slug = $1',
    [WALK_IN_CENTRE],
  );
  const pages = await demoPages(analyst, org!.time_zone);

  const asLoaded = await timePages(analyst, pages, iterations);
  pages.forEach((page, i) => {
    line(`${page.label}: first request`, fmt.ms(asLoaded[i]!.first));
    line(`${page.label}: median of ${iterations}`, fmt.ms(asLoaded[i]!.median));
  });
  const idle = await frontDeskWrites(counsellor, WRITES);
  printWrites('front desk writes, idle server', idle);
  const busy = await writesUnderDashboard(counsellor, analyst, pages[0]!.url);
  printWrites(`front desk writes during ${busy.dashboards()} dashboards`, busy.times, idle);

  const analyse = await once(() => bench.owner.query('ANALYZE'));
  line('manual ANALYZE of every table', fmt.ms(analyse.ms));
  const analysed = await timePages(analyst, pages, iterations);
  pages.forEach((page, i) => {
    const before = asLoaded[i]!;
    const after = analysed[i]!;
    line(`after ANALYZE: ${page.label}: first request`, fmt.ms(after.first));
    line(
      `after ANALYZE: ${page.label}: median`,
      fmt.ms(after.median),
      `as loaded ÷ after ANALYZE: ${fmt.ratio(before.median / after.median)} (aim ≈ 1)`,
    );
  });
  const busyAnalysed = await writesUnderDashboard(counsellor, analyst, pages[0]!.url);
  printWrites(
    `after ANALYZE: writes during ${busyAnalysed.dashboards()} dashboards`,
    busyAnalysed.times,
    idle,
  );
}
