import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annualReportSchema,
  REPORT_SECTIONS,
  type AnnualReport,
} from '../../src/shared/schemas/reports.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import { seedResponses, seedVisitorProfile, times } from '../helpers/surveys.ts';

let t: TestApp;
let admin: Client;
let counsellor: Client;
let analyst: Client;
let other: Client;
let centreId: string;
let surveyId: string;

async function batch(key: string, contacts: Record<string, unknown>[]) {
  const response = await counsellor.post(
    '/api/contacts/batch',
    { contacts },
    {
      'idempotency-key': key,
    },
  );
  expect(response.statusCode, response.body).toBe(201);
}

/** An activity of `kind` on `day` with attendance lines [count, language]. */
async function activity(kind: string, day: string, lines: [number, string | null][]) {
  const created = await counsellor.post('/api/activities', {
    kind,
    title: `${kind} ${day}`,
    startsAt: `${day}T10:00:00+02:00`,
  });
  expect(created.statusCode, created.body).toBe(201);
  for (const [count, language] of lines) {
    const body = language ? { count, language } : { count };
    const recorded = await counsellor.post(`/api/activities/${created.json().id}/attendance`, body);
    expect(recorded.statusCode, recorded.body).toBe(201);
  }
}

const report = async (client: Client, query: string): Promise<AnnualReport> => {
  const response = await client.get(`/api/reports/annual?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return annualReportSchema.parse(response.json());
};

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'coordinator',
    'counsellor',
    'analyst',
  ]);
  centreId = centre.organisationId;
  admin = centre.clients.org_admin!;
  counsellor = centre.clients.counsellor!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;

  // 2024: 15 contacts. 2025: 95 contacts, 2 sessions, 1 fair, 2 outreach trips.
  await batch('y2024', [
    { type: 'individual_advice', date: '2024-05-10', count: 10, theme: 'work', language: 'nl' },
    { type: 'documentation_centre', date: '2024-06-01', count: 5 },
  ]);
  await batch('y2025', [
    {
      type: 'individual_advice',
      date: '2025-01-15',
      count: 20,
      theme: 'work',
      language: 'fr',
      tags: ['ukrainian'],
    },
    {
      type: 'individual_advice',
      date: '2025-03-03',
      count: 7,
      theme: 'learn',
      language: 'nl',
      tags: ['neet', 'ukrainian'],
    },
    { type: 'documentation_centre', date: '2025-03-04', count: 3 },
  ]);
  await activity('workshop', '2025-04-10', [[12, 'fr']]);
  await activity('workshop', '2025-05-12', [
    [8, 'nl'],
    [4, 'fr'],
  ]);
  await activity('fair', '2025-06-01', [[30, null]]);
  await activity('outreach_trip', '2025-07-01', [[5, null]]);
  await activity('outreach_trip', '2025-07-15', [[6, null]]);
  // Another organisation's contacts never reach the centre's report.
  const theirs = await other.post(
    '/api/contacts/batch',
    { contacts: [{ type: 'individual_advice', date: '2025-02-02', count: 999 }] },
    { 'idempotency-key': 'theirs' },
  );
  expect(theirs.statusCode).toBe(201);

  const survey = await seedVisitorProfile(t, centreId);
  surveyId = survey.surveyId;
  await seedResponses(t, centreId, survey, [
    ...times(3, { at: '2024-09-01T10:00:00Z', answers: { gender: 'female' } }),
    ...times(12, {
      at: '2025-02-10T10:00:00Z',
      answers: { gender: 'female', highest_diploma: 'upper_secondary' },
    }),
    ...times(8, {
      at: '2025-05-10T10:00:00Z',
      answers: { gender: 'male', highest_diploma: 'upper_secondary' },
    }),
    ...times(2, { at: '2025-06-10T10:00:00Z', answers: { gender: 'other' } }),
  ]);
});
afterAll(() => t?.close());

describe('the annual report as JSON', () => {
  it('counts contacts, activities and target groups with the change on the previous year', async () => {
    const r = await report(analyst, 'year=2025&lang=en');
    expect(r).toMatchObject({ organisation: 'centre', year: 2025, language: 'en', empty: false });
    expect(r.contacts).toMatchObject({
      total: 95,
      previousYear: 15,
      change: 80,
      changePercent: 533.3,
    });
    expect(r.contacts.byType).toEqual({
      individual_advice: 27,
      documentation_centre: 3,
      collective_activity: 24,
      event: 30,
      outreach: 11,
    });
    expect(r.contacts.byTheme).toEqual({ work: 20, learn: 7, '': 68 });
    expect(r.contacts.byLanguage).toEqual({ fr: 36, nl: 15, '': 44 });
    expect(Object.keys(r.contacts.byMonth)).toHaveLength(12);
    expect(r.contacts.byMonth).toMatchObject({
      '2025-01': 20,
      '2025-02': 0,
      '2025-03': 10,
      '2025-04': 12,
      '2025-05': 12,
      '2025-06': 30,
      '2025-07': 11,
      '2025-12': 0,
    });
    expect(r.collectiveActivities).toEqual({
      participants: 24,
      sessions: 2,
      byLanguage: { fr: 16, nl: 8 },
      shareByLanguage: { fr: 0.6667, nl: 0.3333 },
    });
    expect(r.events).toEqual({ count: 1, reached: 30 });
    expect(r.outreach).toEqual({ trips: 2, reached: 11 });
    expect(r.targetGroups).toEqual({ ukrainian: 27, neet: 7 });
    const figures = Object.fromEntries(r.keyFigures.map((f) => [f.indicator, f]));
    expect(r.keyFigures.map((f) => f.indicator)).toEqual([
      'contacts_total',
      'individual_advice',
      'documentation_centre_visits',
      'collective_participants',
      'collective_sessions',
      'event_reached',
      'events_count',
      'outreach_reached',
      'outreach_trips',
      'survey_responses',
    ]);
    expect(figures.individual_advice).toMatchObject({
      label: 'Individual advice conversations',
      value: 27,
      previousYear: 10,
      change: 17,
      changePercent: 170,
    });
    expect(figures.outreach_trips).toMatchObject({
      value: 2,
      previousYear: 0,
      change: 2,
      changePercent: null,
    });
    expect(figures.survey_responses).toMatchObject({
      value: 22,
      previousYear: 3,
      change: 19,
      changePercent: 633.3,
    });
  });

  it('shows the visitor profile suppressed exactly as the questionnaire results', async () => {
    const r = await report(admin, 'year=2025');
    expect(r.survey.responses).toBe(22);
    expect(r.survey.threshold).toBe(5);
    const gender = r.survey.questions.gender!;
    expect(gender.answered).toBe(22);
    expect(gender.options.other).toEqual({ count: null, share: null, suppressed: true });
    expect(gender.options.female).toEqual({ count: 12, share: 0.5455, suppressed: false });
    // 20 of 22 answered: the 2 without an answer are too few, so what would give them away
    // (the answered count and its one option) is hidden too, as on the results page.
    expect(r.survey.questions.highest_diploma).toMatchObject({
      answered: null,
      options: { upper_secondary: { count: null, share: null, suppressed: true } },
    });
    // A year that is over is published exactly, small cells hidden (decision 0008)…
    expect(r.survey.protection).toMatchObject({ method: 'exact', maxDeviation: 0 });
    // …while the results page's view of the same year is perturbed, and here withheld: its
    // last month (June, 2 answers) would give those two away against the report's figures.
    const results = (
      await admin.get(`/api/surveys/${surveyId}/results?from=2025-01-01&to=2025-12-31`)
    ).json();
    expect(results.protection).toMatchObject({ method: 'cell_key', withheld: 'period_edge' });
    expect(results.responses).toBeNull();
    for (const question of results.questions)
      expect(question.options.every((o: { suppressed: boolean }) => o.suppressed)).toBe(true);
  });

  it('gives an empty report for a year without data, and null changes after an empty year', async () => {
    const empty = await report(analyst, 'year=2023');
    expect(empty.empty).toBe(true);
    expect(empty.contacts).toMatchObject({
      total: 0,
      previousYear: null,
      change: null,
      changePercent: null,
      byTheme: {},
      byLanguage: {},
    });
    expect(Object.values(empty.contacts.byType)).toEqual([0, 0, 0, 0, 0]);
    expect(Object.values(empty.contacts.byMonth)).toEqual(Array(12).fill(0));
    expect(empty.survey).toEqual({ responses: 0, threshold: 5, questions: {} });
    expect(empty.keyFigures.every((f) => f.value === 0 && f.previousYear === null)).toBe(true);
    const first = await report(analyst, 'year=2024');
    expect(first.contacts).toMatchObject({ total: 15, previousYear: null, change: null });
    expect(first.empty).toBe(false);
  });

  it('uses the organisation’s language by default and every section has a narrative key', async () => {
    const r = await report(analyst, 'year=2025');
    expect(r.language).toBe('nl');
    expect(r.keyFigures[0]!.label).toBe('Contacten');
    expect(Object.keys(r.narratives)).toEqual([...REPORT_SECTIONS]);
    expect(Object.values(r.narratives).every((body) => body === '')).toBe(true);
  });

  it('refuses an unknown language, format or year, naming the field, translated', async () => {
    const cases: [string, string][] = [
      ['year=2025&lang=de', 'lang'],
      ['year=2025&format=docx', 'format'],
      ['year=abcd', 'year'],
      ['year=1800', 'year'],
      ['year=2101', 'year'],
      ['lang=en', 'year'],
    ];
    for (const [query, path] of cases) {
      const response = await analyst.get(`/api/reports/annual?${query}`);
      expect(response.statusCode, query).toBe(400);
      const problem = response.json();
      expect(
        problem.errors.map((e: { path: string }) => e.path),
        query,
      ).toContain(path);
      expect(problem.errors[0].message).not.toMatch(/^issue\./);
    }
    // A year without data, even one to come, is a clear, empty report.
    const future = await analyst.get('/api/reports/annual?year=2027');
    expect(future.statusCode).toBe(200);
    expect(future.json()).toMatchObject({ year: 2027, empty: true, contacts: { total: 0 } });
    const french = await analyst.get('/api/reports/annual?year=2025&lang=fr&format=doc');
    expect(french.json().errors[0].message).toBe('Ne fait pas partie des valeurs autorisées.');
  });

  it('shows another organisation only its own, empty report', async () => {
    const theirs = await report(other, 'year=2025');
    expect(theirs.organisation).toBe('elsewhere');
    expect(theirs.contacts.total).toBe(999);
    expect(theirs.contacts.byType.outreach).toBe(0);
    expect(theirs.survey.responses).toBe(0);
    const older = await report(other, 'year=2024');
    expect(older).toMatchObject({ empty: true, contacts: { total: 0 } });
    expect((await t.app.inject({ url: '/api/reports/annual?year=2025' })).statusCode).toBe(401);
  });
});
