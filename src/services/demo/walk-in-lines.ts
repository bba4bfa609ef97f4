/** The building blocks of the walk-in centre's demo year: its calendar and its contact lines. */
import type { ActivityCategory, Channel, ContactType } from '../../core/contacts/model.ts';
import type { Theme } from '../../core/reference/themes.ts';
import { distribute, type Random } from './random.ts';

/** The walk-in centre's places (slugs of its demo locations). */
export type WalkInPlace = 'sterrenkunde' | 'formtruck' | 'beurzen';

export interface PlannedActivity {
  kind: string;
  category: ActivityCategory;
  title: string;
  date: string;
  /** Local time in the organisation's zone, HH:MM. */
  start: string;
  minutes: number;
  location: WalkInPlace | null;
  municipality: string | null;
  neighbourhood: string | null;
  language: string | null;
  theme: Theme | null;
  partner: string | null;
  capacity: number | null;
  status: 'held' | 'cancelled';
}

/** One aggregated contact line: `count` people on one day with the same attributes. */
export interface PlannedLine {
  date: string;
  type: ContactType;
  count: number;
  theme: Theme | null;
  language: string | null;
  channel: Channel | null;
  location: WalkInPlace | null;
  municipality: string | null;
  tags: string[];
  activity: PlannedActivity | null;
  /** Local time (HH:MM) it was recorded at the desk; lines without one at the end of the day. */
  recordedTime?: string;
}

export interface Day {
  date: string;
  /** 0 = January. */
  month: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  holiday: boolean;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Belgian public holidays, with the Brussels civil service's 8 May and 26 December. */
export function holidays(year: number): Set<string> {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const easter = Date.UTC(
    year,
    Math.floor((h + l - 7 * m + 114) / 31) - 1,
    ((h + l - 7 * m + 114) % 31) + 1,
  );
  const afterEaster = (n: number) => iso(new Date(easter + n * 86_400_000));
  const fixed = ['01-01', '05-01', '05-08', '07-21', '08-15', '11-01', '11-11', '12-25', '12-26'];
  return new Set([
    ...fixed.map((md) => `${year}-${md}`),
    afterEaster(1),
    afterEaster(39),
    afterEaster(50),
  ]);
}

export function calendar(year: number): Day[] {
  const closed = holidays(year);
  const days: Day[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const d = new Date(t);
    const date = iso(d);
    days.push({
      date,
      month: d.getUTCMonth(),
      weekday: (d.getUTCDay() + 6) % 7,
      holiday: closed.has(date),
    });
  }
  return days;
}

export interface Mix {
  type: ContactType;
  themes: Record<string, number>;
  languages: Record<string, number>;
  channels?: Record<string, number>;
  tags?: string[];
  /** About how many people one line holds. */
  perLine: number;
}

/** The desk is open from 9:00 to 16:30, busiest late in the morning and early afternoon. */
const DESK_HOURS: Record<string, number> = {
  '09': 0.8,
  '10': 1.2,
  '11': 1.3,
  '12': 0.8,
  '13': 1.1,
  '14': 1.2,
  '15': 0.9,
  '16': 0.4,
};

/**
 * A day's `total` visitors of one type as the front desk records them: one line per
 * person (count 1), each at the time the counsellor pressed the button, in time order.
 */
export function visitorLines(
  rng: Random,
  date: string,
  total: number,
  mix: Omit<Mix, 'perLine'>,
): PlannedLine[] {
  const lines: PlannedLine[] = [];
  for (let i = 0; i < total; i++) {
    const hour = rng.pick(DESK_HOURS);
    const minute = rng.int(0, hour === '16' ? 29 : 59);
    lines.push({
      date,
      type: mix.type,
      count: 1,
      theme: rng.pick(mix.themes) as Theme,
      language: rng.pick(mix.languages),
      channel: mix.channels ? (rng.pick(mix.channels) as Channel) : 'walk_in',
      location: 'sterrenkunde',
      municipality: null,
      tags: mix.tags ?? [],
      activity: null,
      recordedTime: `${hour}:${String(minute).padStart(2, '0')}`,
    });
  }
  return lines.sort((a, b) => a.recordedTime!.localeCompare(b.recordedTime!));
}

/**
 * A day's `total` of one type as a few lines, merged where their attributes coincide: the
 * day's tally of a count sheet (the documentation centre) or of an activity.
 */
export function deskLines(
  rng: Random,
  date: string,
  total: number,
  mix: Mix,
  extra: Partial<PlannedLine> = {},
): PlannedLine[] {
  if (total <= 0) return [];
  const k = Math.max(1, Math.min(total, Math.round(total / mix.perLine)));
  const counts = distribute(
    total,
    Array.from({ length: k }, () => rng.jitter(0.5)),
    1,
  );
  const merged = new Map<string, PlannedLine>();
  for (const count of counts) {
    const theme = rng.pick(mix.themes) as Theme;
    const language = rng.pick(mix.languages);
    const channel = mix.channels ? (rng.pick(mix.channels) as Channel) : 'walk_in';
    const key = `${theme}|${language}|${channel}`;
    const line = merged.get(key);
    if (line) line.count += count;
    else
      merged.set(key, {
        date,
        type: mix.type,
        count,
        theme,
        language,
        channel,
        location: 'sterrenkunde',
        municipality: null,
        tags: mix.tags ?? [],
        activity: null,
        ...extra,
      });
  }
  return [...merged.values()];
}
