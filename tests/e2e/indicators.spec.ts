import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/core/contacts/dates.ts';
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
/** The server's clock is real: contacts are recorded today in Brussels (this year). */
const today = todayIn('Europe/Brussels', new Date());

/** The focused element: its label, or its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return '';
    const label = element.labels?.[0]?.textContent?.replace(/\s*\*$/, '').trim();
    return label || element.textContent?.trim() || element.tagName;
  });

/** Presses Tab until the focused element is `name`. */
async function tabTo(page: Page, name: string) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === name) return;
  }
  throw new Error(`Tab never reached “${name}” (at “${await focused(page)}”)`);
}

const group = (scope: Locator | Page, name: string) =>
  scope.getByRole('group', { name, exact: true });
const invalid = (field: Locator) => field.getAttribute('aria-invalid');

/** Logs the context in through the API; returns a poster of JSON with the CSRF header. */
async function apiSession(context: BrowserContext, url: string) {
  const login = await context.request.post(`${url}/api/auth/login`, {
    data: { email: EMAIL, password: PASSWORD },
  });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    async send(method: 'post' | 'patch' | 'put', path: string, data: object, status: number) {
      const response = await context.request[method](`${url}${path}`, { data, headers });
      expect(response.status(), await response.text()).toBe(status);
      return (await response.json()) as Record<string, unknown>;
    },
  };
}

describe.skipIf(!HAS_CHROME)('indicators in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    await setupThroughApi(server.url, EMAIL);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('builds an indicator by keyboard, shows field errors, its value by theme, in French', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'en-GB');
    const api = await apiSession(context, url);
    const contact = (count: number, theme: string, tags: string[]) =>
      api.send(
        'post',
        '/api/contacts',
        { date: today, type: 'individual_advice', count, theme, tags },
        201,
      );
    // One Ukrainian visitor first: the tag then shows among the filter's values.
    await contact(2, 'work', ['ukrainian']);
    await contact(4, 'work', []);

    // The list: built-in indicators, described in words.
    await page.goto(`${url}/indicators`);
    await expectHeading(page, 'Indicators');
    const total = page.getByRole('row').filter({ hasText: 'contacts_total' });
    await expect.poll(() => total.count()).toBe(1);
    expect(await total.textContent()).toContain('Built-in');
    await expectAccessible(page, 'indicator list');

    // The builder, by keyboard; the French name is left out at first.
    await page.getByRole('link', { name: 'New indicator' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'New indicator');
    await expectAccessible(page, 'indicator builder');
    await tabTo(page, 'Code');
    await page.keyboard.type('Ukrainian Visitors');
    const names = group(page, 'Name');
    await tabTo(page, 'Dutch');
    await page.keyboard.type('Oekraïense bezoekers');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('English');
    await page.keyboard.type('Ukrainian visitors');
    await tabTo(page, 'Unit');
    await page.keyboard.type('people');
    await expect.poll(() => page.getByLabel(/^Unit/).inputValue()).toBe('people');
    expect(await group(page, 'Source').getByLabel('Contacts').isChecked()).toBe(true);
    expect(await page.getByLabel(/^Measure/).inputValue()).toBe('sum');
    await tabTo(page, 'Add a filter');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Field');
    await page.keyboard.type('Target');
    const filter = group(page, 'Filter 1');
    await expect.poll(() => filter.getByLabel(/^Field/).inputValue()).toBe('tag');
    await tabTo(page, 'ukrainian');
    await page.keyboard.press('Space');
    const breakdowns = group(page, 'It may be shown by');
    await tabTo(page, 'Theme');
    await page.keyboard.press('Space');
    expect(await breakdowns.getByLabel('Theme').isChecked()).toBe(true);
    // Preview (this year): the two Ukrainian visitors.
    await tabTo(page, 'Preview this year');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('indicator-preview').textContent()).toBe('2');

    // Saving: the missing French name is caught at its field, which takes the focus.
    await tabTo(page, 'Create the indicator');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('French');
    expect(await invalid(names.getByLabel('French'))).toBe('true');
    expect(await names.locator('.field__error').allTextContents()).toEqual(['Required.']);
    await expectAccessible(page, 'indicator builder with errors');
    await page.keyboard.type('Visiteurs ukrainiens');
    // The server refuses the code (capitals, a space): shown at the code field, focused.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Code');
    expect(await invalid(page.getByLabel(/^Code/))).toBe('true');
    expect(await page.locator('.field__error').allTextContents()).toEqual([
      'Use 2 to 60 lower-case letters, digits or underscores, starting with a letter.',
    ]);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('ukrainian_visitors');
    await page.keyboard.press('Enter');

    // Its value page: this year, then by theme after two more Ukrainian visitors.
    await expectHeading(page, 'Ukrainian visitors');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'created' }).count())
      .toBe(1);
    expect(page.url()).toBe(`${url}/indicators/values/ukrainian_visitors`);
    await contact(3, 'learn', ['ukrainian']);
    await contact(2, 'work', ['ukrainian', 'newcomer']);
    await page.reload();
    const figure = page.getByTestId('indicator-total');
    await expect.poll(() => figure.textContent()).toBe('7');
    expect(await page.getByRole('button', { name: 'This year' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const details = page.locator('.indicator-details');
    await expect.poll(() => details.textContent()).toContain('Target group: ukrainian');
    expect(await details.textContent()).toContain('Sum of people');
    await page.getByLabel('Break down by').focus();
    await page.keyboard.type('Theme');
    const byTheme = page.getByRole('table', { name: 'By Theme' });
    await expect.poll(() => byTheme.getByRole('row').count()).toBe(3);
    // Largest first; the bars are drawings, the figures are the table's text.
    expect(await byTheme.getByRole('row').allTextContents()).toEqual([
      'ThemeValue (people)',
      'Work4',
      'Learn3',
    ]);
    expect(page.url()).toContain('breakdown=theme');
    await expectAccessible(page, 'indicator value by theme');
    // Last year: nothing.
    await page.getByRole('button', { name: 'Last year' }).click();
    await expect.poll(() => figure.textContent()).toBe('0');
    // A reversed period in the address: the server's refusal, and no figure.
    await page.goto(`${url}/indicators/values/ukrainian_visitors?from=2026-05-01&to=2026-01-01`);
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('alert').textContent()).toMatch(/^Some fields are not valid\./);
    expect(await figure.count()).toBe(0);

    // The list finds it by a word of its name.
    await page.getByRole('link', { name: 'All indicators' }).click();
    await expectHeading(page, 'Indicators');
    await page.getByLabel(/^Name or code/).fill('ukrain');
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    const own = page.getByRole('row').filter({ hasText: 'ukrainian_visitors' });
    expect(await own.textContent()).toMatch(
      /Ukrainian visitors.*people.*Contacts.*Sum of people.*Target group: ukrainian.*Own/,
    );

    // Editing: the code stays, the ticked value is kept, a description is added.
    await own.getByRole('link', { name: 'Edit Ukrainian visitors' }).click();
    await expectHeading(page, 'Edit “Ukrainian visitors”');
    const filterAgain = group(page, 'Filter 1');
    await expect.poll(() => filterAgain.getByLabel('ukrainian').isChecked()).toBe(true);
    expect(await page.getByLabel(/^Code/).count()).toBe(0);
    await group(page, 'Description').getByLabel('English').fill('People from Ukraine we helped.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectHeading(page, 'Ukrainian visitors');
    await expect
      .poll(() => page.locator('.page-header__intro').textContent())
      .toBe('People from Ukraine we helped.');

    // In French: labels, units, fields and the page itself.
    await api.send('patch', '/api/me', { language: 'fr' }, 200);
    await page.goto(`${url}/indicators?q=ukrain`);
    await expectHeading(page, 'Indicateurs');
    const ownFr = page.getByRole('row').filter({ hasText: 'ukrainian_visitors' });
    await expect
      .poll(() => ownFr.textContent())
      .toMatch(
        /Visiteurs ukrainiens.*personnes.*Contacts.*Somme des personnes.*Public cible : ukrainian.*Propre/,
      );
    await page.getByRole('link', { name: 'Visiteurs ukrainiens', exact: true }).click();
    await expectHeading(page, 'Visiteurs ukrainiens');
    await expect.poll(() => figure.textContent()).toBe('7');
    expect(await page.getByLabel('Ventiler par').locator('option:checked').textContent()).toBe(
      'Pas de ventilation',
    );
    await expectAccessible(page, 'indicator value in French');

    // A programme target uses it: deleting is refused, with the reason in French.
    const programme = await api.send(
      'post',
      '/api/programmes',
      {
        name: 'Accueil Ukraine',
        periodStart: `${today.slice(0, 4)}-01-01`,
        periodEnd: `${today.slice(0, 4)}-12-31`,
      },
      201,
    );
    await api.send(
      'post',
      `/api/programmes/${String(programme.id)}/targets`,
      { indicator: 'ukrainian_visitors', target: 100, deadline: `${today.slice(0, 4)}-12-31` },
      201,
    );
    await page.getByRole('button', { name: 'Supprimer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer cet indicateur ?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Supprimer l’indicateur' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Cet indicateur est utilisé par 1 objectif de programme ; supprimez-les d’abord.');
    await expectAccessible(page, 'refused deletion');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // Another organisation neither lists nor finds it.
    const other = await api.send(
      'post',
      '/api/organisations',
      { slug: 'andere', name: 'Andere dienst', kind: 'learning_guidance' },
      201,
    );
    await api.send('put', '/api/auth/organisation', { organisationId: other.id }, 200);
    await page.goto(`${url}/indicators/values/ukrainian_visitors`);
    await expectHeading(page, 'Indicateur introuvable');
    await page.goto(`${url}/indicators?q=ukrain`);
    await expectHeading(page, 'Indicateurs');
    await expect
      .poll(() => page.getByRole('table').textContent())
      .toContain('Aucun indicateur ne correspond.');

    expect(problems).toEqual([]);
    await context.close();
  });
});
