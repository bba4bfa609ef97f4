import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { addDays, todayIn } from '../../core/contacts/dates.ts';
import type { Executor } from '../../db/client.ts';
import { TAG_LABELS } from './walk-in-data.ts';
import type { PlannedActivity, PlannedLine } from './walk-in-lines.ts';
import { planWalkInYear } from './walk-in-plan.ts';

/** The demo organisation that gets a history of contacts and activities. */
export const WALK_IN_CENTRE = 'beroepenpunt';

/** How far ahead the demo plans sessions, trips and fairs. */
const PLANNED_DAYS = 28;
const CHUNK = 4000;

export interface WalkInTarget {
  organisationId: string;
  timeZone: string;
  /** Location ids by slug (sterrenkunde, formtruck, beurzen). */
  locations: Record<string, string>;
  /** Who recorded the contacts (the counsellor) and planned the activities (the coordinator). */
  recordedBy: string | null;
  plannedBy: string | null;
}

/**
 * The day the walk-in centre started recording in Parcours: the first of the month three
 * months before yesterday's. What came before is the history it imported from its count
 * sheets (daily tallies, with external ids).
 */
export function walkInLiveFrom(yesterday: string): string {
  const months = Number(yesterday.slice(0, 4)) * 12 + Number(yesterday.slice(5, 7)) - 1 - 3;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

/** The years loaded on `yesterday`: 2022, 2023 (the annual report) and up to three recent ones. */
export function walkInYears(yesterday: string): number[] {
  const last = Number(yesterday.slice(0, 4));
  const years = [2022, 2023];
  for (let y = Math.max(2024, last - 2); y <= last; y++) years.push(y);
  return years.filter((y) => y <= last);
}

const formats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/**
 * The instant of local `date` `time` in `zone`. The offset is the one at noon: the demo's
 * activities all start in daytime, well clear of the night-time switches of summer time.
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const key = `${zone} ${date}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      formats.set(zone, format);
    }
    const noon = Date.parse(`${date}T12:00:00Z`);
    const p = Object.fromEntries(format.formatToParts(noon).map((x) => [x.type, x.value]));
    offset = Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00Z`) - noon;
    offsets.set(key, offset);
  }
  return new Date(Date.parse(`${date}T${time}:00Z`) - offset);
}

/** Inserts `rows` through `statement` (a `jsonb_to_recordset` of its argument), in chunks. */
export async function insertJson(tx: Executor, rows: object[], statement: (json: string) => SQL) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx.execute(statement(JSON.stringify(rows.slice(i, i + CHUNK))));
}

/**
 * Loads the walk-in centre's contacts and activities in the caller's transaction: whole
 * years up to yesterday in the organisation's zone, and the next four weeks' planned
 * activities. Attendance is contact lines pointing at their activity, never a number.
 */
export async function loadWalkInContacts(
  tx: Executor,
  target: WalkInTarget,
  at: Date,
): Promise<{ contacts: number; lines: number; activities: number }> {
  const today = todayIn(target.timeZone, at);
  const yesterday = addDays(today, -1);
  const horizon = addDays(today, PLANNED_DAYS);
  const years = walkInYears(yesterday);
  const horizonYear = Number(horizon.slice(0, 4));
  if (!years.includes(horizonYear)) years.push(horizonYear);

  const liveFrom = walkInLiveFrom(yesterday);
  const activities: PlannedActivity[] = [];
  const lines: PlannedLine[] = [];
  for (const year of years) {
    const plan = planWalkInYear(year, liveFrom);
    for (const a of plan.activities)
      if (a.date <= yesterday || (a.date <= horizon && a.status === 'held')) activities.push(a);
    for (const line of plan.lines) if (line.date <= yesterday) lines.push(line);
  }

  const id = new Map<PlannedActivity, string>();
  const place = (slug: string | null) => (slug ? (target.locations[slug] ?? null) : null);
  const activityRows = activities.map((a) => {
    id.set(a, randomUUID());
    const startsAt = zonedInstant(a.date, a.start, target.timeZone);
    const created = new Date(Math.min(startsAt.getTime() - 21 * 86_400_000, at.getTime()));
    return {
      id: id.get(a),
      kind: a.kind,
      category: a.category,
      title: a.title,
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + a.minutes * 60_000).toISOString(),
      location_id: place(a.location),
      municipality: a.municipality,
      neighbourhood: a.neighbourhood,
      language: a.language,
      theme: a.theme,
      partner: a.partner,
      capacity: a.capacity,
      status: a.date > yesterday ? 'planned' : a.status,
      created_at: created.toISOString(),
    };
  });
  // The history was imported by the coordinator two weeks before the centre went live.
  const importedAt = zonedInstant(addDays(liveFrom, -14), '10:00', target.timeZone).toISOString();
  const imported = new Map<string, number>();
  const contactRows = lines.map((l) => {
    const live = l.date >= liveFrom;
    const year = l.date.slice(0, 4);
    const seq = live ? 0 : (imported.get(year) ?? 0) + 1;
    if (!live) imported.set(year, seq);
    return {
      d: l.date,
      t: l.type,
      n: l.count,
      th: l.theme,
      la: l.language,
      ch: l.channel,
      lo: place(l.location),
      m: l.municipality,
      tg: l.tags,
      a: l.activity ? id.get(l.activity) : null,
      // Live: at the desk when the counsellor pressed the button, tallies at the end of the day.
      r: live
        ? zonedInstant(l.date, l.recordedTime ?? '16:30', target.timeZone).toISOString()
        : importedAt,
      rb: live ? target.recordedBy : target.plannedBy,
      x: live ? null : `bp-${year}-${String(seq).padStart(6, '0')}`,
    };
  });

  const org = target.organisationId;
  await tx.execute(sql`
    INSERT INTO contact_tags (organisation_id, slug, labels, created_at)
    SELECT ${org}, key, value, ${at.toISOString()}::timestamptz
    FROM jsonb_each(${JSON.stringify(TAG_LABELS)}::jsonb) ON CONFLICT DO NOTHING`);
  await insertJson(
    tx,
    activityRows,
    (json) => sql`
      INSERT INTO activities (id, organisation_id, kind, category, title, starts_at, ends_at,
        location_id, municipality, neighbourhood, language, theme, partner, capacity, status,
        created_by, created_at, updated_at)
      SELECT r.id, ${org}, r.kind, r.category, r.title, r.starts_at, r.ends_at, r.location_id,
        r.municipality, r.neighbourhood, r.language, r.theme, r.partner, r.capacity, r.status,
        ${target.plannedBy}, r.created_at, r.created_at
      FROM jsonb_to_recordset(${json}::jsonb) AS r(id uuid, kind text, category text,
        title text, starts_at timestamptz, ends_at timestamptz, location_id uuid,
        municipality text, neighbourhood text, language text, theme text, partner text,
        capacity int, status text, created_at timestamptz)`,
  );
  await insertJson(
    tx,
    contactRows,
    (json) => sql`
      INSERT INTO contacts (organisation_id, contact_date, type, count, theme, language,
        channel, location_id, municipality, tags, activity_id, external_id, recorded_by,
        recorded_at, updated_at)
      SELECT ${org}, r.d, r.t, r.n, r.th, r.la, r.ch, r.lo, r.m, r.tg, r.a, r.x, r.rb, r.r, r.r
      FROM jsonb_to_recordset(${json}::jsonb) AS r(d date, t text, n int, th text, la text,
        ch text, lo uuid, m text, tg text[], a uuid, x text, rb uuid, r timestamptz)`,
  );
  return {
    contacts: lines.reduce((s, l) => s + l.count, 0),
    lines: lines.length,
    activities: activities.length,
  };
}
