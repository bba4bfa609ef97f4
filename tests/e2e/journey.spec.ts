import type { Browser } from 'playwright-core';
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

describe.skipIf(!HAS_CHROME)('web app in Chromium', () => {
  let browser: Browser;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  });

  async function server() {
    const started = await startServer();
    servers.push(started);
    return started;
  }

  it('first run, Dutch, a location added by keyboard, the audit log, log-out and log-in again', async () => {
    const { url } = await server();
    const { context, page, problems } = await openPage(browser, 'en-GB');

    // Every address shows the set-up while the installation is empty.
    await page.goto(`${url}/locations`);
    await expectHeading(page, 'Set up Parcours');
    await expectAccessible(page, 'setup');

    await page.getByLabel(/^Name/).fill('Beroepenpunt Test');
    expect(await page.getByLabel('Short name').inputValue()).toBe('beroepenpunt-test');
    await page.getByLabel('Full name').fill('Ada Admin');
    await page.getByLabel('E-mail address').fill('ada@beroepenpunt.example');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set up Parcours' }).click();

    // Logged in on the home page.
    await expectHeading(page, 'Welcome, Ada Admin');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAccessible(page, 'home');

    // Switch to Dutch: remembered for the user, <html lang> follows.
    await page.getByLabel('Language').selectOption('nl');
    await expectHeading(page, 'Welkom, Ada Admin');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    // Locations.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Locaties' })
      .click();
    await expectHeading(page, 'Locaties');
    expect(await page.getByRole('link', { name: 'Locaties' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expectAccessible(page, 'locations (empty)');

    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Locatie toevoegen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Focus starts in the first field: type the name, Tab through the form, submit with Enter.
    await page.keyboard.type('Formtruck Molenbeek');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'formtruck-molenbeek',
    );
    await page.keyboard.press('Tab');
    await dialog.getByLabel('Soort').selectOption('mobile_unit');
    await dialog.getByLabel('Gemeente').selectOption('21012');
    await dialog.getByLabel('Gemeente').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Graaf van Vlaanderenstraat 20, 1080 Sint-Jans-Molenbeek');
    await expectAccessible(page, 'locations (add dialog)');
    await page.keyboard.press('Enter');

    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: 'Locatie “Formtruck Molenbeek” toegevoegd.' })
          .count(),
      )
      .toBe(1);
    const row = page.getByRole('row').filter({ hasText: 'Formtruck Molenbeek' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Sint-Jans-Molenbeek / Molenbeek-Saint-Jean');
    expect(await row.textContent()).toContain('Mobiele unit');
    await expectAccessible(page, 'locations (one row)');

    // The audit log shows the creation, in Dutch.
    await page.getByRole('link', { name: 'Auditlog' }).click();
    await expectHeading(page, 'Auditlog');
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Locatie aangemaakt' }).count())
      .toBe(1);
    expect(
      await page.getByRole('row').filter({ hasText: 'Locatie aangemaakt' }).textContent(),
    ).toContain('Ada Admin');
    await expectAccessible(page, 'audit log');

    // Log out, then back in.
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await expectHeading(page, 'Aanmelden bij Parcours');
    expect(await page.getByRole('status').filter({ hasText: 'U bent afgemeld.' }).count()).toBe(1);
    await expectAccessible(page, 'login (logged out)');

    await page.getByLabel('E-mailadres').fill('ada@beroepenpunt.example');
    await page.getByLabel(/^Wachtwoord/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expectHeading(page, 'Welkom, Ada Admin');
    expect(page.url()).toBe(`${url}/`);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('a bad log-in shows the translated error next to the form, and required fields first', async () => {
    const { url } = await server();
    await setupThroughApi(url, 'lea@leerwinkel.example');
    const { context, page, problems } = await openPage(browser, 'fr-BE');

    await page.goto(`${url}/`);
    await expectHeading(page, 'Se connecter à Parcours');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expectAccessible(page, 'login');

    // Empty submit: client-side required checks, focus on the first invalid field.
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('email');
    expect(await page.locator('.field__error').allTextContents()).toEqual([
      'Obligatoire.',
      'Obligatoire.',
    ]);
    await expectAccessible(page, 'login (required)');

    await page.getByLabel('Adresse e-mail').fill('lea@leerwinkel.example');
    await page.getByLabel('Mot de passe').fill('not the right password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain("L'adresse e-mail ou le mot de passe n'est pas correct.");
    await expectAccessible(page, 'login (bad password)');

    // The language can be switched on a public page; nothing is stored.
    await page.getByLabel('Langue').selectOption('en');
    await expectHeading(page, 'Log in to Parcours');
    expect(await page.getByRole('alert').textContent()).toContain(
      'The e-mail address or password is not correct.',
    );

    expect(problems).toEqual([]);
    await context.close();
  });

  it('set-up with demo data shows the demo password once, then the app', async () => {
    const { url } = await server();
    const { context, page, problems } = await openPage(browser, 'nl-BE');

    await page.goto(`${url}/`);
    await expectHeading(page, 'Parcours instellen');
    await page.getByLabel(/^Naam/).fill('Huis van het Leren');
    await page.getByLabel('Volledige naam').fill('Bram Beheer');
    await page.getByLabel('E-mailadres').fill('bram@leren.example');
    await page.getByLabel(/^Wachtwoord/).fill(PASSWORD);
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
    await page.getByLabel('Laad ook de demogegevens').check();
    await page.getByRole('button', { name: 'Parcours instellen' }).click();

    // The demo is a bulk load (years of the walk-in centre): longer than a page change.
    await expect
      .poll(() => page.locator('main h1').textContent(), { timeout: 240_000 })
      .toBe('Parcours is klaar');
    const password = await page.getByTestId('demo-password').textContent();
    expect(password?.length).toBeGreaterThanOrEqual(16);
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);
    await expectAccessible(page, 'setup (demo accounts)');

    await page.getByRole('button', { name: /Ik heb het wachtwoord genoteerd/ }).click();
    await expectHeading(page, 'Welkom, Bram Beheer');
    expect(await page.getByText(password!).count()).toBe(0);

    // The organisation switcher lists the demo organisations.
    const options = await page
      .getByLabel('Organisatie', { exact: true })
      .locator('option')
      .allTextContents();
    expect(options).toContain('Actiris');
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'Actiris' });
    await expect.poll(() => page.locator('main').textContent()).toContain('U werkt in Actiris');
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Locaties' })
      .click();
    await expectHeading(page, 'Locaties');
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Actiris hoofdzetel' }).count())
      .toBe(1);
    await expectAccessible(page, 'locations (demo)');

    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
  it('every administration page and its dialog pass axe and are reachable from the navigation', async () => {
    const { url } = await server();
    await setupThroughApi(url, 'lea@leerwinkel.example');
    const { context, page, problems } = await openPage(browser, 'en-GB');

    await page.goto(`${url}/login`);
    await page.getByLabel(/^E-mail address/).fill('lea@leerwinkel.example');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectHeading(page, 'Welcome, Lea Admin');

    const nav = page.getByRole('navigation', { name: 'Main' });
    const pages = [
      { link: 'Organisations', heading: 'Organisations', dialog: 'Add an organisation' },
      { link: 'Users', heading: 'Users', dialog: 'Create a user' },
      { link: 'Members', heading: 'Members', dialog: 'Add a member' },
      { link: 'My profile', heading: 'My profile', dialog: null },
    ];
    for (const target of pages) {
      await nav.getByRole('link', { name: target.link }).click();
      await expectHeading(page, target.heading);
      await expect.poll(() => page.locator('main table, main form').count()).toBeGreaterThan(0);
      await expectAccessible(page, target.heading);
      if (target.dialog) {
        await page.getByRole('button', { name: target.dialog }).click();
        const dialog = page.getByRole('dialog', { name: target.dialog });
        await expect.poll(() => dialog.isVisible()).toBe(true);
        // Submitting the empty form shows the client-side errors inside the dialog.
        await dialog.getByRole('button', { name: target.dialog }).click();
        await expect.poll(() => dialog.locator('.field__error').count()).toBeGreaterThan(0);
        await expectAccessible(page, `${target.heading} (dialog with errors)`);
        await page.keyboard.press('Escape');
        await expect.poll(() => dialog.isVisible()).toBe(false);
      }
    }

    await page.goto(`${url}/no-such-page`);
    await expectHeading(page, 'Page not found');
    await expectAccessible(page, 'not found');

    expect(problems).toEqual([]);
    await context.close();
  });
});
