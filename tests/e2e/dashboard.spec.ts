import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn, yearEarlier } from '../../src/core/contacts/dates.ts';
import {
  expectAccessible,
  expectHeading,
  HAS_CHROME,
  launchBrowser,
  openPage,
  PASSWORD,
  setupThroughApi,
  startServer,
  type RunningServer,
} from './helpers.ts';

const EMAIL = 'lea@leerwinkel.example';

/** The server's clock is real: the contacts are placed around today in Brussels. */
const today = todayIn('Europe/Brussels', new Date());
const monthStart = `${today.slice(0, 8)}01`;
const previousMonthStart = `${addDays(monthStart, -1).slice(0, 8)}01`;
const SEEDS = [
  { date: today, type: 'individual_advice', count: 3, theme: 'work', language: 'nl' },
  { date: previousMonthStart, type: 'event', count: 5, municipality: '21015' },
  { date: yearEarlier(today), type: 'individual_advice', count: 2, theme: 'work' },
];
const inYearToDate = (date: string) => date >= `${today.slice(0, 4)}-01-01` && date <= today;
const yearToDate = SEEDS.filter((s) => inYearToDate(s.date)).reduce((n, s) => n + s.count, 0);
const monthName = (date: string) =>
  new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Logs in through the API (the context keeps the cookie) and records the contacts. */
async function seed(context: BrowserContext, url: string) {
  const login = await context.request.post(`${url}/api/auth/login`, {
    data: { email: EMAIL, password: PASSWORD },
  });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  for (const contact of SEEDS) {
    const response = await context.request.post(`${url}/api/contacts`, {
      data: contact,
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}

describe.skipIf(!HAS_CHROME)('contacts dashboard in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    await setupThroughApi(server.url, EMAIL, 'nl');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows totals and charts, switches period by keyboard, downloads a CSV, in Dutch', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'nl-BE');
    await seed(context, url);

    await page.goto(`${url}/dashboard`);
    await expectHeading(page, 'Dashboard');
    const total = page.getByTestId('dashboard-total');
    // The year to date by default, beside the same days a year earlier.
    await expect.poll(() => total.textContent()).toBe(String(yearToDate));
    expect(await page.getByRole('radio', { name: 'Jaar' }).isChecked()).toBe(true);
    const charts = page.locator('main svg[role="img"]');
    await expect.poll(() => charts.count()).toBeGreaterThan(3);
    expect(await charts.first().getAttribute('aria-label')).toMatch(/^Staafdiagram, Contacten/);
    const byType = page.getByRole('region', { name: 'Contacten per type' });
    expect(await byType.locator('svg').getAttribute('aria-label')).toContain(
      'Individueel advies 3 (een jaar eerder 2)',
    );
    await expectAccessible(page, 'dashboard (year)');

    // The figures of a chart as a table, by keyboard.
    const toggle = byType.getByRole('button', { name: 'Cijfers als tabel tonen' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(
      await byType.getByRole('button', { name: 'Tabel verbergen' }).getAttribute('aria-expanded'),
    ).toBe('true');
    const adviceRow = byType.getByRole('row', { name: /Individueel advies/ });
    expect(await adviceRow.textContent()).toMatch(/Individueel advies32\+1\+50\s?%/);
    await expectAccessible(page, 'dashboard (table open)');

    // Month by keyboard: the radios move with the arrow keys, then "previous month".
    await page.getByRole('radio', { name: 'Jaar' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('radio', { name: 'Maand' }).isChecked()).toBe(true);
    await expect.poll(() => page.url()).toContain('period=month');
    await expect.poll(() => total.textContent()).toBe('3');
    await page.getByRole('button', { name: 'Vorige maand' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.dashboard-period__name strong').textContent())
      .toBe(monthName(previousMonthStart));
    await expect.poll(() => total.textContent()).toBe('5');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Vorige maand',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "next month" brings back the current month
    await expect.poll(() => total.textContent()).toBe('3');
    await page.getByRole('button', { name: 'Vorige maand' }).click();
    await expect.poll(() => total.textContent()).toBe('5');

    // The municipality table lists all 19, in Dutch.
    const municipalities = page.getByRole('region', { name: 'Contacten per gemeente' });
    expect(await municipalities.getByRole('row', { name: /Schaarbeek/ }).textContent()).toContain(
      '5',
    );
    expect(await municipalities.locator('tbody tr').count()).toBe(19);

    // Download the type table as CSV and read it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byType.getByRole('link', { name: 'CSV downloaden (Contacten per type)' }).click(),
    ]);
    // Named in the language of the page, like the file's headers.
    expect(download.suggestedFilename()).toMatch(/^contacten-per-type-.*\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toBe(
      '\uFEFFType,Deze periode,Een jaar eerder,Verschil,Verschil (%)\r\nBeurs of evenement,5,0,5,\r\n',
    );

    // A filter lives in the URL and applies at once.
    // the period picker re-renders from the address: click until "Jaar" stays chosen
    const year = page.getByRole('radio', { name: 'Jaar' });
    await expect
      .poll(async () => {
        if (!(await year.isChecked())) await year.click();
        return year.isChecked();
      })
      .toBe(true);
    await page.getByRole('search').getByLabel('Thema').selectOption('work');
    await expect.poll(() => page.url()).toContain('theme=work');
    await expect.poll(() => total.textContent()).toBe('3');
    await page.reload();
    await expect.poll(() => total.textContent()).toBe('3');
    expect(await page.getByRole('search').getByLabel('Thema').inputValue()).toBe('work');
    await expectAccessible(page, 'dashboard (filtered)');

    // Tablet width: no horizontal scrolling of the page.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await expectAccessible(page, 'dashboard (tablet)');

    expect(problems).toEqual([]);
    await context.close();
  });
});
