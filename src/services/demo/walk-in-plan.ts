import { createRandom, distribute } from './random.ts';
import {
  ADVICE_CHANNELS,
  ADVICE_LANGUAGES,
  ADVICE_THEMES,
  DOCUMENTATION_LANGUAGES,
  DOCUMENTATION_THEMES,
  MONTH_WEIGHTS,
  NEET_LANGUAGES,
  UKRAINIAN_LANGUAGES,
  WEEKDAY_WEIGHTS,
  walkInYear,
} from './walk-in-data.ts';
import { planEvents, planSessions, planTrips } from './walk-in-activities.ts';
import {
  calendar,
  deskLines,
  visitorLines,
  type Mix,
  type PlannedActivity,
  type PlannedLine,
} from './walk-in-lines.ts';

export interface YearPlan {
  activities: PlannedActivity[];
  lines: PlannedLine[];
}

/**
 * A whole year of the walk-in centre, drawn from a generator seeded by the year: the same
 * year always gives the same lines, and each total of `walkInYear(year)` holds exactly.
 * From `liveFrom` on the centre records in Parcours, individual advice a line per visitor as
 * the front desk records it; before it, the history it imported from its count sheets, a
 * few lines a day. Those lines draw from a generator of their own per day and kind, so the
 * rest of the year (sessions, trips, fairs) is the same whatever `liveFrom` is.
 */
export function planWalkInYear(year: number, liveFrom: string | null = null): YearPlan {
  const spec = walkInYear(year);
  const rng = createRandom(year * 7919 + 17);
  const days = calendar(year);
  const deskWeights = days.map((d) =>
    d.holiday ? 0 : MONTH_WEIGHTS[d.month]! * WEEKDAY_WEIGHTS[d.weekday]! * rng.jitter(0.2),
  );
  // Ukrainians came from mid-March 2022 on.
  const ukrainianWeights = deskWeights.map((w, i) => (days[i]!.date < '2022-03-14' ? 0 : w));
  const regularAdvice = spec.individualAdvice - spec.adviceUkrainian - spec.adviceNeet;
  const advice = distribute(regularAdvice, deskWeights);
  const ukrainian = distribute(spec.adviceUkrainian, ukrainianWeights);
  const neet = distribute(spec.adviceNeet, deskWeights);
  const documentation = distribute(spec.documentationCentre, deskWeights);
  const lines: PlannedLine[] = [];
  // Individual advice is one person at a time: live, a line per visitor as the desk records it.
  const advisory = (date: string, total: number, mix: Mix, kind: number) => {
    const own = createRandom(Number(date.replaceAll('-', '')) * 7 + kind);
    return liveFrom !== null && date >= liveFrom
      ? visitorLines(own, date, total, mix)
      : deskLines(own, date, total, mix);
  };
  days.forEach((day, i) => {
    const type = 'individual_advice';
    lines.push(
      ...advisory(
        day.date,
        advice[i]!,
        {
          type,
          themes: ADVICE_THEMES,
          languages: ADVICE_LANGUAGES,
          channels: ADVICE_CHANNELS,
          perLine: 24,
        },
        0,
      ),
      ...advisory(
        day.date,
        ukrainian[i]!,
        {
          type,
          themes: ADVICE_THEMES,
          languages: UKRAINIAN_LANGUAGES,
          tags: ['ukrainian'],
          perLine: 15,
        },
        1,
      ),
      ...advisory(
        day.date,
        neet[i]!,
        {
          type,
          themes: { work: 3, learn: 2, choose: 1 },
          languages: NEET_LANGUAGES,
          tags: ['neet_referral'],
          perLine: 2,
        },
        2,
      ),
      // The documentation centre is self-service: its count sheet is entered once a day.
      ...deskLines(rng, day.date, documentation[i]!, {
        type: 'documentation_centre',
        themes: DOCUMENTATION_THEMES,
        languages: DOCUMENTATION_LANGUAGES,
        perLine: 24,
      }),
    );
  });
  const sessions = planSessions(rng, days, deskWeights, spec);
  const trips = planTrips(rng, days, spec);
  const events = planEvents(rng, days, spec);
  return {
    activities: [...sessions.activities, ...trips.activities, ...events.activities],
    lines: [...lines, ...sessions.lines, ...trips.lines, ...events.lines],
  };
}
