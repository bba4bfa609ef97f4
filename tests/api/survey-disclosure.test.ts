import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DEVIATION } from '../../src/core/disclosure/cell-key.ts';
import { withContext } from '../../src/db/context.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import {
  seedResponses,
  seedVisitorProfile,
  type SeedResponse,
  type SeededSurvey,
} from '../helpers/surveys.ts';

/**
 * The four attacks of issue 11, each as a determined analyst would run it, against the
 * disclosure-control module (decision 0008). Today is 15 June 2026, so January to May 2026
 * are counted and 2025 is a year that is over (its annual report is exact).
 *
 * - 2025: 30 answers a month from January to November, and one person in December.
 * - 2026: 40 answers in January, March and April; ONE person in February (a woman aged 30–44
 *   who heard of the centre on the internet: common answers, so her cells are large and
 *   only differencing could single her out); one person of gender "other" aged 55+ in March.
 */
let t: TestApp;
let analyst: Client;
let admin: Client;
let owner: Client;
let centreId: string;
let survey: SeededSurvey;

const FEBRUARY_PERSON = {
  gender: 'female',
  age_band: '30_44',
  how_heard: ['internet'],
  status: 'job_seeker',
};

/** A mixed crowd of `n` answers at `at`. */
function crowd(n: number, at: string): SeedResponse[] {
  const genders = ['female', 'male'];
  const ages = ['18_24', '25_29', '30_44', '45_54'];
  const heard = [['internet'], ['friends_family'], ['internet', 'social_media']];
  return Array.from({ length: n }, (_, i) => ({
    at,
    answers: {
      gender: genders[i % 2],
      age_band: ages[i % 4],
      how_heard: heard[i % 3],
      status: i % 5 === 0 ? 'employed' : 'job_seeker',
    },
  }));
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-15T09:00:00Z'));
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', ['analyst', 'org_admin']);
  centreId = centre.organisationId;
  analyst = centre.clients.analyst!;
  admin = centre.clients.org_admin!;
  owner = (await createOrganisation(t.app, installation, 'funder', ['org_admin'])).clients
    .org_admin!;
  survey = await seedVisitorProfile(t, centreId);
  const months2025 = Array.from({ length: 11 }, (_, m) =>
    crowd(30, `2025-${String(m + 1).padStart(2, '0')}-10T10:00:00Z`),
  ).flat();
  await seedResponses(t, centreId, survey, [
    ...months2025,
    {
      at: '2025-12-10T10:00:00Z',
      answers: { gender: 'female', age_band: '55_plus', how_heard: ['internet'] },
    },
    ...crowd(40, '2026-01-10T10:00:00Z'),
    { at: '2026-02-10T10:00:00Z', answers: FEBRUARY_PERSON },
    ...crowd(40, '2026-03-10T10:00:00Z'),
    {
      at: '2026-03-11T10:00:00Z',
      answers: { gender: 'other', age_band: '55_plus', how_heard: ['friends_family'] },
    },
    ...crowd(40, '2026-04-10T10:00:00Z'),
  ]);
});
afterAll(() => t?.close());

interface Cell {
  key: string;
  count: number | null;
  suppressed: boolean;
}
interface Question {
  key: string;
  answered: number | null;
  options: Cell[];
}
interface Results {
  responses: number | null;
  protection: { method: string; withheld: string | null; maxDeviation: number };
  questions: Question[];
}

async function results(query: string, client = analyst): Promise<Results> {
  const response = await client.get(`/api/surveys/${survey.surveyId}/results?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const option = (r: Results, question: string, key: string) =>
  r.questions.find((q) => q.key === question)!.options.find((o) => o.key === key)!;

/** New random record keys for every response (and its answers): another draw of the world. */
async function redrawKeys() {
  await withContext(
    t.db.database.db,
    { organisationId: null, userId: null, isAdmin: true },
    async (tx) => {
      await tx.execute(
        sql`UPDATE survey_responses SET record_key = floor(random() * 65536)::integer`,
      );
      await tx.execute(sql`UPDATE survey_answers a SET record_key = r.record_key
        FROM survey_responses r WHERE r.id = a.response_id`);
    },
  );
}

describe('attack 1: the zeros of a multiple choice under one respondent', () => {
  it('hides every option of the month, zeros included, in the results and a cross-table', async () => {
    const february = await results('from=2026-02-01&to=2026-02-28');
    expect(february.responses).toBeNull();
    for (const question of february.questions) {
      expect(question.answered, question.key).toBeNull();
      for (const cell of question.options)
        expect(cell, question.key).toMatchObject({ count: null, suppressed: true });
    }
    const cross = await analyst.get(
      `/api/surveys/${survey.surveyId}/crosstab?rows=gender&columns=how_heard&from=2026-02-01&to=2026-02-28`,
    );
    expect(cross.statusCode, cross.body).toBe(200);
    const body = cross.json();
    const cells = [...body.cells.flat(), ...body.rowTotals, ...body.columnTotals, body.total];
    expect(cells.every((c: { count: number | null }) => c.count === null)).toBe(true);
  });
});

describe('attack 2: differencing periods', () => {
  it('withholds a period whose first or last month holds the one person', async () => {
    const januaryFebruary = await results('from=2026-01-01&to=2026-02-28');
    expect(januaryFebruary.protection.withheld).toBe('period_edge');
    expect(januaryFebruary.responses).toBeNull();
    expect(option(januaryFebruary, 'gender', 'female').count).toBeNull();
    const februaryMarch = await results('from=2026-02-01&to=2026-03-31');
    expect(februaryMarch.protection.withheld).toBe('period_edge');
    // January alone is an ordinary, perturbed view
    const january = await results('from=2026-01-01&to=2026-01-31');
    expect(january.protection).toMatchObject({ method: 'cell_key', withheld: null });
    expect(Math.abs(january.responses! - 40)).toBeLessThanOrEqual(MAX_DEVIATION);
  });

  it('withholds every period that holds the month of one person, zeros around it or not', async () => {
    // January and March show exact zeros for what nobody there answered: January to March
    // beside them would tell what February's one person answered. So it shows nothing.
    for (const query of [
      'from=2026-01-01&to=2026-03-31',
      'from=2026-01-01&to=2026-05-31',
      '',
      'filter=gender:female',
      'filter=age_band:55_plus',
      'channel=import',
    ]) {
      const view = await results(query);
      expect(view.protection.withheld, query).not.toBeNull();
      expect(view.responses, query).toBeNull();
    }
  });
});

describe("the annual report's exact figures against perturbed views", () => {
  it('publishes the year that is over exactly, and withholds the views that would isolate December', async () => {
    const report = (await analyst.get('/api/reports/annual?year=2025')).json();
    expect(report.survey.responses).toBe(331);
    expect(report.survey.protection).toMatchObject({ method: 'exact' });
    // 11 × 15 women in the crowds, and the one of December
    expect(report.survey.questions.gender.options.female.count).toBe(166);
    // January to November is the report minus one person: withheld
    const elevenMonths = await results('from=2025-01-01&to=2025-11-30');
    expect(elevenMonths.protection.withheld).toBe('published_year');
    // the whole year as a view ends on December's one answer: withheld too
    expect((await results('from=2025-01-01&to=2025-12-31')).protection.withheld).toBe(
      'period_edge',
    );
  });

  it('leaves the report minus two perturbed views uncertain', async () => {
    const report = (await analyst.get('/api/reports/annual?year=2025')).json();
    const exactFemale = report.survey.questions.gender.options.female.count as number;
    const exactMale = report.survey.questions.gender.options.male.count as number;
    const seen: number[] = [];
    for (let draw = 0; draw < 8; draw += 1) {
      await redrawKeys();
      const [first, november] = await Promise.all([
        results('from=2025-01-01&to=2025-10-31'),
        results('from=2025-11-01&to=2025-11-30'),
      ]);
      expect(first.protection.withheld).toBeNull();
      const female =
        exactFemale -
        option(first, 'gender', 'female').count! -
        option(november, 'gender', 'female').count!;
      const male =
        exactMale -
        option(first, 'gender', 'male').count! -
        option(november, 'gender', 'male').count!;
      seen.push(female, male);
      // 1 or 0 for December's person, each under the noise of two cells
      for (const d of [female, male]) {
        expect(d).toBeGreaterThanOrEqual(1 - 2 * MAX_DEVIATION);
        expect(d).toBeLessThanOrEqual(2 * MAX_DEVIATION);
      }
    }
    expect(new Set(seen).size).toBeGreaterThan(2);
  });

  it('perturbs the report of the year in progress, and withholds it while it holds one person', async () => {
    const report = (await analyst.get('/api/reports/annual?year=2026')).json();
    expect(report.survey.protection).toMatchObject({ method: 'cell_key', withheld: 'period_edge' });
    expect(report.survey.questions).toEqual({});
  });
});

describe('attack 3: unions of filters through the indicators', () => {
  const evaluate = async (values: string[]) => {
    const response = await analyst.post('/api/indicators/evaluate', {
      source: 'survey_answers',
      measure: 'count_distinct',
      distinctField: 'response',
      filters: [{ field: 'option', values }],
      breakdowns: [],
      from: '2026-03-01',
      to: '2026-04-30',
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('withholds a union that differs from another by one respondent', async () => {
    const female = await evaluate(['female']);
    expect(female.suppressed).toBe(false);
    expect(female.protection).toMatchObject({ method: 'cell_key', withheld: null });
    expect(Math.abs(female.value - 40)).toBeLessThanOrEqual(MAX_DEVIATION);
    for (const values of [['other'], ['female', 'other'], ['female', 'other', '55_plus']]) {
      const union = await evaluate(values);
      expect(union.suppressed, values.join()).toBe(true);
      expect(union.value, values.join()).toBe(0);
    }
    expect((await evaluate(['female', 'other'])).protection.withheld).toBe('filter_value');
  });

  it('answers alike for what one person ticked and what they did not, in respondents', async () => {
    // February holds one person: every option, ticked or not, and every breakdown of the
    // month's answer rows is withheld the same way (no "0" beside a "withheld").
    const probe = (body: Record<string, unknown>) =>
      analyst
        .post('/api/indicators/evaluate', {
          source: 'survey_answers',
          measure: 'count',
          filters: [],
          breakdowns: [],
          from: '2026-02-01',
          to: '2026-02-28',
          ...body,
        })
        .then((r) => r.json());
    for (const values of [['female'], ['male'], ['internet'], ['social_media']]) {
      const answer = await probe({ filters: [{ field: 'option', values }] });
      expect(answer, values.join()).toMatchObject({ value: 0, suppressed: true, groups: [] });
      expect(answer.protection.withheld, values.join()).toBe('period_edge');
    }
    for (const breakdown of [undefined, 'language', 'channel', 'option', 'question']) {
      const answer = await probe(breakdown ? { breakdown } : {});
      expect(answer, String(breakdown)).toMatchObject({ value: 0, suppressed: true, groups: [] });
    }
  });

  it('never counts the month in progress, whatever the period asked', async () => {
    const june = await analyst.post('/api/indicators/evaluate', {
      source: 'survey_answers',
      measure: 'count',
      filters: [],
      breakdowns: [],
      from: '2026-06-01',
      to: '2026-06-15',
    });
    expect(june.statusCode).toBe(200);
    expect(june.json().to).toBe('2026-05-31');
    expect(june.json().value).toBe(0);
  });
});

describe("attack 4: a programme owner and a partner's questionnaire", () => {
  it("never gives a partner's questionnaire figures to the owner, whatever the date", async () => {
    const indicator = await owner.post('/api/indicators', {
      code: 'women_answering',
      labels: { nl: 'Vrouwen', fr: 'Femmes', en: 'Women' },
      unit: 'responses',
      source: 'survey_answers',
      measure: 'count_distinct',
      distinctField: 'response',
      filters: [{ field: 'option', values: ['female'] }],
      breakdowns: ['month'],
    });
    expect(indicator.statusCode, indicator.body).toBe(201);
    const programme = await owner.post('/api/programmes', {
      name: 'Women 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      partnerIds: [centreId],
    });
    expect(programme.statusCode, programme.body).toBe(201);
    const programmeId = programme.json().id;
    expect(
      (await admin.post(`/api/programmes/${programmeId}/partnership`, { accept: true })).statusCode,
    ).toBe(200);
    const target = await owner.post(`/api/programmes/${programmeId}/targets`, {
      indicator: 'women_answering',
      target: 100,
      deadline: '2026-12-31',
    });
    expect(target.statusCode, target.body).toBe(201);
    for (const asOf of ['2026-02-28', '2026-03-31', '2026-04-30', '2026-06-15']) {
      const progress = (
        await owner.get(`/api/programmes/${programmeId}/progress?asOf=${asOf}`)
      ).json();
      const mine = progress.targets[0];
      expect(mine.actual, asOf).toBe(0);
      for (const o of mine.byOrganisation) expect(o.actual).toBe(0);
      expect(mine.months.every((m: { actual: number }) => m.actual === 0)).toBe(true);
    }
    // The partner sees only its own figure (its own answers, protected: here withheld, as
    // 2026 holds February's one person), never the owner's.
    const asPartner = (await admin.get(`/api/programmes/${programmeId}/progress`)).json();
    const theirs = asPartner.targets[0];
    expect(
      theirs.byOrganisation.map((o: { organisation: { id: string } }) => o.organisation.id),
    ).toEqual([centreId]);
  });
});
