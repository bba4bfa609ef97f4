import type { Db } from '../db/client.ts';

/** What every service factory may depend on; clock and ids are injected so tests control them. */
export interface ServiceDeps {
  db: Db;
  clock: () => Date;
  /** Waits (the log-in's progressive delay); tests pass one that only records. */
  sleep?: (ms: number) => Promise<void>;
  secret: string;
  settings: {
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
    loginMaxFailures: number;
    loginLockoutMinutes: number;
    /** Public questionnaire submissions per client address per minute. */
    surveyRateLimitPerMinute: number;
  };
}
