/**
 * Bench (b): the dashboard's statistics for one year over ten years of contacts at `scale`
 * times the walk-in centre's volume (scale 10 ≈ 6.5 million rows, one person per row, the
 * worst case), generated in SQL. Times stats({groupBy: [type]}) and dashboard() against the
 * bare GROUP BY they need, in the same row-level-security transaction.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../../src/services/actor.ts';
import type { Services } from '../../src/services/index.ts';
import type { BenchDatabase } from './engine.ts';
import { fmt, line, medianMs, once } from './measure.ts';

/** Contacts a year at the centre (2023), and its sessions, trips and fairs. */
export const YEAR_CONTACTS = 65_654;
const YEAR_ACTIVITIES = { collective: 1_000, outreach: 62, event: 34 };
export const FIRST_DAY = '2016-01-01';
export const DAYS = 3653; // 2016-01-01 … 2025-12-31
const BATCH = 500_000;

/**
 * The generated rows, in date order as a centre records them (row i falls on day
 * (i - 1) × DAYS / rows); a deterministic hash of the row number picks the other
 * attributes. Activity n of a category is held on day (n - 1) × DAYS / N and its id is
 * md5('<category> <n>')::uuid, so a contact finds an activity of its own day without a join.
 */
const CONTACTS_SQL = `
  INSERT INTO contacts (organisation_id, contact_date, type, count, theme, language, channel,
    location_id, municipality, tags, activity_id, recorded_at, updated_at)
  SELECT $1, date '${FIRST_DAY}' + d, t.type, 1,
    (ARRAY['learn','work','move','start_business','choose'])[1 + h2 % 5],
    (ARRAY['fr','fr','fr','fr','fr','fr','nl','en','ar','es','uk','tr'])[1 + h3 % 12],
    CASE WHEN t.type IN ('event','outreach') THEN 'outreach' ELSE 'walk_in' END,
    CASE t.type WHEN 'event' THEN $4::uuid WHEN 'outreach' THEN $3::uuid ELSE $2::uuid END,
    CASE WHEN t.type IN ('event','outreach') THEN (21001 + h3 % 19)::text END,
    CASE WHEN t.type IN ('individual_advice','collective_activity') AND h2 % 10 = 0
      THEN '{ukrainian}'::text[] ELSE '{}'::text[] END,
    CASE t.type
      WHEN 'collective_activity' THEN md5('collective ' || (1 + floor(f * $7::int / ${DAYS})))::uuid
      WHEN 'event' THEN md5('event ' || (1 + floor(f * $8::int / ${DAYS})))::uuid
      WHEN 'outreach' THEN md5('outreach ' || (1 + floor(f * $9::int / ${DAYS})))::uuid END,
    now(), now()
  FROM generate_series($5::bigint, $6::bigint) AS i
  CROSS JOIN LATERAL (SELECT ((i - 1) * ${DAYS} / $10::bigint)::int AS d,
    abs(hashint8extended(i, 2)) AS h2, abs(hashint8extended(i, 3)) AS h3,
    abs(hashint8extended(i, 4)) % ${YEAR_CONTACTS} AS r) AS h
  CROSS JOIN LATERAL (SELECT d + (h3 % 1000) / 1000.0 AS f, CASE
    WHEN r < 28977 THEN 'individual_advice' WHEN r < 38533 THEN 'documentation_centre'
    WHEN r < 56595 THEN 'collective_activity' WHEN r < 62740 THEN 'event'
    ELSE 'outreach' END AS type) AS t`;

const ACTIVITIES_SQL = `
  INSERT INTO activities (id, organisation_id, kind, category, title, starts_at, status)
  SELECT md5($2::text || ' ' || n)::uuid, $1, CASE $2::text WHEN 'collective' THEN 'workshop'
    WHEN 'event' THEN 'fair' ELSE 'outreach_trip' END, $2::text, $2::text || ' ' || n,
    timestamptz '${FIRST_DAY} 09:00Z' + ((n - 1) * ${DAYS} / $3::int) * interval '1 day', 'held'
  FROM generate_series(1, $3::int) AS n`;

/** What `generateContacts` made: rows, activities per category, and how. */
export interface GeneratedContacts {
  rows: number;
  activities: Record<keyof typeof YEAR_ACTIVITIES, number>;
  /** True when foreign-key and summary triggers were skipped (summary rebuilt). */
  unchecked: boolean;
  ms: number;
}

/**
 * Generates ten years of contacts at `scale` and their activities for the actor's
 * organisation, in SQL, then the daily summary and VACUUM ANALYZE; nothing new when an
 * earlier case already generated them. `more` runs after the contacts, still without
 * triggers when `unchecked` (another case's own rows).
 */
export async function generateContacts(
  bench: BenchDatabase,
  org: string,
  locations: Record<string, string>,
  scale: number,
  more?: (unchecked: boolean) => Promise<void>,
): Promise<GeneratedContacts> {
  const { owner } = bench;
  const rows = Math.round(YEAR_CONTACTS * 10 * scale);
  const activities = Object.fromEntries(
    Object.entries(YEAR_ACTIVITIES).map(([category, n]) => [category, Math.round(n * 10 * scale)]),
  ) as Record<keyof typeof YEAR_ACTIVITIES, number>;
  // Valid by construction: like pg_restore, skip the foreign-key triggers where allowed.
  const unchecked = await owner
    .query('SET session_replication_role = replica')
    .then(() => true)
    .catch(() => false);
  // A case after another one (stats, then report) keeps the rows the first one generated.
  const [done] = await owner.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM activities WHERE organisation_id = $1',
    [org],
  );
  const generated = await once(async () => {
    if (!done!.n)
      for (const [category, n] of Object.entries(activities))
        await owner.query(ACTIVITIES_SQL, [org, category, n]);
    for (let first = 1; !done!.n && first <= rows; first += BATCH) {
      const last = Math.min(rows, first + BATCH - 1);
      await owner.query(CONTACTS_SQL, [
        org,
        locations.sterrenkunde,
        locations.formtruck,
        locations.beurzen,
        first,
        last,
        activities.collective,
        activities.event,
        activities.outreach,
        rows,
      ]);
      if (rows > BATCH) console.log(`    … ${fmt.int(last)} rows generated`);
    }
    if (more) await more(unchecked);
    if (unchecked) {
      await owner.query('RESET session_replication_role');
      const [orphans] = await owner.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM contacts c WHERE activity_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.id = c.activity_id)`,
      );
      if (orphans!.n) throw new Error(`${orphans!.n} generated contacts lack their activity`);
    }
    // Without triggers (replica), the daily summary is rebuilt as after a pg_restore.
    if (unchecked) await owner.query('SELECT contact_day_stats_rebuild()');
    await owner.query('VACUUM ANALYZE contacts');
    await owner.query('VACUUM ANALYZE contact_day_stats');
    await owner.query('VACUUM ANALYZE activities');
  });
  return { rows, activities, unchecked, ms: generated.ms };
}

export async function benchStats(
  bench: BenchDatabase,
  services: Services,
  actor: Actor & { organisationId: string },
  locations: Record<string, string>,
  scale: number,
  iterations: number,
): Promise<void> {
  const { database } = bench;
  const org = actor.organisationId;
  const rows = Math.round(YEAR_CONTACTS * 10 * scale);
  console.log(
    `\n[${bench.engine}] (b) statistics for one year over 10 years at scale ${scale} (${fmt.int(rows)} contact rows)`,
  );
  const { unchecked, ms } = await generateContacts(bench, org, locations, scale);
  line(
    `generated (generate_series${unchecked ? ', no triggers, summary rebuilt' : ', summary by trigger'}) + VACUUM ANALYZE`,
    fmt.ms(ms),
  );

  const from = '2025-01-01';
  const to = '2025-12-31';
  const bare = () =>
    database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('app.org_id', ${org}, true)`);
      return tx.execute(sql`SELECT type, sum(count) FROM contacts
        WHERE organisation_id = ${org} AND contact_date BETWEEN ${from} AND ${to} GROUP BY type`);
    });
  const stats = () =>
    services.contactStats.stats(actor, { from, to, groupBy: ['type'], compare: 'none' });
  const dashboard = () => services.contactStats.dashboard(actor, { from, to });
  const check = await stats();
  if (check.current.total < (rows / 10) * 0.9)
    throw new Error(`stats saw ${check.current.total} contacts in ${from.slice(0, 4)}`);

  const baseline = await medianMs(iterations, bare);
  const statsMs = await medianMs(iterations, stats);
  const dashboardMs = await medianMs(iterations, dashboard);
  line(
    `baseline: bare SELECT type, sum(count) … GROUP BY type`,
    fmt.ms(baseline),
    `${fmt.int(check.current.total)} contacts in ${from.slice(0, 4)}`,
  );
  line('stats({from, to, groupBy: [type]})', fmt.ms(statsMs), fmt.ratio(statsMs / baseline));
  line(
    'dashboard({from, to}) (and the year before)',
    fmt.ms(dashboardMs),
    `${fmt.ratio(dashboardMs / baseline)}${bench.engine === 'postgres' ? ` — aim < 200 ms: ${dashboardMs < 200 && statsMs < 200 ? 'met' : 'NOT met'}` : ''}`,
  );
  console.log(`  (median of ${iterations} runs after 2 warm-up runs)`);
}
