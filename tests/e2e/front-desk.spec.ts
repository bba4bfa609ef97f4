import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const COUNSELLOR = 'chloe@leerwinkel.example';

/** Calls the API as the set-up admin (cookie session and CSRF header), for test fixtures. */
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

/** The figure in today's tally for one row (a type, or the total). */
function tallyCount(page: Page, label: string) {
  return page
    .getByRole('region', { name: /^(Contacten op|Contacts du|Contacts on)/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell')
    .textContent();
}

async function logIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/login`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('main button[type=submit]').click();
}

function status(page: Page) {
  return page.locator('.front-desk__status').textContent();
}

describe.skipIf(!HAS_CHROME)('front desk and contact list in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    await setupThroughApi(server.url, EMAIL, 'nl');
    const call = await apiAs(server.url, EMAIL);
    await call('POST', '/api/locations', {
      slug: 'onthaal-brussel',
      name: 'Onthaal Brussel',
      kind: 'office',
      municipality: '21004',
    });
    await call('PUT', '/api/contact-tags/ukrainian', {
      labels: { nl: 'Oekraïners', fr: 'Ukrainiens', en: 'Ukrainians' },
    });
    await call('POST', '/api/members', {
      email: COUNSELLOR,
      name: 'Chloé Conseil',
      language: 'fr',
      password: PASSWORD,
      roles: ['counsellor'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records contacts by keyboard, tallies, undoes, and corrects them in the list (Dutch)', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'nl-BE');
    await logIn(page, url, EMAIL);
    await expectHeading(page, 'Welkom, Lea Admin');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Onthaal' })
      .click();
    await expectHeading(page, 'Onthaal');
    await expect.poll(() => tallyCount(page, 'Totaal')).toBe('0');
    await expectAccessible(page, 'front desk (empty)');

    // Theme and language by keyboard: arrow keys move the choice inside each group.
    await page.getByRole('radio', { name: 'Geen thema' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Werken' }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Nederlands' }).isChecked()).toBe(true);

    // "1" records an individual advice at once, with theme, language and the only location.
    await page.keyboard.press('1');
    await expect
      .poll(() => status(page))
      .toMatch(
        /^Geregistreerd \(nr\. 1 om \d{2}:\d{2}\): Individueel advies · Werken · Nederlands — 1 persoon\.$/,
      );
    await expect.poll(() => tallyCount(page, 'Individueel advies')).toBe('1');
    // The same entry again: the confirmation is visibly (and audibly) a new one.
    await page.keyboard.press('1');
    await expect.poll(() => status(page)).toMatch(/^Geregistreerd \(nr\. 2 om /);
    await expect.poll(() => tallyCount(page, 'Individueel advies')).toBe('2');
    await page.keyboard.press('2');
    await expect.poll(() => tallyCount(page, 'Documentatiecentrum')).toBe('1');

    // Typing in the count field is typing, not a shortcut.
    const countField = page.getByRole('spinbutton', { name: 'Aantal personen' });
    await countField.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('3');
    expect(await countField.inputValue()).toBe('3');
    // A target group by keyboard, then "3" from the checkbox: a collective activity of 3 people.
    await page.getByRole('checkbox', { name: 'Oekraïners' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    // The target group is echoed in the confirmation.
    await expect
      .poll(() => status(page))
      .toMatch(
        /^Geregistreerd \(nr\. 4 om \d{2}:\d{2}\): Collectieve activiteit · Werken · Nederlands · Oekraïners — 3 personen\.$/,
      );
    await expect.poll(() => tallyCount(page, 'Collectieve activiteit')).toBe('3');
    await expect.poll(() => tallyCount(page, 'Totaal')).toBe('6');
    expect(await countField.inputValue()).toBe('1');
    expect(await page.getByRole('checkbox', { name: 'Oekraïners' }).isChecked()).toBe(false);

    // My recent entries: undo the last one.
    const recent = page.locator('.recent-list__item');
    await expect.poll(() => recent.count()).toBe(4);
    await expectAccessible(page, 'front desk (four entries)');
    await recent
      .first()
      .getByRole('button', { name: /^Ongedaan maken/ })
      .click();
    await expect
      .poll(() => status(page))
      .toBe(
        'Ongedaan gemaakt: Collectieve activiteit · Werken · Nederlands · Oekraïners — 3 personen.',
      );
    await expect.poll(() => tallyCount(page, 'Totaal')).toBe('3');
    await expect.poll(() => recent.count()).toBe(3);

    // Theme and language are remembered after a reload.
    await page.reload();
    await expectHeading(page, 'Onthaal');
    await expect.poll(() => page.getByRole('radio', { name: 'Werken' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Nederlands' }).isChecked()).toBe(true);
    await expect.poll(() => tallyCount(page, 'Totaal')).toBe('3');

    // The contact list shows the three entries.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Contacten' })
      .click();
    await expectHeading(page, 'Contacten');
    const rows = page.getByRole('region', { name: /registratie/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const first = rows.first();
    expect(await first.textContent()).toContain('Documentatiecentrum');
    expect(await first.textContent()).toContain('Onthaal Brussel');
    expect(await first.textContent()).toContain('Lea Admin');
    await expectAccessible(page, 'contacts');

    // Correct an entry: a future date is refused next to the field, then a new count is saved.
    await first.getByRole('button', { name: /^Wijzigen/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Registratie van .* corrigeren$/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel(/^Datum/).fill('2099-01-01');
    await dialog.getByLabel(/^Personen/).fill('4');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => dialog.locator('.field__error').allTextContents())
      .toEqual(['Deze datum ligt in de toekomst.']);
    await expectAccessible(page, 'contacts (edit dialog with an error)');
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date()),
    );
    await dialog.getByLabel(/^Datum/).fill(today);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'is gecorrigeerd' }).count())
      .toBe(1);
    await expect.poll(() => first.locator('td').nth(1).textContent()).toBe('4');

    // Filter on type, then delete that entry.
    await page.getByLabel('Soort contact').selectOption('documentation_centre');
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(page.url()).toContain('type=documentation_centre');
    await rows
      .first()
      .getByRole('button', { name: /^Verwijderen/ })
      .click();
    const confirm = page.getByRole('dialog', { name: /verwijderen\?$/ });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await expectAccessible(page, 'contacts (delete dialog)');
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'is verwijderd' }).count())
      .toBe(1);
    await expect
      .poll(() => page.locator('.table__empty').textContent())
      .toBe('Geen contacten voor deze filters.');

    // Back at the desk the tally follows.
    await page.getByRole('link', { name: 'Onthaal' }).click();
    await expect.poll(() => tallyCount(page, 'Totaal')).toBe('2');
    await expect.poll(() => tallyCount(page, 'Documentatiecentrum')).toBe('0');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('a counsellor in French on a tablet records by touch and may change only her own entries', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'fr-BE');
    await page.setViewportSize({ width: 768, height: 1024 });
    await logIn(page, url, COUNSELLOR);
    await expectHeading(page, 'Bienvenue, Chloé Conseil');

    await page.getByRole('link', { name: 'Guichet', exact: true }).click();
    await expectHeading(page, 'Guichet');
    await expect.poll(() => tallyCount(page, 'Total')).toMatch(/^\d+$/);
    const before = Number(await tallyCount(page, 'Conseil individuel'));
    // Nothing remembered on this device yet; the only location is chosen by itself.
    expect(await page.getByRole('radio', { name: 'Sans thème' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Lieu').inputValue()).not.toBe('');
    expect(await page.getByText('Vous n’avez encore rien enregistré.').count()).toBe(1);
    await expectAccessible(page, 'front desk (French, tablet)');

    await page.getByRole('radio', { name: 'Choisir' }).check();
    await page.getByLabel('Autre langue').selectOption('ar');
    await page.getByRole('button', { name: 'Une personne de plus' }).click();
    await page.getByRole('button', { name: /Conseil individuel/ }).click();
    await expect
      .poll(() => status(page))
      .toMatch(
        /^Enregistré \(n° 1 à \d{2}:\d{2}\) : Conseil individuel · Choisir · Arabe — 2 personnes\.$/,
      );
    await expect
      .poll(async () => Number(await tallyCount(page, 'Conseil individuel')))
      .toBe(before + 2);
    await expect.poll(() => page.locator('.recent-list__item').count()).toBe(1);

    // In the list, the admin's entries are closed to her; her own can be corrected.
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await expectHeading(page, 'Contacts');
    const rows = page.getByRole('region', { name: /enregistrement/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    const mine = rows.filter({ hasText: 'Chloé Conseil' });
    expect(await mine.getByRole('button', { name: /^Modifier/ }).count()).toBe(1);
    const others = rows.filter({ hasText: 'Lea Admin' });
    expect(await others.getByRole('button').count()).toBe(0);
    expect(await others.first().textContent()).toContain('Plus modifiable');
    await expectAccessible(page, 'contacts (French, tablet)');

    // Only mine.
    await page.getByLabel('Uniquement mes enregistrements').check();
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(page.url()).toContain('mine=true');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('with several locations, takes the last one used or asks once, and remembers it on the device', async () => {
    const { url } = server;
    const call = await apiAs(url, EMAIL);
    for (const [slug, name] of [
      ['antenne-schaarbeek', 'Antenne Schaarbeek'],
      ['antenne-anderlecht', 'Antenne Anderlecht'],
    ])
      await call('POST', '/api/locations', { slug, name, kind: 'office' });
    await call('POST', '/api/members', {
      email: 'sam@leerwinkel.example',
      name: 'Sam Counsellor',
      language: 'en',
      password: PASSWORD,
      roles: ['counsellor'],
    });

    // On a new device, Chloé's place is where she recorded last.
    const chloe = await openPage(browser, 'fr-BE');
    await logIn(chloe.page, url, COUNSELLOR);
    await chloe.page.getByRole('link', { name: 'Guichet', exact: true }).click();
    await expectHeading(chloe.page, 'Guichet');
    const chloeLocation = chloe.page.getByLabel(/^Lieu/);
    await expect
      .poll(async () =>
        chloe.page.locator('.front-desk__location select option:checked').textContent(),
      )
      .toBe('Onthaal Brussel');
    expect(await chloeLocation.getAttribute('aria-invalid')).toBeNull();
    expect(chloe.problems).toEqual([]);
    await chloe.context.close();

    // Sam has recorded nothing yet: the page asks where he works, once.
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, url, 'sam@leerwinkel.example');
    await page.getByRole('link', { name: 'Front desk', exact: true }).click();
    await expectHeading(page, 'Front desk');
    const location = page.getByLabel(/^Location/);
    await expect.poll(() => location.inputValue()).toBe('');
    await expect
      .poll(() => page.getByText('Where do you work today? Choose it once').count())
      .toBe(1);
    await expect.poll(() => tallyCount(page, 'Total')).toMatch(/^\d+$/);
    const total = await tallyCount(page, 'Total');
    await expectAccessible(page, 'front desk (location asked)');

    // A type pressed before choosing records nothing and leads to the question.
    await page.getByRole('button', { name: /Individual advice/ }).focus();
    await page.keyboard.press('1');
    await expect
      .poll(() => page.locator('.front-desk__location .field__error').textContent())
      .toContain('Choose a location first');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('.front-desk__location') !== null),
      )
      .toBe(true);
    expect(await location.getAttribute('aria-invalid')).toBe('true');
    expect(await tallyCount(page, 'Total')).toBe(total);
    await expectAccessible(page, 'front desk (location required)');

    await location.selectOption({ label: 'Antenne Schaarbeek' });
    await page.getByRole('button', { name: /Individual advice/ }).click();
    await expect
      .poll(() => status(page))
      .toMatch(/^Recorded \(no\. 1 at \d{2}:\d{2}\): Individual advice/);
    await expect.poll(() => tallyCount(page, 'Total')).toBe(String(Number(total) + 1));
    expect(await page.locator('.front-desk__location .field__error').count()).toBe(0);

    // Remembered on this device.
    await page.reload();
    await expectHeading(page, 'Front desk');
    await expect
      .poll(() => page.locator('.front-desk__location select option:checked').textContent())
      .toBe('Antenne Schaarbeek');
    expect(await page.getByText('Where do you work today?').count()).toBe(0);
    // The entry carries the place.
    await page.getByRole('link', { name: 'Contacts', exact: true }).click();
    await expectHeading(page, 'Contacts');
    const mine = page.locator('main tbody tr').filter({ hasText: 'Sam Counsellor' });
    await expect.poll(() => mine.count()).toBe(1);
    expect(await mine.textContent()).toContain('Antenne Schaarbeek');

    expect(problems).toEqual([]);
    await context.close();
  });
});
