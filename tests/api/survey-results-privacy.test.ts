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

/**
 * The attacks an independent review tried: comparing two views to work out a count that
 * each view hides on its own. 10 women and 10 men answered in January; one person of
 * "other" gender answered on 7 January, and that person's whole profile must stay hidden.
 */
let t: TestApp;
let analyst: Client;
let survey: SeededSurvey;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', ['analyst']);
  analyst = centre.clients.analyst!;
  survey = await seedSurvey(
    t,
    centre.organisationId,
    'profile',
    definitionOf('Profile', [
      question('gender', 'single_choice', { options: options('female', 'male', 'other') }),
      question('age', 'single_choice', { options: options('young', 'old') }),
      question('note', 'free_text'),
    ]),
  );
  await seedResponses(t, centre.organisationId, survey, [
    ...times(10, { at: '2026-01-05T10:00:00Z', answers: { gender: 'female', age: 'young' } }),
    ...times(10, { at: '2026-01-06T10:00:00Z', answers: { gender: 'male', age: 'young' } }),
    { at: '2026-01-07T10:00:00Z', answers: { gender: 'other', age: 'old', note: 'I am the one' } },
  ]);
  // Exact counts: the perturbation is tested apart (survey-disclosure.test.ts).
  await zeroRecordKeys(t);
});
afterAll(() => t?.close());

async function results(query: string) {
  const response = await analyst.get(`/api/surveys/${survey.surveyId}/results?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const optionCount = (
  body: { questions: { key: string; options: { key: string; count: number | null }[] }[] },
  key: string,
  option: string,
) => body.questions.find((q) => q.key === key)!.options.find((o) => o.key === option)!.count;

describe('results cannot be compared to single someone out', () => {
  it('reads whole months: a day and the day before give the same view', async () => {
    const day = await results('from=2026-01-07&to=2026-01-07');
    const before = await results('from=2026-01-05&to=2026-01-06');
    expect(day.from).toBe('2026-01-01');
    expect(day.to).toBe('2026-01-31');
    expect(day.responses).toBe(21);
    expect(before.responses).toBe(day.responses);
    expect(optionCount(day, 'age', 'old')).toBeNull();
  });

  it('shows a subgroup as the same cell of the whole view, and withholds unions with the one', async () => {
    const whole = await results('');
    expect(optionCount(whole, 'gender', 'other')).toBeNull();
    // The same respondents make the same cell: the women's view counts exactly what the whole
    // view shows for women, so nothing can be worked out between the two.
    const women = await results('filter=gender:female');
    expect(women.responses).toBe(optionCount(whole, 'gender', 'female'));
    // Women or "other" differs from the women's view by the one person: withheld.
    const union = await results('filter=gender:female,other');
    expect(union.responses).toBeNull();
    expect(union.protection.withheld).toBe('filter_value');
  });

  it('shows nothing of the one person, zeros included, when filtering on them', async () => {
    const one = await results('filter=gender:other');
    expect(one.responses).toBeNull();
    for (const q of one.questions)
      for (const o of q.options) expect(o, `${q.key}.${o.key}`).toMatchObject({ count: null });
    expect(one.questions.find((q: { key: string }) => q.key === 'note').texts).toBeNull();
    const crosstab = await analyst.get(
      `/api/surveys/${survey.surveyId}/crosstab?rows=gender&columns=age`,
    );
    const row = crosstab.json().cells[2] as { count: number | null }[];
    expect(row.map((c) => c.count)).toEqual([null, null]);
  });

  it('hides a subgroup figure that differs from the whole group by a few', async () => {
    // Everybody but the one person: "young" 20 against 21 in all would say the one is old.
    const young = await results('filter=age:young');
    expect(young.responses).toBeNull();
    const all = await results('');
    expect(all.questions.find((q: { key: string }) => q.key === 'note').texts).toBeNull();
  });
});
