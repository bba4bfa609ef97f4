import { and, eq, sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { checkAnswers } from '../../src/core/surveys/answers.ts';
import { VISITOR_PROFILE } from '../../src/core/surveys/visitor-profile.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { withContext } from '../../src/db/context.ts';
import { organisations, surveys } from '../../src/db/schema/index.ts';
import { insertResponses, latestVersion } from '../../src/services/surveys/store.ts';
import { testConfig } from '../helpers/app.ts';
import {
  expectAccessible,
  expectHeading,
  HAS_CHROME,
  launchBrowser,
  openPage,
  PASSWORD,
  setupThroughApi,
  WEB_ROOT,
} from './helpers.ts';

const EMAIL = 'lea@leerwinkel.example';

/** gender × status of the seeded responses: 25 in all; "other" (2) is below the threshold of 5. */
const GROUPS = [
  { gender: 'female', status: 'job_seeker', n: 6 },
  { gender: 'female', status: 'employed', n: 4 },
  { gender: 'male', status: 'job_seeker', n: 7 },
  { gender: 'other', status: 'student', n: 2 },
  { gender: 'no_answer', status: 'employed', n: 6 },
];

/** Like helpers' startServer, but keeps the database so the test can seed answers directly. */
async function start() {
  const database = await openDatabase({ memory: {} });
  const app = await buildApp({ config: testConfig(), database, webRoot: WEB_ROOT });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The organisation's built-in visitor profile, with 25 responses over two months. */
async function seed(database: Database): Promise<string> {
  const admin = { organisationId: null, userId: null, isAdmin: true };
  const [org] = await withContext(database.db, admin, (tx) =>
    tx.select().from(organisations).where(eq(organisations.slug, 'leerwinkel')),
  );
  const context = { organisationId: org!.id, userId: null, isAdmin: false };
  return withContext(database.db, context, async (tx) => {
    const [survey] = await tx
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.organisationId, org!.id), eq(surveys.template, 'visitor_profile')));
    const version = await latestVersion(tx, survey!.id);
    // Months that are over (a month is counted once it is over, decision 0008).
    const today = new Date();
    const monthsAgo = (k: number) =>
      new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - k, 15, 10));
    const responses = GROUPS.flatMap((group) =>
      Array.from({ length: group.n }, (_, i) => {
        const { answers, issues } = checkAnswers(
          VISITOR_PROFILE,
          { gender: group.gender, status: group.status, satisfaction: i % 2 ? '4' : '5' },
          { hidden: 'drop' },
        );
        expect(issues).toEqual([]);
        return {
          surveyId: survey!.id,
          versionId: version.id,
          submittedAt: monthsAgo(i % 2 ? 2 : 1),
          channel: i % 3 ? ('kiosk' as const) : ('web' as const),
          language: 'nl',
          answers,
        };
      }),
    );
    expect(await insertResponses(tx, org!.id, responses)).toHaveLength(25);
    // Exact counts on screen: every record key 0 perturbs by nothing (the perturbation
    // itself is tested in tests/api/survey-disclosure.test.ts).
    await tx.execute(sql`UPDATE survey_responses SET record_key = 0`);
    await tx.execute(sql`UPDATE survey_answers SET record_key = 0`);
    return survey!.id;
  });
}

const responses = (page: Page) => page.getByTestId('survey-responses');
const question = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** What has the focus, as "tag:accessible text". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return `${el?.tagName.toLowerCase()}:${label ?? el?.textContent ?? ''}`;
  });

describe.skipIf(!HAS_CHROME)('questionnaire results in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof start>>;
  let surveyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await start();
    await setupThroughApi(server.url, EMAIL, 'nl');
    surveyId = await seed(server.database);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows suppressed counts, filters by answer, crosses two questions, exports the view', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'nl-BE');
    const login = await context.request.post(`${url}/api/auth/login`, {
      data: { email: EMAIL, password: PASSWORD },
    });
    expect(login.status()).toBe(200);

    await page.goto(`${url}/surveys/${surveyId}/results`);
    await expectHeading(page, 'Resultaten: Bezoekersprofiel');
    await expect.poll(() => responses(page).textContent()).toBe('25');
    expect(
      await page.getByRole('link', { name: /Terug naar de vragenlijst/ }).getAttribute('href'),
    ).toBe(`/surveys/${surveyId}`);
    expect(await page.locator('main svg[role="img"]').getAttribute('aria-label')).toMatch(
      /^Staafdiagram, Antwoorden per maand: /,
    );

    // Gender: "other" (2) is hidden; a perturbed view needs no second hidden count (decision 0008).
    const gender = question(page, 'Wat is uw gender?');
    expect(await gender.getByRole('row', { name: /^Vrouw/ }).textContent()).toMatch(
      /^Vrouw1040\s?%$/,
    );
    expect(await gender.getByRole('row', { name: /^Anders/ }).textContent()).toContain('< 5');
    expect(await gender.getByRole('row', { name: /^Anders/ }).textContent()).toContain(
      'verborgen om de anonimiteit te beschermen',
    );
    expect(await gender.getByRole('row', { name: /^Zeg ik liever niet/ }).textContent()).toMatch(
      /^Zeg ik liever niet624\s?%$/,
    );
    // The page says how its figures are protected.
    expect(await page.getByTestId('protection-note').textContent()).toContain('tot 5');
    expect(await gender.getByRole('row', { name: /^Geen antwoord/ }).textContent()).toBe(
      'Geen antwoord0',
    );
    await expectAccessible(page, 'survey results');

    // A cross-table of gender by status, with totals and a hidden cell.
    await page.getByLabel('Rijen').selectOption('gender');
    await page.getByLabel('Kolommen').selectOption('status');
    await expect.poll(() => page.url()).toContain('columns=status');
    const cross = page.getByRole('region', { name: /Wat is uw gender\? \(rijen\) per/ });
    await expect
      .poll(() => cross.getByRole('row', { name: /^Totaal/ }).textContent())
      .toMatch(/25$/);
    expect(await cross.getByRole('row', { name: /^Anders/ }).textContent()).toContain('< 5');
    // The men who are job seekers (7) are shown: a perturbed table needs no second hidden
    // cell. The student column (total 2) is hidden whole, zeros included.
    expect(await cross.getByRole('row', { name: /^Man/ }).textContent()).toMatch(
      /^Man70< 5[^<]*07$/,
    );
    await expectAccessible(page, 'survey results (cross-table)');

    // Keyboard: every filter control is reached with Tab, in order.
    await page.getByRole('button', { name: 'Alles' }).focus();
    const visited: string[] = [];
    for (let i = 0; i < 25 && !visited.at(-1)?.includes('Filters wissen'); i++) {
      await page.keyboard.press('Tab');
      visited.push(await focused(page));
    }
    const order = [
      'Dit jaar',
      'Van',
      'Tot en met',
      'Data toepassen',
      'Kanaal',
      'Filteren op de vraag',
      'Filters wissen',
    ];
    const positions = order.map((name) => visited.findIndex((v) => v.includes(name)));
    expect(
      positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!)),
      visited.join(' | '),
    ).toBe(true);

    // Filter on gender = woman by keyboard: add the question, then tick the first answer.
    await page.getByLabel('Filteren op de vraag').focus();
    await page.getByLabel('Filteren op de vraag').selectOption('gender');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Filter toevoegen');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('input:Vrouw');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('filter=gender%3Afemale');
    await expect.poll(() => responses(page).textContent()).toBe('10');
    await expect
      .poll(() => cross.getByRole('row', { name: /^Totaal/ }).textContent())
      .toMatch(/10$/);
    await expectAccessible(page, 'survey results (filtered)');

    // The downloads carry the view; the aggregated CSV hides the same cells.
    const downloads = page.getByTestId('results-downloads');
    const csv = await downloads.getByRole('link', { name: /CSV \(puntkomma/ }).getAttribute('href');
    const params = new URL(csv!, url).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({
      format: 'csv',
      delimiter: 'semicolon',
      lang: 'nl',
      filter: 'gender:female',
      rows: 'gender',
      columns: 'status',
    });
    const file = await context.request.get(`${url}${csv}`);
    expect(file.status(), await file.text()).toBe(200);
    expect(await file.text()).toContain('< 5');
    // Org admins also see the raw answers (period only; the download is logged).
    const raw = await page
      .getByTestId('raw-downloads')
      .getByRole('link')
      .first()
      .getAttribute('href');
    expect(raw).toBe(`/api/surveys/${surveyId}/responses/export?format=csv`);

    // Tablet width: no horizontal scrolling of the page.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await expectAccessible(page, 'survey results (tablet)');

    // Reload keeps the view.
    await page.reload();
    await expect.poll(() => responses(page).textContent()).toBe('10');
    expect(await page.getByRole('checkbox', { name: 'Vrouw' }).isChecked()).toBe(true);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when nothing matches, explains a refused filter, hides it from another organisation', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'nl-BE');
    await context.request.post(`${url}/api/auth/login`, {
      data: { email: EMAIL, password: PASSWORD },
    });
    await page.goto(`${url}/surveys/${surveyId}/results?from=2000-01-01&to=2000-12-31`);
    await expect.poll(() => responses(page).textContent()).toBe('0');
    expect(await page.getByRole('status').filter({ hasText: 'Geen antwoorden' }).count()).toBe(1);
    expect(await page.getByRole('table', { name: /Wat is uw gender/ }).count()).toBe(0);
    await expectAccessible(page, 'survey results (empty)');

    // Back to everything with a quick choice.
    await page.getByRole('button', { name: 'Alles' }).click();
    await expect.poll(() => responses(page).textContent()).toBe('25');
    expect(await page.getByRole('button', { name: 'Alles' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.goto(`${url}/surveys/${surveyId}/results?filter=nope:x`);
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBeTruthy();
    expect(await page.locator('.results-issues').textContent()).toContain(
      'Filter op een keuzevraag van deze vragenlijst',
    );
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => responses(page).textContent()).toBe('25');

    // From another organisation the questionnaire does not exist: an error, no figures.
    const session = (await (await context.request.get(`${url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const headers = { 'x-csrf-token': session.csrfToken };
    const created = await context.request.post(`${url}/api/organisations`, {
      data: { slug: 'andere', name: 'Andere dienst', kind: 'learning_guidance' },
      headers,
    });
    expect(created.status(), await created.text()).toBe(201);
    const other = (await created.json()) as { id: string };
    const switched = await context.request.put(`${url}/api/auth/organisation`, {
      data: { organisationId: other.id },
      headers,
    });
    expect(switched.status()).toBe(200);
    await page.goto(`${url}/surveys/${surveyId}/results`);
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await responses(page).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);

    expect(problems).toEqual([]);
    await context.close();
  });
});
