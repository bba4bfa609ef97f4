import { sql } from 'drizzle-orm';
import { withContext } from '../../src/db/context.ts';
import type { TestApp } from './app.ts';

/** The tenant context of an organisation's own work, for engine calls in tests. */
export const ctx = (organisationId: string) => ({ organisationId, userId: null, isAdmin: false });

/** Groups as `{ key: value }` (a null key as "null"), for order-free comparisons. */
export const asMap = (groups: { key: string | null; value: number }[]) =>
  Object.fromEntries(groups.map((g) => [String(g.key), g.value]));

type Row = Record<string, string | number | null>;
export const rowsOf = (result: unknown) => (result as { rows: Row[] }).rows;

/** Activities as [title, kind, category, start instant, status, language, partner]. */
const ACTIVITIES = [
  ['A1', 'info_session', 'collective', '2026-01-10T09:00:00Z', 'held', 'nl', 'VDAB'],
  ['A2', 'workshop', 'collective', '2026-02-05T09:00:00Z', 'held', 'fr', 'VDAB'],
  // 00:30 on 1 January in Brussels
  ['A3', 'job_fair', 'event', '2025-12-31T23:30:00Z', 'held', 'nl', 'Actiris'],
  ['A4', 'street', 'outreach', '2026-01-20T10:00:00Z', 'cancelled', null, null],
  // 23:30 on 31 December in Brussels: before the period
  ['A5', 'workshop', 'collective', '2025-12-31T22:30:00Z', 'held', 'nl', 'VDAB'],
] as const;

/** Inserts the five activities above into the organisation; their ids by title. */
export async function insertActivities(
  t: TestApp,
  organisationId: string,
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [title, kind, category, at, status, language, partner] of ACTIVITIES) {
    const result = await withContext(t.db.database.db, ctx(organisationId), (tx) =>
      tx.execute(sql`INSERT INTO activities (organisation_id, kind, category, title, starts_at,
        status, language, partner) VALUES (${organisationId}, ${kind}, ${category}, ${title},
        ${at}::timestamptz, ${status}, ${language}, ${partner}) RETURNING id`),
    );
    ids[title] = String(rowsOf(result)[0]!.id);
  }
  return ids;
}
