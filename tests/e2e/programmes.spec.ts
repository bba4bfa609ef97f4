import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressOf } from '../../src/core/programmes/progress.ts';
import {
  expectAccessible,
  expectHeading,
  HAS_CHROME,
  launchBrowser,
  logIn,
  openPage,
  PASSWORD,
  setupThroughApi,
  startServer,
  type RunningServer,
} from './helpers.ts';

const OWNER = 'lea@leerwinkel.example';
const PARTNER = 'piet@jobhuis.example';
const OUTSIDER = 'omar@andere.example';
const NAME = 'NEET youth towards work';

// The server runs on the real clock: the programme runs from 1 January this year to the end of next year.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
const year = Number(today.slice(0, 4));
const START = `${year}-01-01`;
const END = `${year + 1}-12-31`;
const OWNER_CONTACTS = 30;
const PARTNER_CONTACTS = 20;

type Call = (method: string, path: string, body?: unknown) => Promise<unknown>;

/** Calls the API as a user (cookie session and CSRF header), for fixtures. */
async function apiAs(url: string, email: string): Promise<Call> {
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
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : (response.json() as Promise<unknown>);
  };
}

/** A new organisation with one coordinator (who answers in `language`). */
async function organisationWithUser(
  admin: Call,
  slug: string,
  name: string,
  email: string,
  language: string,
) {
  const org = (await admin('POST', '/api/organisations', {
    slug,
    name,
    kind: 'partner',
  })) as { id: string };
  await admin('PUT', '/api/auth/organisation', { organisationId: org.id });
  await admin('POST', '/api/members', {
    email,
    name: `${name} coordinator`,
    language,
    password: PASSWORD,
    roles: ['coordinator'],
  });
  return org.id;
}

/** Text of the focused element's label (or its text), to follow the keyboard. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    const label = element?.labels?.[0]?.textContent;
    return (label ?? element?.textContent ?? '').replace(/\s*\*$/, '').trim();
  });

/** Presses Tab until the focused control is named `name`. */
async function tabTo(page: Page, name: string) {
  for (let presses = 0; presses < 15; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === name) return;
  }
  throw new Error(`Tab never reached “${name}” (at “${await focused(page)}”)`);
}

const statusWith = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text }).count();

const cellTexts = (page: Page, rowHeader: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) })
    .first()
    .getByRole('cell')
    .allTextContents();

describe.skipIf(!HAS_CHROME)('programmes, targets and progress in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let partnerCall: Call;
  let ownerCall: Call;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    await setupThroughApi(server.url, OWNER);
    const admin = await apiAs(server.url, OWNER);
    const own = (await admin('GET', '/api/auth/session')) as {
      currentOrganisation: { id: string };
    };
    await organisationWithUser(admin, 'jobhuis', 'Jobhuis Brussel', PARTNER, 'fr');
    await organisationWithUser(admin, 'andere', 'Andere dienst', OUTSIDER, 'en');
    // Back in the admin's own organisation, which owns the programme.
    await admin('PUT', '/api/auth/organisation', { organisationId: own.currentOrganisation.id });
    ownerCall = await apiAs(server.url, OWNER);
    partnerCall = await apiAs(server.url, PARTNER);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Jobhuis's coordinator (in French) reads the invitation, opens and cancels the decline
   * confirmation, then accepts, all by keyboard; the notice passes axe.
   */
  async function acceptAsPartner() {
    const { context, page, problems } = await openPage(browser, 'fr-BE');
    await logIn(page, server.url, PARTNER);
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Programmes' })
      .click();
    await page.getByRole('link', { name: NAME }).click();
    await expectHeading(page, NAME);
    const notice = page.getByRole('region', {
      name: 'Leerwinkel Test invite votre organisation comme partenaire',
    });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain(
      'en acceptant, vous permettez au propriétaire de voir vos chiffres pour les indicateurs de ce programme (des nombres uniquement)',
    );
    expect(await page.getByRole('article', { name: 'Contacts' }).count()).toBe(0);
    await expect
      .poll(() => page.getByText(/L’avancement s’affiche dès que votre organisation/).count())
      .toBe(1);
    await expectAccessible(page, 'programme (partnership invitation, French)');
    await tabTo(page, 'Refuser le partenariat');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Refuser le partenariat ?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(page, 'decline the partnership (French)');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => focused(page)).toBe('Refuser le partenariat');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focused(page)).toBe('Accepter le partenariat');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusWith(page, 'Partenariat accepté')).toBe(1);
    // The invitation goes once the programme is read again.
    await expect.poll(() => notice.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('article', { name: 'Contacts' }).locator('dl').textContent())
      .toContain('Réalisé50');
    expect(problems).toEqual([]);
    await context.close();
  }

  it('creates a programme by keyboard, sets a target, shows progress; partners only read', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, url, OWNER);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Programmes' })
      .click();
    await expectHeading(page, 'Programmes');
    await expect.poll(() => page.getByRole('region', { name: '0 programmes' }).count()).toBe(1);
    await expectAccessible(page, 'programmes (empty)');

    // The form by keyboard: name, dates, budget, the partner, an ESF+ funder over two years.
    await page.getByRole('link', { name: 'New programme' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'New programme');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // Required fields first: the focus goes to the first one.
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await expect.poll(() => page.locator('main .field__error').count()).toBe(3);
    await expect.poll(() => focused(page)).toBe('Name');
    await expectAccessible(page, 'new programme (required fields)');
    await page.keyboard.type(NAME);
    await tabTo(page, 'Description');
    await page.keyboard.type('Guidance towards work for young people not in education.');
    // Date fields are native (their parts differ per browser and language): filled directly.
    await tabTo(page, 'Start date');
    await page.getByLabel(/^Start date/).fill(START);
    await tabTo(page, 'End date');
    await page.getByLabel(/^End date/).fill(END);
    await tabTo(page, 'Budget (€)');
    await page.keyboard.type('250000');
    await tabTo(page, 'Find an organisation');
    await page.keyboard.type('job');
    await expect.poll(() => page.getByRole('checkbox').count()).toBe(1);
    await tabTo(page, 'Jobhuis Brussel');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText('1 partner chosen.').count()).toBe(1);
    await tabTo(page, 'Add a funder');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Funder');
    await page.keyboard.type('ESF+');
    await tabTo(page, 'Add a year Funder 1');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Year');
    await page.keyboard.type(String(year));
    await tabTo(page, 'Amount (€)');
    await page.keyboard.type('50000');
    await tabTo(page, 'Add a year Funder 1');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Year');
    await page.keyboard.type(String(year + 1));
    await tabTo(page, 'Amount (€)');
    await page.keyboard.type('60000,50');
    await expectAccessible(page, 'new programme (filled in)');
    await page.keyboard.press('Enter');
    await expectHeading(page, NAME);
    await expect.poll(() => statusWith(page, `Programme “${NAME}” created.`)).toBe(1);
    const details = page.locator('main dl').first();
    await expect.poll(() => details.textContent()).toContain('Jobhuis Brussel');
    await expect.poll(() => details.textContent()).toContain('€250,000.00');
    expect(await cellTexts(page, 'ESF+')).toEqual(['€50,000.00', '€60,000.50', '€110,000.50']);
    expect(await cellTexts(page, 'All funders')).toEqual([
      '€50,000.00',
      '€60,000.50',
      '€110,000.50',
    ]);

    // A target on all contacts, by the dialog.
    await page.getByRole('button', { name: 'Add a target' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a target' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => focused(page)).toBe('Indicator');
    await dialog.getByLabel('Indicator').selectOption('contacts_total');
    await dialog.getByLabel(/^Target value/).fill('1000');
    expect(await dialog.getByLabel('Counting from').inputValue()).toBe(START);
    expect(await dialog.getByLabel(/^Deadline/).inputValue()).toBe(END);
    await expectAccessible(page, 'add a target');
    await dialog.getByRole('button', { name: 'Add a target' }).click();
    await expect.poll(() => statusWith(page, 'Target “Contacts” added.')).toBe(1);
    const targets = page.getByRole('region', { name: '1 target' });
    await expect.poll(() => targets.getByRole('row').nth(1).textContent()).toContain('1,000');

    // A deadline before the start: the server's message at the deadline field, which has the focus.
    await page.getByRole('button', { name: 'Add a target' }).click();
    await dialog.getByLabel('Indicator').selectOption('contacts_total');
    await dialog.getByLabel(/^Target value/).fill('100');
    await dialog.getByLabel(/^Deadline/).fill(`${year - 1}-12-31`);
    await dialog.getByRole('button', { name: 'Add a target' }).click();
    const deadline = dialog.getByLabel(/^Deadline/);
    await expect.poll(() => deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.locator('.field__error').allTextContents()).toEqual([
      'The deadline is before the start of the period.',
    ]);
    await expect.poll(() => focused(page)).toBe('Deadline');
    await expectAccessible(page, 'add a target (deadline before start)');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // Contacts in both organisations; the progress adds them up.
    const day = `${today.slice(0, 8)}01`;
    await ownerCall('POST', '/api/contacts', {
      date: day,
      type: 'individual_advice',
      count: OWNER_CONTACTS,
    });
    await partnerCall('POST', '/api/contacts', {
      date: day,
      type: 'individual_advice',
      count: PARTNER_CONTACTS,
    });
    await page.reload();
    await expectHeading(page, NAME);
    // Jobhuis is only invited: none of its figures are read until it accepts.
    const progress = page.getByRole('article', { name: 'Contacts' });
    await expect
      .poll(() => progress.locator('dl').textContent())
      .toContain(`Actual${OWNER_CONTACTS}`);
    expect(await details.textContent()).toContain('Jobhuis Brussel Invited');
    expect(await cellTexts(page, 'Jobhuis Brussel')).toEqual([
      'Invited',
      'Not counted until it accepts',
      '—',
    ]);
    await acceptAsPartner();
    await page.reload();
    await expectHeading(page, NAME);
    await expect.poll(() => details.textContent()).toContain('Jobhuis Brussel Accepted');
    const actual = OWNER_CONTACTS + PARTNER_CONTACTS;
    const expected = progressOf({ target: 1000, actual, start: START, deadline: END, asOf: today });
    const statusWord = { met: 'Met', on_track: 'On track', at_risk: 'At risk', behind: 'Behind' };
    await expect.poll(() => progress.locator('dl').textContent()).toContain(`Actual${actual}`);
    expect(await progress.locator('.target-status').textContent()).toContain(
      statusWord[expected.status],
    );
    expect(await progress.locator('dl').textContent()).toContain(
      `Forecast at the deadline${expected.forecast!.toLocaleString('en-GB')}`,
    );
    expect(await page.getByText(/A target is met once the actual reaches the target/).count()).toBe(
      1,
    );
    expect(await page.getByText(/falls short by less than 10%/).count()).toBe(1);
    expect(await cellTexts(page, 'Leerwinkel Test')).toEqual(['Owner', '30', '60%']);
    expect(await cellTexts(page, 'Jobhuis Brussel')).toEqual(['Accepted', '20', '40%']);
    const chart = progress.locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(
      /^Line chart, Contacts: .*target of 1,000/,
    );
    await progress.getByText('Figures per month').click();
    await expectAccessible(page, 'programme with progress');

    // As of the day before the contacts: nothing done yet.
    const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    await page.getByLabel(/^As of/).fill(dayBefore);
    await page.getByRole('button', { name: 'Show progress' }).click();
    await expect.poll(() => progress.locator('dl').textContent()).toContain('Actual0');
    expect(page.url()).toContain(`asOf=${dayBefore}`);
    await page.getByLabel(/^As of/).fill('');
    await page.getByRole('button', { name: 'Show progress' }).click();
    await expect.poll(() => progress.locator('dl').textContent()).toContain(`Actual${actual}`);

    // A lower target value is met at once; the table and the progress follow.
    await page.getByRole('button', { name: 'Edit Contacts' }).click();
    const editDialog = page.getByRole('dialog', { name: 'Change the target' });
    await editDialog.getByLabel(/^Target value/).fill('40');
    await editDialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => statusWith(page, 'Target “Contacts” saved.')).toBe(1);
    await expect.poll(() => progress.locator('.target-status').textContent()).toContain('Met');
    await expect.poll(() => progress.locator('dl').textContent()).toContain('Target40');
    expect(await progress.locator('.progress-bar__value').first().textContent()).toBe('125%');
    await page.getByRole('button', { name: 'Edit Contacts' }).click();
    await editDialog.getByLabel(/^Target value/).fill('1000');
    await editDialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => progress.locator('dl').textContent()).toContain('Target1,000');

    // The list, searched and filtered; both kept in the address.
    await page.getByRole('link', { name: 'All programmes' }).click();
    await expectHeading(page, 'Programmes');
    const row = page.getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => row.textContent()).toContain('Leerwinkel Test');
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Leerwinkel Test',
      `1 Jan ${year} – 31 Dec ${year + 1}`,
      '1',
      '1',
    ]);
    await page.getByLabel('Name').fill('neet');
    await page.getByLabel('Our organisation’s role').selectOption('partner');
    await page.getByRole('button', { name: 'Show programmes' }).click();
    await expect.poll(() => page.getByRole('region', { name: '0 programmes' }).count()).toBe(1);
    expect(page.url()).toMatch(/q=neet.*role=partner|role=partner.*q=neet/);
    await page.getByLabel('Our organisation’s role').selectOption('owner');
    await page.getByRole('button', { name: 'Show programmes' }).click();
    await expect.poll(() => page.getByRole('region', { name: '1 programme' }).count()).toBe(1);
    await expectAccessible(page, 'programmes (filtered)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the partner the programme read-only, in French', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'fr-BE');
    await logIn(page, url, PARTNER);
    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Programmes' })
      .click();
    await expectHeading(page, 'Programmes');
    const row = page.getByRole('row').filter({ hasText: NAME });
    await expect.poll(() => row.textContent()).toContain('Partenaire');
    expect(await page.getByRole('link', { name: 'Nouveau programme' }).count()).toBe(1);
    await page.getByRole('link', { name: NAME }).click();
    await expectHeading(page, NAME);
    await expect.poll(() => page.getByText('Partenaire · lecture seule').count()).toBe(1);
    expect(await page.getByText(/Votre organisation est partenaire de ce programme/).count()).toBe(
      1,
    );
    for (const name of ['Modifier', 'Supprimer le programme', 'Ajouter un objectif'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    expect(await page.getByRole('link', { name: 'Modifier' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
    const progress = page.getByRole('article', { name: 'Contacts' });
    await expect.poll(() => progress.locator('dl').textContent()).toContain('Réalisé50');
    expect(await page.getByText(/Un objectif est atteint dès que/).count()).toBe(1);
    await expectAccessible(page, 'programme (partner, French)');
    // The edit page refuses too.
    await page.goto(`${page.url()}/edit`);
    await expect.poll(() => page.getByRole('form').count()).toBe(0);
    await expect
      .poll(() => page.getByText(/Votre organisation est partenaire de ce programme/).count())
      .toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the programme from another organisation', async () => {
    const { url } = server;
    const list = (await ownerCall('GET', '/api/programmes')) as { items: { id: string }[] };
    const { context, page } = await openPage(browser, 'en-GB');
    await logIn(page, url, OUTSIDER);
    await page.goto(`${url}/programmes/${list.items[0]!.id}`);
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await page.getByText(NAME).count()).toBe(0);
    await page.goto(`${url}/programmes`);
    await expect.poll(() => page.getByRole('region', { name: '0 programmes' }).count()).toBe(1);
    await context.close();
  });
});
