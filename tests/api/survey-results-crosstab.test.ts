import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import {
  definitionOf,
  options,
  question,
  seedResponses,
  seedSurvey,
  times,
  type SeededSurvey,
  zeroRecordKeys,
} from '../helpers/surveys.ts';

let t: TestApp;
let admin: Client;
let analyst: Client;
let other: Client;
let crossing: SeededSurvey;
let boundary: SeededSurvey;

const pairs: [string, string, number][] = [
  ['x', 'p', 10],
  ['x', 'q', 8],
  ['y', 'p', 2],
  ['y', 'q', 7],
  ['z', 'p', 6],
  ['z', 'q', 6],
];

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', ['org_admin', 'analyst']);
  admin = centre.clients.org_admin!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
  const orgId = centre.organisationId;
  crossing = await seedSurvey(
    t,
    orgId,
    'crossing',
    definitionOf('Crossing', [
      question('a', 'single_choice', { options: options('x', 'y', 'z') }),
      question('b', 'single_choice', { options: options('p', 'q') }),
      question('m', 'multiple_choice', { options: options('u', 'v') }),
      question('note', 'free_text'),
    ]),
  );
  await seedResponses(t, orgId, crossing, [
    ...pairs.flatMap(([a, b, n]) =>
      times(n, { at: '2026-02-10T10:00:00Z', answers: { a, b, m: ['u', 'v'] } }),
    ),
    // answered only the rows question: not in the cross-table
    ...times(4, { at: '2026-02-10T10:00:00Z', answers: { a: 'x' } }),
  ]);
  boundary = await seedSurvey(
    t,
    orgId,
    'boundary',
    definitionOf('Boundary', [question('ok', 'yes_no')]),
  );
  await seedResponses(t, orgId, boundary, [
    // 23:00 local on 31 December
    ...times(5, { at: '2025-12-31T22:00:00Z', answers: { ok: 'yes' } }),
    // 00:00 local on 1 January
    ...times(6, { at: '2025-12-31T23:00:00Z', answers: { ok: 'no' } }),
    // 23:59 local on 31 January, stored as 23:00 local
    ...times(7, { at: '2026-01-31T22:59:00Z', answers: { ok: 'yes' } }),
    // 00:00 local on 1 February
    ...times(8, { at: '2026-01-31T23:00:00Z', answers: { ok: 'no' } }),
  ]);
  // Exact counts: the perturbation is tested apart (survey-disclosure.test.ts).
  await zeroRecordKeys(t);
});
afterAll(() => t?.close());

const crosstab = (survey: SeededSurvey, query: string, client = admin) =>
  client.get(`/api/surveys/${survey.surveyId}/crosstab?${query}`);
type CountCell = { count: number | null; suppressed: boolean };
const counts = (cells: CountCell[]) => cells.map((c) => c.count);

describe('cross-tables', () => {
  it('counts respondents per pair and hides the small cells', async () => {
    const response = await crosstab(crossing, 'rows=a&columns=b', analyst);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.threshold).toBe(5);
    expect(body.rows.options.map((o: { key: string }) => o.key)).toEqual(['x', 'y', 'z']);
    expect(body.columns.key).toBe('b');
    // y·p (2) is small. A perturbed view hides no second cell: with random record keys the
    // margin minus y·q carries the noise of both (secondary suppression is for exact tables).
    expect(body.cells.map(counts)).toEqual([
      [10, 8],
      [null, 7],
      [6, 6],
    ]);
    expect(body.cells[1][0]).toEqual({ count: null, suppressed: true });
    // totals over those who answered both questions (the 4 with only `a` are left out)
    expect(counts(body.rowTotals)).toEqual([18, 9, 12]);
    expect(counts(body.columnTotals)).toEqual([18, 21]);
    expect(body.total).toEqual({ count: 39, suppressed: false });
  });

  it('crosses a multiple choice: its options do not add up to the row totals', async () => {
    const body = (await crosstab(crossing, 'rows=a&columns=m')).json();
    expect(body.cells.map(counts)).toEqual([
      [18, 18],
      [9, 9],
      [12, 12],
    ]);
    expect(counts(body.rowTotals)).toEqual([18, 9, 12]);
    expect(body.total.count).toBe(39);
  });

  it('applies the filters: a subgroup shows the same cells as the whole table', async () => {
    const whole = (await crosstab(crossing, 'rows=a&columns=b')).json();
    const body = (await crosstab(crossing, 'rows=a&columns=b&filter=b:p')).json();
    // Those who answered p are the whole table's p column: the same people, the same cells.
    expect(body.cells.map((row: { count: number | null }[]) => row[0]!.count)).toEqual(
      whole.cells.map((row: { count: number | null }[]) => row[0]!.count),
    );
    // Nobody answered q here; y's zero sits under y's small (hidden) total, so it hides too.
    expect(body.cells.map((row: { count: number | null }[]) => row[1]!.count)).toEqual([
      0,
      null,
      0,
    ]);
    expect(body.total.count).toBe(whole.columnTotals[0].count);
    const qs = (await crosstab(crossing, 'rows=a&columns=b&filter=b:q')).json();
    expect(qs.total).toEqual({ count: 21, suppressed: false });
    const none = (await crosstab(crossing, 'rows=a&columns=b&from=2026-03-01')).json();
    expect(none.total).toEqual({ count: 0, suppressed: false });
  });

  it('refuses the same question twice, free text, unknown questions and bad filters', async () => {
    const bad = async (query: string, path: string, code: string) => {
      const response = await crosstab(crossing, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors, query).toContainEqual(expect.objectContaining({ path, code }));
    };
    await bad('rows=a&columns=a', 'columns', 'same_question');
    await bad('rows=note&columns=a', 'rows', 'not_choice_question');
    await bad('rows=a&columns=nope', 'columns', 'unknown_question');
    await bad('rows=a&columns=b&filter=a:w', 'filter', 'unknown_question_filter');
    await bad('rows=a&columns=b&from=2026-02-01&to=2026-01-01', 'to', 'period_reversed');
    await bad('rows=a', 'columns', 'required');
    expect((await crosstab(crossing, 'rows=a&columns=b', other)).statusCode).toBe(404);
  });
});

describe('periods in the organisation’s zone (Europe/Brussels)', () => {
  const results = async (query: string) => {
    const response = await admin.get(`/api/surveys/${boundary.surveyId}/results?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('puts 23:00Z on 31 December in 1 January, and ends a period at local midnight', async () => {
    expect((await results('to=2025-12-31')).responses).toBe(5);
    const january = await results('from=2026-01-01&to=2026-01-31');
    expect(january.responses).toBe(13);
    expect(january.months).toEqual([{ month: '2026-01', count: 13, suppressed: false }]);
    expect((await results('from=2026-02-01')).responses).toBe(8);
    const all = await results('');
    expect(all.months.map((m: { month: string; count: number }) => [m.month, m.count])).toEqual([
      ['2025-12', 5],
      ['2026-01', 13],
      ['2026-02', 8],
    ]);
    const yes = all.questions[0].options.find((o: { key: string }) => o.key === 'yes');
    expect(yes.labels).toMatchObject({ en: 'Yes', nl: 'Ja', fr: 'Oui' });
  });

  it('lists every month of the period, with zeros shown, but not the month in progress', async () => {
    // today is 2 March 2026: March is counted once it is over
    const body = await results('from=2025-11-15&to=2026-03-01');
    expect(body.to).toBe('2026-02-28');
    expect(body.months.map((m: { month: string; count: number }) => [m.month, m.count])).toEqual([
      ['2025-11', 0],
      ['2025-12', 5],
      ['2026-01', 13],
      ['2026-02', 8],
    ]);
  });
});
