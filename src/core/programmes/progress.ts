/**
 * Progress of a programme target: how much is done against how much time has gone, a
 * run-rate forecast at the deadline, and a status by a rule simple enough to print on the
 * page. Dates are calendar days (YYYY-MM-DD) in the organisation's zone; the period runs
 * from `start` to `deadline`, both inclusive.
 */
export const TARGET_STATUSES = ['met', 'on_track', 'at_risk', 'behind'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** Within this share below the target, a forecast is "at risk" rather than "behind". */
export const AT_RISK_MARGIN = 0.1;

export interface ProgressInput {
  target: number;
  actual: number;
  start: string;
  deadline: string;
  /** The day the progress is read (today, or the end of a report's year). */
  asOf: string;
}

export interface Progress {
  /** actual / target (may pass 1). */
  shareDone: number;
  /** Days gone / days in the period, between 0 and 1. */
  shareElapsed: number;
  /** actual at the current pace, extended to the deadline; null before the period starts. */
  forecast: number | null;
  status: TargetStatus;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * The rule: **met** once actual reaches the target; otherwise **on track** when the
 * forecast at the deadline reaches the target, **at risk** when it falls short by less
 * than 10%, and **behind** when it falls short by more, or when the deadline has passed.
 */
export function progressOf(input: ProgressInput): Progress {
  const { target, actual } = input;
  const totalDays = dayNumber(input.deadline) - dayNumber(input.start) + 1;
  const elapsedDays = Math.min(
    Math.max(dayNumber(input.asOf) - dayNumber(input.start) + 1, 0),
    totalDays,
  );
  const shareElapsed = totalDays > 0 ? elapsedDays / totalDays : 1;
  const shareDone = target > 0 ? actual / target : actual > 0 ? 1 : 0;
  const forecast = elapsedDays > 0 ? Math.round((actual / elapsedDays) * totalDays) : null;
  return {
    shareDone,
    shareElapsed,
    forecast,
    status: statusOf(input, forecast),
  };
}

function statusOf(
  { target, actual, asOf, deadline }: ProgressInput,
  forecast: number | null,
): TargetStatus {
  if (actual >= target) return 'met';
  // Once the deadline has passed (on the day itself the target can still be reached).
  if (asOf > deadline) return 'behind';
  // Before the period starts nothing can be late yet.
  if (forecast === null) return 'on_track';
  if (forecast >= target) return 'on_track';
  if (forecast >= target * (1 - AT_RISK_MARGIN)) return 'at_risk';
  return 'behind';
}
