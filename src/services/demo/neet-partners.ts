import { sql } from 'drizzle-orm';
import type { Channel } from '../../core/contacts/model.ts';
import { addDays, todayIn } from '../../core/contacts/dates.ts';
import type { Labels } from '../../core/common/labels.ts';
import type { Theme } from '../../core/reference/themes.ts';
import type { Executor } from '../../db/client.ts';
import { NEET_PROGRAMME } from './programmes.ts';
import { createRandom, distribute } from './random.ts';
import { MONTH_WEIGHTS, WEEKDAY_WEIGHTS } from './walk-in-data.ts';
import { calendar } from './walk-in-lines.ts';
import { insertJson, zonedInstant } from './walk-in-load.ts';

/**
 * What the seven NEET partners of Actiris's programme (seed 001) record: the young people
 * they guide, one at a time, from the programme's start until yesterday — coaching at their
 * office, by phone or online, and street work. The programme's targets count these contacts
 * (until participants exist), so its progress shows: in the demo the partners together are
 * on track, InBrussel is ahead of its own target and JES a little short of its own.
 */
const NEET_START = NEET_PROGRAMME.periodStart;

/** Contacts a year per partner (slug): 780 together, against 750 a year in the programme. */
export const NEET_PARTNER_YEARLY: Record<string, number> = {
  art2work: 110,
  'backstage-network': 120,
  'groep-intro': 100,
  inbrussel: 130,
  'infor-jeunes-bruxelles': 120,
  jes: 95,
  orientaeuro: 105,
};

export const NEET_TAG = 'neet';
const NEET_TAG_LABELS: Labels = { nl: 'NEET-jongeren', fr: 'Jeunes NEET', en: 'NEET youth' };

const THEMES: Record<Theme, number> = {
  work: 40,
  learn: 30,
  choose: 25,
  start_business: 3,
  move: 2,
};
const CHANNELS: Partial<Record<Channel, number>> = {
  walk_in: 55,
  phone: 22,
  online: 10,
  outreach: 13,
};
const LANGUAGES: Record<'nl' | 'fr', Record<string, number>> = {
  fr: { fr: 72, nl: 6, ar: 10, en: 8, es: 4 },
  nl: { nl: 58, fr: 30, en: 7, ar: 5 },
};
const HOURS = ['09', '10', '11', '13', '14', '15', '16'] as const;

export interface NeetPartnerTarget {
  slug: string;
  organisationId: string;
  timeZone: string;
  language: string;
  /** The partner's places: the first is its office; a `mobile_unit` takes the street work. */
  locations: { id: string; kind: string; municipality?: string | null }[];
  recordedBy: string | null;
}

/** The partner's contacts, drawn from a generator seeded by its slug and the year. */
export function planNeetPartnerContacts(slug: string, language: string, yesterday: string) {
  const yearly = NEET_PARTNER_YEARLY[slug] ?? 0;
  const seed = [...slug].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const lines: {
    date: string;
    time: string;
    theme: Theme;
    language: string;
    channel: Channel;
  }[] = [];
  const first = Number(NEET_START.slice(0, 4));
  for (let year = first; year <= Number(yesterday.slice(0, 4)); year++) {
    const rng = createRandom(seed + year * 104_729);
    const days = calendar(year);
    const perDay = distribute(
      yearly,
      days.map((d) =>
        d.holiday ? 0 : MONTH_WEIGHTS[d.month]! * WEEKDAY_WEIGHTS[d.weekday]! * rng.jitter(0.6),
      ),
    );
    days.forEach((day, i) => {
      if (day.date > yesterday) return;
      for (let k = 0; k < perDay[i]!; k++)
        lines.push({
          date: day.date,
          time: `${HOURS[rng.int(0, HOURS.length - 1)]}:${String(rng.int(0, 59)).padStart(2, '0')}`,
          theme: rng.pick(THEMES),
          language: rng.pick(LANGUAGES[language === 'nl' ? 'nl' : 'fr']),
          channel: rng.pick(CHANNELS as Record<Channel, number>),
        });
    });
  }
  return lines;
}

/** Loads a NEET partner's contacts with young people in the caller's transaction. */
export async function loadNeetPartnerContacts(
  tx: Executor,
  target: NeetPartnerTarget,
  at: Date,
): Promise<number> {
  const yesterday = addDays(todayIn(target.timeZone, at), -1);
  const lines = planNeetPartnerContacts(target.slug, target.language, yesterday);
  if (!lines.length) return 0;
  const office = target.locations[0] ?? null;
  const street = target.locations.find((l) => l.kind === 'mobile_unit') ?? office;
  const org = target.organisationId;
  await tx.execute(sql`
    INSERT INTO contact_tags (organisation_id, slug, labels, created_at)
    VALUES (${org}, ${NEET_TAG}, ${JSON.stringify(NEET_TAG_LABELS)}::jsonb, ${at.toISOString()}::timestamptz)
    ON CONFLICT DO NOTHING`);
  const rows = lines.map((l) => {
    const place = l.channel === 'outreach' ? street : office;
    return {
      d: l.date,
      th: l.theme,
      la: l.language,
      ch: l.channel,
      lo: place?.id ?? null,
      m: l.channel === 'outreach' ? (place?.municipality ?? null) : null,
      r: zonedInstant(l.date, l.time, target.timeZone).toISOString(),
    };
  });
  await insertJson(
    tx,
    rows,
    (json) => sql`
      INSERT INTO contacts (organisation_id, contact_date, type, count, theme, language,
        channel, location_id, municipality, tags, recorded_by, recorded_at, updated_at)
      SELECT ${org}, r.d, 'individual_advice', 1, r.th, r.la, r.ch, r.lo, r.m,
        ARRAY[${NEET_TAG}]::text[], ${target.recordedBy}, r.r, r.r
      FROM jsonb_to_recordset(${json}::jsonb) AS r(d date, th text, la text, ch text, lo uuid,
        m text, r timestamptz)`,
  );
  return lines.length;
}
