/**
 * The annual-report bench's baseline: the raw aggregate queries one year's report needs,
 * written directly over the raw tables (contacts, survey_answers, survey_responses; no
 * summary table), in one transaction with the organisation's row-level-security context,
 * as a service runs them.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { withContext } from '../../src/db/context.ts';

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** What the exactness check compares with the report. */
export interface RawFigures {
  total: number;
  previousYear: number;
  byType: Record<string, number>;
  responses: number;
}

/** A programme target the report shows, as the raw queries read it. */
export interface RawTarget {
  /** A contact type, or null for all contacts. */
  type: string | null;
  measure: 'sum' | 'sessions';
  periodStart: string;
  deadline: string;
}

/** Start of `year` in the organisation's time zone (questionnaire answers are instants). */
const startOf = (year: number, zone: string) => `${year}-01-01 00:00 ${zone}`;

/**
 * Runs the report's raw queries for `year` (and the year before, for the changes):
 * contacts by type, theme, language per type (collective activities' languages) and month
 * in one pass with grouping sets; distinct activities per type (sessions, fairs, trips);
 * target groups (tags);
 * questionnaire answers per question and option with those who answered each question;
 * responses; each programme target's actual per month (its chart) up to the year's end.
 * Returns the figures the exactness check needs.
 */
export async function rawReport(
  database: Database,
  org: string,
  survey: string,
  year: number,
  targets: readonly RawTarget[],
  zone = 'Europe/Brussels',
): Promise<RawFigures> {
  const from = `${year - 1}-01-01`;
  const to = `${year}-12-31`;
  return withContext(
    database.db,
    { organisationId: org, userId: null, isAdmin: false },
    async (tx) => {
      const contacts = rowsOf<{ y: number; type: string | null; n: number; sets: number }>(
        await tx.execute(sql`
          SELECT extract(year FROM contact_date)::int AS y, type, theme, language,
            date_trunc('month', contact_date) AS month, sum(count)::int AS n,
            GROUPING(type, theme, language, date_trunc('month', contact_date))::int AS sets
          FROM contacts
          WHERE organisation_id = ${org} AND contact_date BETWEEN ${from} AND ${to}
          GROUP BY GROUPING SETS ((1), (1, type), (1, theme), (1, type, language),
            (1, date_trunc('month', contact_date)))`),
      );
      await tx.execute(sql`
        SELECT extract(year FROM contact_date)::int AS y, type,
          count(DISTINCT activity_id)::int AS activities
        FROM contacts
        WHERE organisation_id = ${org} AND contact_date BETWEEN ${from} AND ${to}
          AND activity_id IS NOT NULL
        GROUP BY 1, 2`);
      await tx.execute(sql`
        SELECT extract(year FROM contact_date)::int AS y, tag, sum(count)::int AS n
        FROM contacts CROSS JOIN LATERAL unnest(tags) AS tag
        WHERE organisation_id = ${org} AND contact_date BETWEEN ${from} AND ${to}
        GROUP BY 1, 2`);
      const hours = sql`submitted_hour >= ${startOf(year, zone)}::timestamptz
        AND submitted_hour < ${startOf(year + 1, zone)}::timestamptz`;
      await tx.execute(sql`
        SELECT question_key, option_key, count(DISTINCT response_id)::int AS n
        FROM survey_answers
        WHERE organisation_id = ${org} AND survey_id = ${survey} AND ${hours}
        GROUP BY GROUPING SETS ((question_key, option_key), (question_key))`);
      const [responses] = rowsOf<{ n: number }>(
        await tx.execute(sql`
          SELECT count(*)::int AS n FROM survey_responses
          WHERE organisation_id = ${org} AND survey_id = ${survey} AND ${hours}`),
      );
      for (const t of targets) {
        const end = t.deadline < to ? t.deadline : to;
        await tx.execute(sql`
          SELECT date_trunc('month', contact_date) AS month,
            ${t.measure === 'sum' ? sql`sum(count)` : sql`count(DISTINCT activity_id)`} AS n
          FROM contacts
          WHERE organisation_id = ${org} AND contact_date BETWEEN ${t.periodStart} AND ${end}
            ${t.type ? sql`AND type = ${t.type}` : sql``}
          GROUP BY 1`);
      }
      // GROUPING(...) is 15 for the year alone and 7 for (year, type): bits of the absent columns.
      const totals = contacts.filter((r) => r.sets === 15);
      const byType = contacts.filter((r) => r.sets === 7 && r.y === year);
      return {
        total: totals.find((r) => r.y === year)?.n ?? 0,
        previousYear: totals.find((r) => r.y === year - 1)?.n ?? 0,
        byType: Object.fromEntries(byType.map((r) => [r.type ?? '', r.n])),
        responses: responses?.n ?? 0,
      };
    },
  );
}
