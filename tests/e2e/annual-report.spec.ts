import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { todayIn } from '../../src/core/contacts/dates.ts';
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
  logIn,
  openPage,
  PASSWORD,
  setupThroughApi,
  WEB_ROOT,
} from './helpers.ts';

const EMAIL = 'lea@leerwinkel.example';
const ANALYST = 'ana@leerwinkel.example';

/** The server's clock is real: this year's contacts are dated today, last year's mid-June. */
const today = todayIn('Europe/Brussels', new Date());
const YEAR = Number(today.slice(0, 4));
const LAST = YEAR - 1;
const SEEDS = [
  { date: today, type: 'individual_advice', count: 1200, theme: 'work', language: 'nl' },
  {
    date: today,
    type: 'documentation_centre',
    count: 30,
    language: 'fr',
    tags: ['ukrainian'],
  },
  { date: `${LAST}-06-15`, type: 'individual_advice', count: 1000, theme: 'learn' },
];
const fr = (value: number) => new Intl.NumberFormat('fr-BE').format(value);
const frPercent = (fraction: number) =>
  new Intl.NumberFormat('fr-BE', {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(fraction);

/** Visitor-profile answers last year: 25 responses, "other" (2) below the threshold of 5. */
const GENDERS = [
  { gender: 'female', n: 12 },
  { gender: 'male', n: 11 },
  { gender: 'other', n: 2 },
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

/**
 * The visitor profile's answers, stored as the public form would, last year: a year that is
 * over is published exactly (the year in progress is perturbed, decision 0008).
 */
async function seedAnswers(database: Database) {
  const admin = { organisationId: null, userId: null, isAdmin: true };
  const [org] = await withContext(database.db, admin, (tx) =>
    tx.select().from(organisations).where(eq(organisations.slug, 'leerwinkel')),
  );
  const context = { organisationId: org!.id, userId: null, isAdmin: false };
  await withContext(database.db, context, async (tx) => {
    const [survey] = await tx
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.organisationId, org!.id), eq(surveys.template, 'visitor_profile')));
    const version = await latestVersion(tx, survey!.id);
    const responses = GENDERS.flatMap(({ gender, n }) =>
      Array.from({ length: n }, () => ({
        surveyId: survey!.id,
        versionId: version.id,
        submittedAt: new Date(`${LAST}-06-15T10:00:00Z`),
        channel: 'web' as const,
        language: 'en',
        answers: checkAnswers(VISITOR_PROFILE, { gender }, { hidden: 'drop' }).answers,
      })),
    );
    expect(await insertResponses(tx, org!.id, responses)).toHaveLength(25);
  });
}

/** Calls the API as `email` (cookie session and CSRF header), for fixtures. */
async function apiAs(url: string, email: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
}

const report = (page: Page) => page.getByTestId('annual-report');
const keyFigure = (page: Page, code: string) => page.getByTestId(`key-${code}`);
/** The focused element's text. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe.skipIf(!HAS_CHROME)('annual report page in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof start>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await start();
    await setupThroughApi(server.url, EMAIL, 'en');
    await seedAnswers(server.database);
    const call = await apiAs(server.url, EMAIL);
    await call('PUT', '/api/contact-tags/ukrainian', {
      labels: { nl: 'Oekraïners', fr: 'Ukrainiens', en: 'Ukrainians' },
    });
    for (const contact of SEEDS) await call('POST', '/api/contacts', contact);
    const programme = (await call('POST', '/api/programmes', {
      name: 'NEET Brussels',
      periodStart: `${LAST}-01-01`,
      periodEnd: `${YEAR}-12-31`,
    })) as { id: string };
    await call('POST', `/api/programmes/${programme.id}/targets`, {
      indicator: 'contacts_total',
      target: 2000,
      deadline: `${YEAR}-12-31`,
    });
    await call('POST', '/api/members', {
      email: ANALYST,
      name: 'Ana Lyst',
      language: 'en',
      password: PASSWORD,
      roles: ['analyst'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a year with its change, edits a narrative, switches language, downloads, by keyboard', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, url, EMAIL);
    await page.goto(`${url}/reports/annual`);
    await expectHeading(page, 'Annual report');

    // Last year by default; this year by keyboard (the newest year is first in the list).
    await expect.poll(() => report(page).locator('h2').textContent()).toContain(`${LAST}`);
    const yearSelect = page.getByLabel('Year', { exact: true });
    expect(await yearSelect.inputValue()).toBe(String(LAST));
    // Last year's visitor profile is published exactly: small cells hidden with a mark, and
    // a note saying why (the year in progress would be perturbed, decision 0008).
    await expect.poll(() => page.getByTestId('figure-responses').textContent()).toContain('25');
    const gender = page.getByTestId('survey-gender');
    expect(await gender.locator('caption').textContent()).toBe('What is your gender?');
    expect(await gender.getByRole('row', { name: /^Other/ }).textContent()).toContain('< 5');
    expect(await report(page).textContent()).toContain('small-cell threshold 5');
    await yearSelect.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.url()).toContain(`year=${YEAR}`);
    await expect
      .poll(() => report(page).locator('h2').textContent())
      .toBe(`Leerwinkel Test Annual report ${YEAR}`);
    expect(await report(page).getAttribute('lang')).toBe('en');

    // Key figures with the change on last year, in British English.
    const total = keyFigure(page, 'contacts_total');
    await expect.poll(() => total.locator('dd').first().textContent()).toBe('1,230');
    expect(await total.locator('dd').nth(1).textContent()).toBe(
      `+230 (+23%) compared with ${LAST}`,
    );
    // None last year: a change, but no percentage of nothing.
    expect(
      await keyFigure(page, 'documentation_centre_visits').locator('dd').nth(1).textContent(),
    ).toBe(`+30 (—) compared with ${LAST}`);
    const byType = page.getByTestId('contacts-by-type');
    expect(await byType.getByRole('row', { name: /Individual advice/ }).textContent()).toMatch(
      /Individual advice1,20097.6%/,
    );
    expect(await page.getByTestId('target-groups').textContent()).toContain('Ukrainians30');
    expect(await report(page).locator('svg[role="img"]').count()).toBeGreaterThan(3);
    // Programme targets: 2,230 contacts since the start against 2,000, with the rule in words.
    const programme = report(page).getByRole('region', { name: 'NEET Brussels' });
    expect(await programme.getByRole('row', { name: /^Contacts/ }).textContent()).toMatch(
      /^Contacts.*2,0002,230.*Met$/,
    );
    expect(await report(page).textContent()).toContain(
      'Status: met once the actual reaches the target; otherwise behind once the deadline has passed',
    );
    await expectAccessible(page, 'annual report (en)');
    // Tablet width: tables and charts stack, the page does not scroll sideways.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.setViewportSize({ width: 1180, height: 820 });

    // A narrative by keyboard: Write → type → Tab to Save → Enter; announced; kept on reload.
    const write = report(page).getByRole('button', { name: 'Write a text (Introduction)' });
    await write.focus();
    await page.keyboard.press('Enter');
    const area = page.getByLabel(`Text for “Introduction” (English, ${YEAR})`);
    await expect.poll(() => area.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('A record year for the walk-in centre.');
    await expectAccessible(page, 'annual report (editing)');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Save text');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => report(page).getByRole('status').allTextContents())
      .toContain('Text for “Introduction” saved.');
    expect(await report(page).textContent()).toContain('A record year for the walk-in centre.');
    expect(await focused(page)).toBe('Edit text (Introduction)');
    await page.reload();
    const introText = report(page).locator('.report-narrative__text').first();
    await expect.poll(() => introText.textContent()).toBe('A record year for the walk-in centre.');

    // Too long a text: the server's refusal shows at the field, which gets focus; nothing saved.
    await report(page).getByRole('button', { name: 'Edit text (Introduction)' }).click();
    await area.fill('x'.repeat(20_001));
    await report(page).getByRole('button', { name: 'Save text' }).click();
    await expect.poll(() => area.getAttribute('aria-invalid')).toBe('true');
    const error = report(page).locator('.report-narrative .field__error');
    expect(await error.textContent()).toMatch(/20,?000/);
    expect(await area.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    expect(await area.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, 'annual report (field error)');
    await report(page).getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await expect.poll(() => introText.textContent()).toBe('A record year for the walk-in centre.');

    // French: the report's words and numbers change, the page's controls stay English.
    const langSelect = page.getByLabel('Language of the report');
    await langSelect.focus();
    await page.keyboard.press('ArrowUp'); // en → fr
    await expect.poll(() => page.url()).toContain('lang=fr');
    await expect
      .poll(() => report(page).locator('h2').textContent())
      .toBe(`Leerwinkel Test Rapport annuel ${YEAR}`);
    expect(await report(page).getAttribute('lang')).toBe('fr');
    await expect.poll(() => total.locator('dd').first().textContent()).toBe(fr(1230));
    expect(await total.locator('dd').nth(1).textContent()).toBe(
      `+230 (${frPercent(0.23)}) par rapport à ${LAST}`,
    );
    expect(await page.getByTestId('contacts-by-type').locator('caption').textContent()).toBe(
      'Contacts par type',
    );
    expect(await page.getByTestId('target-groups').textContent()).toContain('Ukrainiens');
    // The English narrative is not the French one.
    expect(await report(page).textContent()).not.toContain('A record year');
    expect(
      await report(page).getByRole('button', { name: 'Write a text (Introduction)' }).count(),
    ).toBe(1);
    // The buttons name the section in the page's language, not the report's ("Activités …").
    expect(
      await report(page)
        .getByRole('button', { name: 'Write a text (Collective activities)' })
        .count(),
    ).toBe(1);
    await expectAccessible(page, 'annual report (fr)');

    // Downloads: the PDF link answers a PDF with the session cookie.
    const pdf = page.getByRole('link', { name: `Annual report ${YEAR} as PDF` });
    const href = await pdf.getAttribute('href');
    expect(href).toBe(`/api/reports/annual?year=${YEAR}&lang=fr&format=pdf`);
    const answer = await context.request.get(`${url}${href}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('application/pdf');
    expect((await answer.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Printing hides the controls and the navigation, keeps the report and its charts.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.report-controls').isVisible()).toBe(false);
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await report(page).locator('svg.report-chart').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // A year without data: a clear message, not an error.
    await page.getByLabel('Year', { exact: true }).selectOption(String(YEAR - 3));
    await expect
      .poll(() => page.getByTestId('report-empty').textContent())
      .toContain(`Aucune donnée pour ${YEAR - 3}`);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page, 'annual report (empty year)');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows an analyst the narratives without an editor', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, url, ANALYST);
    await page.goto(`${url}/reports/annual?year=${YEAR}&lang=en`);
    await expect
      .poll(() => report(page).locator('.report-narrative__text').first().textContent())
      .toBe('A record year for the walk-in centre.');
    expect(await report(page).getByRole('button').count()).toBe(0);
    await expectAccessible(page, 'annual report (analyst)');
    expect(problems).toEqual([]);
    await context.close();
  });
});
