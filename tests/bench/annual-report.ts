/**
 * Bench (c): the annual report's JSON for one year over ten years of data at `scale` times
 * the walk-in centre's volume (scale 10 ≈ 6.5 million contact rows, their activities and
 * 300,000 questionnaire responses), generated in SQL. Times the report service and its API
 * route against the raw aggregate queries the report needs (report-baseline.ts), and checks
 * that the report is exact: its totals equal the raw counts, also after edits made as the
 * application makes them and an import through the import service (the summary's triggers).
 */
import { sql } from 'drizzle-orm';
import { withContext } from '../../src/db/context.ts';
import type { Actor } from '../../src/services/actor.ts';
import type { ExportFile } from '../../src/services/contacts/dashboard-export.ts';
import type { Services } from '../../src/services/index.ts';
import { isExportFile } from '../../src/services/reports/service.ts';
import type { AnnualReport } from '../../src/shared/schemas/reports.ts';
import type { Client } from '../helpers/app.ts';
import { csvChunks } from './contacts-import.ts';
import { generateContacts } from './contacts-stats.ts';
import type { BenchDatabase } from './engine.ts';
import { fmt, line, medianMs, once } from './measure.ts';
import { rawReport, type RawFigures, type RawTarget } from './report-baseline.ts';
import { generateAnswers, visitorProfileOf } from './survey-answers.ts';

const YEAR = 2023;
const AIM_MS = 1000;
/** Contact rows imported (over the ten years) before the second exactness check. */
const IMPORTED = 5_000;

/**
 * A programme of the organisation with targets like the walk-in centre's (the report
 * shows their progress as of the year's end): contacts over four years, one year's
 * collective participants, collective sessions over four years. As the owner.
 */
type BenchTarget = RawTarget & { indicator: string; year: number | null; perScale: number };
const TARGETS: BenchTarget[] = [
  {
    indicator: 'contacts_total',
    type: null,
    measure: 'sum',
    year: null,
    perScale: 260_000,
    periodStart: '2022-01-01',
    deadline: '2025-12-31',
  },
  {
    indicator: 'collective_participants',
    type: 'collective_activity',
    measure: 'sum',
    year: YEAR,
    perScale: 20_000,
    periodStart: `${YEAR}-01-01`,
    deadline: `${YEAR}-12-31`,
  },
  {
    indicator: 'collective_sessions',
    type: 'collective_activity',
    measure: 'sessions',
    year: null,
    perScale: 4_000,
    periodStart: '2022-01-01',
    deadline: '2025-12-31',
  },
];

async function addProgramme(bench: BenchDatabase, org: string, scale: number) {
  const [programme] = await bench.owner.query<{ id: string }>(
    `INSERT INTO programmes (organisation_id, name, period_start, period_end, budget)
     VALUES ($1, 'Bench programme', '2022-01-01', '2025-12-31', 1000000) RETURNING id`,
    [org],
  );
  for (const t of TARGETS)
    await bench.owner.query(
      `INSERT INTO programme_targets (organisation_id, programme_id, indicator_code,
         target_value, period_start, deadline, year) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        org,
        programme!.id,
        t.indicator,
        Math.round(t.perScale * scale),
        t.periodStart,
        t.deadline,
        t.year,
      ],
    );
}

/** The report's JSON (a file would mean the format was not honoured). */
function jsonOf(result: AnnualReport | ExportFile): AnnualReport {
  if (isExportFile(result)) throw new Error(`a ${result.contentType} file, not the JSON`);
  return result;
}

/** Differences between the report and the raw figures ('' when exact). */
function differences(report: AnnualReport, raw: RawFigures): string {
  const wrong: string[] = [];
  const same = (what: string, a: number | null | undefined, b: number) => {
    if ((a ?? 0) !== b) wrong.push(`${what} ${a} ≠ raw ${b}`);
  };
  same('total', report.contacts.total, raw.total);
  same('previousYear', report.contacts.previousYear, raw.previousYear);
  for (const [type, n] of Object.entries(raw.byType))
    same(`byType.${type}`, report.contacts.byType[type as keyof typeof report.contacts.byType], n);
  same('survey.responses', report.survey.responses, raw.responses);
  return wrong.join('; ');
}

/**
 * Edits as the application makes them (app role, row-level security, triggers on): a
 * re-typed contact, deleted contacts, and an import-like batch of new ones in `YEAR`.
 */
async function editYear(bench: BenchDatabase, org: string) {
  await withContext(
    bench.database.db,
    { organisationId: org, userId: null, isAdmin: false },
    async (tx) => {
      const day = (d: string) => `${YEAR}-${d}`;
      await tx.execute(sql`UPDATE contacts SET type = 'individual_advice', updated_at = now()
        WHERE id IN (SELECT id FROM contacts WHERE organisation_id = ${org}
          AND contact_date = ${day('03-01')} AND type = 'documentation_centre' LIMIT 20)`);
      await tx.execute(sql`DELETE FROM contacts WHERE id IN (SELECT id FROM contacts
        WHERE organisation_id = ${org} AND contact_date = ${day('03-02')} LIMIT 30)`);
      await tx.execute(sql`INSERT INTO contacts (organisation_id, contact_date, type, count,
          theme, language, channel, location_id, municipality, tags, recorded_at, updated_at)
        SELECT organisation_id, ${day('06-15')}, type, 3, theme, language, channel, location_id,
          municipality, tags, now(), now()
        FROM contacts WHERE organisation_id = ${org} AND contact_date = ${day('03-06')}
          AND activity_id IS NULL LIMIT 200`);
    },
  );
}

/**
 * The questionnaire results page for the report's year, as the web app asks for it, with
 * the disclosure control of decision 0008 (cell keys, the guard's neighbouring views,
 * perturbation) against the raw GROUP BYs of the same counts (what plain suppression needs)
 * and against the exact mode the annual report uses (no guard, no perturbation).
 */
async function benchResultsPage(
  bench: BenchDatabase,
  services: Services,
  actor: Actor & { organisationId: string },
  surveyId: string,
  iterations: number,
): Promise<void> {
  const period = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
  const raw = async () => {
    await bench.owner.query(
      `SELECT question_key, option_key, count(DISTINCT response_id) FROM survey_answers
       WHERE survey_id = $1 AND submitted_hour >= $2::date AND submitted_hour < ($3::date + 1)
       GROUP BY GROUPING SETS ((question_key), (question_key, option_key))`,
      [surveyId, period.from, period.to],
    );
  };
  const baseline = await medianMs(iterations, raw);
  line('baseline: raw distinct respondents per question and option', fmt.ms(baseline));
  const perturbed = await medianMs(iterations, () =>
    services.surveyResults.results(actor, surveyId, period),
  );
  line(
    'results page, whole year (cell keys, guard, perturbation)',
    fmt.ms(perturbed),
    fmt.ratio(perturbed / baseline),
  );
  const filtered = await medianMs(iterations, () =>
    services.surveyResults.results(actor, surveyId, {
      ...period,
      filter: 'gender:female,male',
      channel: 'kiosk',
    }),
  );
  line(
    'results page, two filters (+ whole group, leave-one-out views)',
    fmt.ms(filtered),
    fmt.ratio(filtered / baseline),
  );
}

export async function benchReport(
  bench: BenchDatabase,
  services: Services,
  actor: Actor & { organisationId: string },
  admin: Client,
  locations: Record<string, string>,
  scale: number,
  iterations: number,
): Promise<void> {
  const org = actor.organisationId;
  let survey = { responses: 0, answers: 0 };
  console.log(
    `\n[${bench.engine}] (c) annual report ${YEAR} over 10 years at scale ${scale} (${fmt.int(65_654 * 10 * scale)} contact rows)`,
  );
  const generated = await generateContacts(bench, org, locations, scale, async () => {
    survey = await generateAnswers(bench, org, scale);
  });
  line(
    `generated (+ ${fmt.int(survey.responses)} responses, ${fmt.int(survey.answers)} answer rows)`,
    fmt.ms(generated.ms),
    generated.unchecked ? 'no triggers, summary rebuilt' : 'summary by trigger',
  );

  await addProgramme(bench, org, scale);
  const { survey: surveyId } = await visitorProfileOf(bench, org);
  const raw = () => rawReport(bench.database, org, surveyId, YEAR, TARGETS);
  const baseline = await medianMs(iterations, raw);
  const figures = await raw();
  line(
    `baseline: raw GROUP BYs over contacts and answers, ${TARGETS.length} targets`,
    fmt.ms(baseline),
    `${fmt.int(figures.total)} contacts, ${fmt.int(figures.responses)} responses in ${YEAR}`,
  );

  const report = () => services.reports.annual(actor, { year: YEAR, format: 'json' });
  const first = await once(report);
  line('reports.annual({year, format: json}), first (cold) call', fmt.ms(first.ms));
  const wrong = differences(jsonOf(first.result), figures);
  if (wrong) throw new Error(`report differs from the raw counts: ${wrong}`);

  const reportMs = await medianMs(iterations, report);
  const aim =
    bench.engine === 'postgres' ? ` — aim < 1 s: ${reportMs < AIM_MS ? 'met' : 'NOT met'}` : '';
  line(
    'reports.annual({year, format: json})',
    fmt.ms(reportMs),
    fmt.ratio(reportMs / baseline) + aim,
  );
  const url = `/api/reports/annual?year=${YEAR}&format=json`;
  const httpMs = await medianMs(iterations, async () => {
    const response = await admin.get(url);
    if (response.statusCode !== 200)
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  });
  line(`GET ${url}`, fmt.ms(httpMs), fmt.ratio(httpMs / baseline));

  await benchResultsPage(bench, services, actor, surveyId, iterations);

  await editYear(bench, org);
  // An import as a user makes it: generated rows over the ten years, through the service.
  const header = 'date,type,count,theme,language,channel,location,municipality,tags,external_id';
  const imported = await services.imports.contacts(
    actor,
    csvChunks(IMPORTED, header, (r) =>
      [r.date, r.type, r.count, r.theme, r.language, r.channel, r.location, r.municipality]
        .concat([r.tag, `report-${r.externalId}`])
        .join(','),
    ),
  );
  if (!imported.committed || imported.inserted !== IMPORTED)
    throw new Error(`import: ${JSON.stringify(imported)}`);
  const after = differences(jsonOf(await report()), await raw());
  if (after) throw new Error(`after edits, the report differs from the raw counts: ${after}`);
  line(
    'exact: totals, types and responses equal the raw counts',
    'yes',
    `also after edits and an import of ${fmt.int(IMPORTED)} rows`,
  );
  console.log(`  (median of ${iterations} runs after 2 warm-up runs)`);
}
