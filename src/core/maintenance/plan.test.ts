import { describe, expect, it } from 'vitest';
import {
  MAINTENANCE_THRESHOLDS as L,
  maintenancePlan,
  tableNeed,
  type TableActivity,
} from './plan.ts';

/** A table counted at its last ANALYZE with `rows` rows on `pages` pages, quiet since. */
const quiet = (rows: number, pages = Math.ceil(rows / 100)): TableActivity => ({
  table: 't',
  rowsAtLastCount: rows,
  pagesAtLastCount: pages,
  pages,
  modifiedSinceAnalyze: 0,
  deadRows: 0,
  insertedSinceVacuum: 0,
});

describe('tableNeed', () => {
  it('leaves a quiet table alone', () => {
    expect(tableNeed(quiet(100_000))).toEqual({ table: 't', vacuum: false, analyze: false });
  });

  it('analyses once more rows changed than the base plus a tenth of the table', () => {
    const limit = L.analyzeBase + L.analyzeScale * 100_000;
    expect(tableNeed({ ...quiet(100_000), modifiedSinceAnalyze: limit }).analyze).toBe(false);
    expect(tableNeed({ ...quiet(100_000), modifiedSinceAnalyze: limit + 1 }).analyze).toBe(true);
  });

  it('vacuums once dead rows pass the base plus a fifth of the table', () => {
    const limit = L.vacuumBase + L.vacuumScale * 100_000;
    expect(tableNeed({ ...quiet(100_000), deadRows: limit }).vacuum).toBe(false);
    expect(tableNeed({ ...quiet(100_000), deadRows: limit + 1 }).vacuum).toBe(true);
  });

  it('vacuums after many inserts (the visibility map), as autovacuum does', () => {
    const limit = L.insertBase + L.insertScale * 100_000;
    expect(tableNeed({ ...quiet(100_000), insertedSinceVacuum: limit + 1 })).toMatchObject({
      vacuum: true,
    });
  });

  it('analyses a table with rows that was never analysed, not an empty one', () => {
    const never = { ...quiet(0, 0), rowsAtLastCount: -1 };
    expect(tableNeed({ ...never, pages: 3 }).analyze).toBe(true);
    expect(tableNeed(never).analyze).toBe(false);
  });

  it('analyses and vacuums a table whose size drifted while the counters were lost (restart)', () => {
    const grown = { ...quiet(100_000, 1000), pages: 1000 + L.driftPages + 0.1 * 1000 + 1 };
    expect(tableNeed(grown)).toEqual({ table: 't', vacuum: true, analyze: true });
    const shrunk = { ...quiet(100_000, 1000), pages: 500 };
    expect(tableNeed(shrunk)).toEqual({ table: 't', vacuum: false, analyze: true });
    const slightly = { ...quiet(100_000, 1000), pages: 1000 + L.driftPages };
    expect(tableNeed(slightly).analyze).toBe(false);
  });
});

describe('maintenancePlan', () => {
  it('lists only the tables that need something, the busiest first', () => {
    const plan = maintenancePlan([
      { ...quiet(1000), table: 'quiet' },
      { ...quiet(1000), table: 'some', modifiedSinceAnalyze: 200 },
      { ...quiet(1000), table: 'busy', modifiedSinceAnalyze: 5000, deadRows: 4000 },
    ]);
    expect(plan).toEqual([
      { table: 'busy', vacuum: true, analyze: true },
      { table: 'some', vacuum: false, analyze: true },
    ]);
  });
});
