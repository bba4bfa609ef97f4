import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionResult } from '../../src/shared/schemas/surveys.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type Client,
  type TestApp,
} from '../helpers/app.ts';
import {
  addVersion,
  seedResponses,
  zeroRecordKeys,
  seedVisitorProfile,
  setThreshold,
  times,
  visitorProfileV2,
  type SeededSurvey,
} from '../helpers/surveys.ts';

let t: TestApp;
let admin: Client;
let analyst: Client;
let other: Client;
let orgId: string;
let survey: SeededSurvey;

const R1 = {
  gender: 'female',
  age_band: '25_29',
  highest_diploma: 'higher',
  diploma_recognised: 'yes',
  status: 'job_seeker',
  satisfaction: 5,
  how_heard: ['friends_family', 'internet'],
};
const R2 = {
  gender: 'male',
  highest_diploma: 'none_or_primary',
  status: 'employed',
  satisfaction: 4,
  how_heard: ['internet'],
};
const R4 = { gender: 'female', status: 'volunteer', how_heard: ['school'] };
const R5 = { gender: 'no_answer', status: 'employed', how_heard: ['other'] };

beforeAll(async () => {
  t = await createTestApp();
  // April: the answers of March are counted (a month is, once it is over).
  t.clock.set(new Date('2026-04-02T09:00:00Z'));
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', ['org_admin', 'analyst']);
  orgId = centre.organisationId;
  admin = centre.clients.org_admin!;
  analyst = centre.clients.analyst!;
  other = (await createOrganisation(t.app, installation, 'elsewhere', ['org_admin'])).clients
    .org_admin!;
  survey = await seedVisitorProfile(t, orgId);
  await addVersion(t, orgId, survey, 2, visitorProfileV2());
  await seedResponses(t, orgId, survey, [
    ...times(12, { at: '2026-01-10T10:00:00Z', answers: R1 }),
    // 10:30 is stored as 10:00
    ...times(6, { at: '2026-02-05T10:30:00Z', answers: R2 }),
    // diploma_recognised is hidden for them (no diploma): it counts as "no answer"
    ...times(2, {
      at: '2026-02-06T10:00:00Z',
      answers: { gender: 'other', status: 'student', how_heard: ['passing_by'] },
    }),
    ...[3, 9].flatMap((visits) =>
      times(5, {
        at: '2026-03-10T10:00:00Z',
        version: 2,
        channel: 'kiosk',
        answers: { ...R4, visits, comment: visits === 3 ? 'Helpful staff' : 'coffee was cold' },
      }),
    ),
    ...times(3, {
      at: '2026-03-11T10:00:00Z',
      version: 2,
      channel: 'kiosk',
      answers: { ...R5, visits: 40, comment: 'Anna from Schaerbeek' },
    }),
  ]);
  // Exact counts: the perturbation is tested apart (survey-disclosure.test.ts).
  await zeroRecordKeys(t);
});
afterAll(() => t?.close());

const url = (query = '') => `/api/surveys/${survey.surveyId}/results${query ? `?${query}` : ''}`;
async function results(query = '', client = admin) {
  const response = await client.get(url(query));
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
function questionOf(body: { questions: QuestionResult[] }, key: string) {
  const found = body.questions.find((q) => q.key === key);
  expect(found, key).toBeDefined();
  return found!;
}
/** option key → count (null when hidden). */
const countsOf = (q: QuestionResult) => Object.fromEntries(q.options.map((o) => [o.key, o.count]));

describe('survey results', () => {
  it('reads both versions by question key, current order first, then older keys', async () => {
    const body = await results('', analyst);
    expect(body.threshold).toBe(5);
    expect(body.responses).toBe(33);
    expect(body.months).toEqual([
      { month: '2026-01', count: 12, suppressed: false },
      { month: '2026-02', count: 8, suppressed: false },
      { month: '2026-03', count: 13, suppressed: false },
    ]);
    expect(body.questions.map((q: QuestionResult) => q.key)).toEqual([
      'gender',
      'age_band',
      'highest_diploma',
      'status',
      'municipality',
      'satisfaction',
      'how_heard',
      'themes',
      'visits',
      'comment',
      'diploma_recognised',
    ]);
    const gender = questionOf(body, 'gender');
    expect(gender.labels.en).toBe('Gender (v2)');
    expect(gender.answered).toBe(33);
    expect(gender.noAnswer).toBe(0);
    expect(countsOf(gender)).toEqual({ female: 22, male: 6, other: null, no_answer: null });
    // a question only version 1 asked: out of version 1's 20 responses
    const recognised = questionOf(body, 'diploma_recognised');
    expect(recognised.answered).toBe(12);
    expect(recognised.noAnswer).toBe(8);
    expect(recognised.options.find((o) => o.key === 'yes')).toMatchObject({ count: 12, share: 1 });
    const status = questionOf(body, 'status');
    expect(status.options.map((o) => o.key)).toEqual([
      'job_seeker',
      'employed',
      'student',
      'other',
      'volunteer',
    ]);
  });

  it('gives shares over those who answered, "no answer" apart; multiple choice may sum over 1', async () => {
    const body = await results();
    const satisfaction = questionOf(body, 'satisfaction');
    expect(satisfaction.answered).toBe(18);
    expect(satisfaction.noAnswer).toBe(15);
    const five = satisfaction.options.find((o) => o.key === '5')!;
    expect(five).toMatchObject({ count: 12, share: 0.6667, suppressed: false });
    expect(five.labels.en).toBe('5');
    const heard = questionOf(body, 'how_heard');
    expect(heard.answered).toBe(33);
    expect(countsOf(heard)).toMatchObject({ friends_family: 12, internet: 18, school: 10 });
    const shares = heard.options.reduce((sum, o) => sum + (o.share ?? 0), 0);
    expect(shares).toBeGreaterThan(1);
    expect(heard.options.find((o) => o.key === 'internet')!.share).toBeCloseTo(18 / 33, 3);
  });

  it('hides small cells only: perturbed views need no second hidden cell', async () => {
    const body = await results();
    const gender = questionOf(body, 'gender');
    expect(gender.options.find((o) => o.key === 'other')).toMatchObject({
      count: null,
      share: null,
      suppressed: true,
    });
    const status = questionOf(body, 'status');
    // student (2) is small and hidden; the others show (with random record keys they carry
    // noise, so the total minus them does not give the 2 back: survey-disclosure.test.ts)
    expect(countsOf(status)).toEqual({
      job_seeker: 12,
      employed: 9,
      student: null,
      other: 0,
      volunteer: 10,
    });
    expect(status.answered).toBe(33);
    expect(status.answeredSuppressed).toBe(false);
    // multiple choice: options do not add up, so a small one hides nothing else
    expect(countsOf(questionOf(body, 'how_heard'))).toMatchObject({
      passing_by: null,
      other: null,
      internet: 18,
      school: 10,
    });
  });

  it('gives mean and median of number questions and sorted free texts, never min or max', async () => {
    const body = await results();
    const visits = questionOf(body, 'visits');
    expect(visits.answered).toBe(13);
    expect(visits.noAnswer).toBe(0);
    expect(visits.number).toEqual({ mean: 13.85, median: 9 });
    expect(visits.options).toEqual([]);
    const comment = questionOf(body, 'comment');
    expect(comment.texts).toEqual([
      ...Array(3).fill('Anna from Schaerbeek'),
      ...Array(5).fill('coffee was cold'),
      ...Array(5).fill('Helpful staff'),
    ]);
    expect(questionOf(body, 'gender').texts).toBeNull();
  });

  it('filters by another answer; a group under the threshold hides everything', async () => {
    const men = await results('filter=gender:male');
    expect(men.filter).toEqual([{ question: 'gender', anyOf: ['male'] }]);
    // February had 8 answers, 6 of them men's: the men's February count beside the whole
    // February would say that 2 people who are not men came, so it is hidden. The men's
    // total is the same cell as the whole view's men (same people, same value).
    const february = (body: { months: { month: string }[] }) =>
      body.months.find((m) => m.month === '2026-02');
    expect(february(await results())).toMatchObject({ count: 8 });
    expect(february(men)).toMatchObject({ count: null, suppressed: true });
    expect(men.responses).toBe(countsOf(questionOf(await results(), 'gender')).male);

    const small = await results('filter=gender:no_answer');
    expect(small.responses).toBeNull();
    expect(small.responsesSuppressed).toBe(true);
    expect(small.months.find((m: { month: string }) => m.month === '2026-03')).toEqual({
      month: '2026-03',
      count: null,
      suppressed: true,
    });
    for (const q of small.questions as QuestionResult[]) {
      expect(
        q.options.every((o) => o.count === 0 || o.suppressed),
        q.key,
      ).toBe(true);
      expect(q.answered === 0 || q.answeredSuppressed, q.key).toBe(true);
      expect(q.noAnswer === 0 || q.noAnswerSuppressed, q.key).toBe(true);
    }
    expect(questionOf(small, 'comment').texts).toBeNull();
    expect(questionOf(small, 'visits').number).toBeNull();

    const both = await results('filter=gender:female,male;status:job_seeker');
    expect(both.responses).toBe(12);
    // At the kiosk nobody was asked the diploma (version 2); of the others, 2 left it empty.
    // Showing the kiosk's "no answer" (13) beside the whole group's (15) would tell that.
    const kiosk = await results('channel=kiosk');
    expect(questionOf(kiosk, 'highest_diploma').noAnswerSuppressed).toBe(true);
    expect(questionOf(await results(), 'highest_diploma').noAnswer).toBe(15);
  });

  it('hides more when the organisation raises its threshold to 10', async () => {
    await setThreshold(t, orgId, 10);
    try {
      // February (8 answers) is now a small month: every view that holds it shows nothing.
      const body = await results();
      expect(body.threshold).toBe(10);
      expect(body.protection.withheld).toBe('period_edge');
      expect(body.responses).toBeNull();
      // January (12) alone: its 12 women shown, the rest hidden.
      const january = await results('from=2026-01-01&to=2026-01-31');
      expect(january.protection.withheld).toBeNull();
      expect(countsOf(questionOf(january, 'gender'))).toMatchObject({ female: 12, male: 0 });
      const recognised = questionOf(january, 'diploma_recognised');
      expect(recognised.options.find((o) => o.key === 'yes')!.count).toBe(12);
      // March (13): the 3 who did not say their gender are under 10
      const march = await results('from=2026-03-01&to=2026-03-31');
      expect(countsOf(questionOf(march, 'gender'))).toMatchObject({ female: 10, no_answer: null });
    } finally {
      await setThreshold(t, orgId, 5);
    }
  });

  it('never lets the threshold go below 3', async () => {
    await expect(setThreshold(t, orgId, 2)).rejects.toThrow();
    await setThreshold(t, orgId, 3);
    try {
      const body = await results();
      expect(body.threshold).toBe(3);
      // other (2) is small; no_answer (3) is shown at 3
      expect(countsOf(questionOf(body, 'gender'))).toEqual({
        female: 22,
        male: 6,
        other: null,
        no_answer: 3,
      });
      // …and a filter on it shows the same cell, while a union with "other" is withheld.
      expect((await results('filter=gender:no_answer')).responses).toBe(3);
      expect((await results('filter=gender:no_answer,other')).responses).toBeNull();
      expect((await results('filter=gender:female')).responses).toBe(22);
    } finally {
      await setThreshold(t, orgId, 5);
    }
  });
});

describe('survey results: bad input and access', () => {
  const bad = async (query: string, path: string, code: string) => {
    const response = await admin.get(url(query));
    expect(response.statusCode, query).toBe(400);
    expect(response.json().errors, query).toContainEqual(expect.objectContaining({ path, code }));
  };

  it('refuses unknown filters, options and free-text filters, bad and reversed periods', async () => {
    await bad('filter=nope:x', 'filter', 'unknown_question_filter');
    await bad('filter=gender:robot', 'filter', 'unknown_question_filter');
    await bad('filter=comment:x', 'filter', 'unknown_question_filter');
    await bad('filter=gender', 'filter', 'unknown_question_filter');
    await bad('from=2026-02-30', 'from', 'invalid_date');
    await bad('to=yesterday', 'to', 'invalid_date');
    await bad('from=2026-03-01&to=2026-02-01', 'to', 'period_reversed');
    await bad('channel=fax', 'channel', 'invalid_value');
    // an option only an older version had is still a valid filter
    expect((await admin.get(url('filter=diploma_recognised:yes'))).statusCode).toBe(200);
  });

  it("answers 404 to another organisation's admin and 404 for an unknown id", async () => {
    expect((await other.get(url())).statusCode).toBe(404);
    expect(
      (await admin.get('/api/surveys/00000000-0000-4000-8000-000000000000/results')).statusCode,
    ).toBe(404);
    expect((await admin.get('/api/surveys/nope/results')).statusCode).toBe(400);
  });
});
