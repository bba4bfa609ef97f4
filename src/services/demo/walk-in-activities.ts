import type { Theme } from '../../core/reference/themes.ts';
import { distribute, type Random } from './random.ts';
import {
  ADVICE_THEMES,
  EVENT_MONTH_WEIGHTS,
  EVENT_VENUES,
  NEIGHBOURHOODS,
  OTHER_SESSION_LANGUAGES,
  OUTREACH_LANGUAGES,
  TRIP_MONTH_WEIGHTS,
  type WalkInYear,
} from './walk-in-data.ts';
import { deskLines, type Day, type PlannedActivity, type PlannedLine } from './walk-in-lines.ts';
import { SESSION_KINDS, SESSION_TOPICS, type SessionTopic } from './walk-in-topics.ts';

interface Planned {
  activities: PlannedActivity[];
  lines: PlannedLine[];
}

const START_TIMES: Record<string, string[]> = {
  workshop: ['09:30', '10:00', '13:30', '14:00'],
  info_session: ['10:00', '14:00', '17:30'],
  vr_orientation: ['10:00', '11:00', '14:00', '15:00'],
  expert_talk: ['12:30', '18:00'],
  job_day: ['09:00'],
  visit: ['09:30', '13:00'],
};

/** Brussels municipalities where visits and talks take place (NIS codes). */
const VISIT_MUNICIPALITIES = ['21004', '21001', '21012', '21015', '21009', '21007'];

function pickOf<T>(rng: Random, list: readonly T[]): T {
  return list[rng.int(0, list.length - 1)]!;
}

/** Distinct days drawn with probability proportional to `weights`. */
function drawDays(rng: Random, weights: number[], n: number): number[] {
  const left = [...weights];
  const picked: number[] = [];
  for (let i = 0; i < n && left.some((w) => w > 0); i++) {
    const index = rng.index(left);
    picked.push(index);
    left[index] = 0;
  }
  return picked.sort((a, b) => a - b);
}

/**
 * Collective sessions: the Dutch, the Ukrainian and the other sessions each share out their
 * exact number of participants (at least one each); a few more sessions were cancelled.
 */
export function planSessions(
  rng: Random,
  days: Day[],
  dayWeights: number[],
  spec: WalkInYear,
): Planned {
  const out: Planned = { activities: [], lines: [] };
  const pools = [
    { language: 'nl', total: spec.collectiveNl, topics: SESSION_TOPICS, tags: [] as string[] },
    {
      language: 'uk',
      total: spec.collectiveUkrainian,
      topics: SESSION_TOPICS.filter((t) => t.titles.uk),
      tags: ['ukrainian'],
    },
    {
      language: null,
      total: spec.collective - spec.collectiveNl - spec.collectiveUkrainian,
      topics: SESSION_TOPICS,
      tags: [] as string[],
    },
  ];
  for (const pool of pools) {
    if (pool.total <= 0) continue;
    const weights = pool.topics.map((t) => t.weight);
    const mean =
      pool.topics.reduce((s, t) => s + t.weight * SESSION_KINDS[t.kind]!.attendance, 0) /
      weights.reduce((a, b) => a + b, 0);
    const n = Math.max(1, Math.min(pool.total, Math.round(pool.total / mean)));
    const cancelled = Math.round(n / 50);
    const poolDays =
      pool.language === 'uk'
        ? dayWeights.map((w, i) => (days[i]!.date < '2022-04-01' ? 0 : w))
        : dayWeights;
    const drawDay = rng.sampler(poolDays);
    const sessions = Array.from({ length: n + cancelled }, (_, i) => {
      const topic = pool.topics[rng.index(weights)]!;
      const language = pool.language ?? rng.pick(OTHER_SESSION_LANGUAGES);
      return session(rng, days[drawDay()]!, topic, language, i >= n);
    });
    const held = sessions.slice(0, n);
    const counts = distribute(
      pool.total,
      held.map((s) => SESSION_KINDS[s.kind]!.attendance * rng.jitter(0.4)),
      1,
    );
    held.forEach((activity, i) => {
      const count = counts[i]!;
      activity.capacity = Math.max(activity.capacity ?? 0, Math.ceil(count / 5) * 5);
      out.lines.push({
        date: activity.date,
        type: 'collective_activity',
        count,
        theme: activity.theme,
        language: activity.language,
        channel:
          activity.location === null && activity.kind === 'expert_talk' ? 'online' : 'walk_in',
        location: activity.location,
        municipality: activity.municipality,
        tags: pool.tags,
        activity,
      });
    });
    out.activities.push(...sessions);
  }
  return out;
}

function session(
  rng: Random,
  day: Day,
  topic: SessionTopic,
  language: string,
  cancelled: boolean,
): PlannedActivity {
  const titles = topic.titles as Record<string, string | undefined>;
  const online = topic.kind === 'expert_talk' && rng.next() < 0.4;
  const visit = topic.kind === 'visit';
  return {
    kind: topic.kind,
    category: 'collective',
    title: titles[language] ?? topic.titles.en,
    date: day.date,
    start: pickOf(rng, START_TIMES[topic.kind]!),
    minutes: SESSION_KINDS[topic.kind]!.minutes,
    location: online || visit ? null : 'sterrenkunde',
    municipality: visit ? pickOf(rng, VISIT_MUNICIPALITIES) : null,
    neighbourhood: null,
    language,
    theme: topic.theme,
    partner: topic.partner ?? null,
    capacity: SESSION_KINDS[topic.kind]!.capacity,
    status: cancelled ? 'cancelled' : 'held',
  };
}

/** The Formtruck's trips into the neighbourhoods: `spec.trips` distinct trips on distinct days. */
export function planTrips(rng: Random, days: Day[], spec: WalkInYear): Planned {
  const weights = days.map((d) =>
    d.holiday || d.weekday > 4 ? 0 : TRIP_MONTH_WEIGHTS[d.month]! * rng.jitter(0.3),
  );
  const picked = drawDays(rng, weights, spec.trips);
  const counts = distribute(
    spec.outreach,
    picked.map(() => rng.jitter(0.5)),
    1,
  );
  const out: Planned = { activities: [], lines: [] };
  picked.forEach((dayIndex, i) => {
    const [nis, neighbourhood] = pickOf(rng, NEIGHBOURHOODS);
    const activity: PlannedActivity = {
      kind: 'outreach_trip',
      category: 'outreach',
      title: `Formtruck – ${neighbourhood}`,
      date: days[dayIndex]!.date,
      start: '10:00',
      minutes: 360,
      location: 'formtruck',
      municipality: nis,
      neighbourhood,
      language: null,
      theme: null,
      partner: null,
      capacity: null,
      status: 'held',
    };
    out.activities.push(activity);
    out.lines.push(...reachedLines(rng, activity, 'outreach', counts[i]!, 16));
  });
  return out;
}

/** Fairs and events: `spec.events` of them sharing `spec.event` people reached. */
export function planEvents(rng: Random, days: Day[], spec: WalkInYear): Planned {
  const weights = days.map((d) =>
    d.holiday || d.weekday === 6 ? 0 : EVENT_MONTH_WEIGHTS[d.month]! * rng.jitter(0.3),
  );
  const picked = drawDays(rng, weights, spec.events);
  const venues = picked.map(() => EVENT_VENUES[rng.index(EVENT_VENUES.map((v) => v.size))]!);
  const counts = distribute(
    spec.event,
    venues.map((v) => v.size * rng.jitter(0.4)),
    1,
  );
  const out: Planned = { activities: [], lines: [] };
  picked.forEach((dayIndex, i) => {
    const venue = venues[i]!;
    const activity: PlannedActivity = {
      kind: venue.kind,
      category: 'event',
      title: venue.title,
      date: days[dayIndex]!.date,
      start: days[dayIndex]!.weekday === 5 ? '10:00' : '09:30',
      minutes: 420,
      location: 'beurzen',
      municipality: venue.nis,
      neighbourhood: null,
      language: null,
      theme: null,
      partner: null,
      capacity: null,
      status: 'held',
    };
    out.activities.push(activity);
    out.lines.push(...reachedLines(rng, activity, 'event', counts[i]!, 45));
  });
  return out;
}

/** An outreach or event activity's people reached, as a few lines by theme and language. */
function reachedLines(
  rng: Random,
  activity: PlannedActivity,
  type: 'outreach' | 'event',
  count: number,
  perLine: number,
): PlannedLine[] {
  return deskLines(
    rng,
    activity.date,
    count,
    {
      type,
      themes: ADVICE_THEMES as Record<Theme, number>,
      languages: OUTREACH_LANGUAGES,
      channels: { outreach: 1 },
      perLine,
    },
    { location: activity.location, municipality: activity.municipality, activity },
  );
}
