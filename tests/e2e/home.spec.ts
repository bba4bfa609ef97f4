import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const ADMIN = 'lea@leerwinkel.example';

/** The set-up admin's API session (cookie and CSRF header), for fixtures. */
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
  return async <T>(method: string, path: string, body: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<T>;
  };
}

/** The titles of the tiles under a home-page heading. */
function tilesUnder(page: Page, heading: string) {
  return page
    .getByRole('region', { name: heading, exact: true })
    .locator('.tile__title')
    .allTextContents();
}

describe.skipIf(!HAS_CHROME)('home page: each role starts at its daily work', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    await setupThroughApi(server.url, ADMIN);
    const call = await apiAs(server.url, ADMIN);
    const member = (email: string, name: string, language: string, role: string) =>
      call('POST', '/api/members', { email, name, language, password: PASSWORD, roles: [role] });
    await member('chloe@leerwinkel.example', 'Chloé Conseil', 'fr', 'counsellor');
    await member('an@leerwinkel.example', 'An Analist', 'nl', 'analyst');
    await member('cora@leerwinkel.example', 'Cora Coordinator', 'en', 'coordinator');
    // Two more organisations, as after a setup with the demo.
    for (const [slug, name] of [
      ['actiris', 'Actiris'],
      ['jes', 'JES vzw'],
    ])
      await call('POST', '/api/organisations', { slug, name, kind: 'partner' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the admin the organisations one switch away, and switches by keyboard', async () => {
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, server.url, ADMIN);
    expect(await tilesUnder(page, 'Your daily work')).toEqual([
      'Members',
      'Locations',
      'Tags and kinds',
      'Organisations',
      'Users',
    ]);
    const others = page.getByRole('region', { name: 'Your other organisations' });
    await expect
      .poll(() => others.locator('.home-orgs__name').allTextContents())
      .toEqual(['Actiris', 'JES vzw']);
    expect(await others.textContent()).toContain('You can also work in these 2 organisations.');
    expect(await tilesUnder(page, 'More')).toEqual(['Audit log', 'My profile']);
    await expectAccessible(page, 'home (admin)');

    // Tab to "Switch to JES vzw" and press Enter: the page is JES's, the heading has the focus.
    await others.getByRole('button', { name: 'Switch to JES vzw' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('main .page-header__intro').textContent())
      .toContain('You are working in JES vzw');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect
      .poll(() => others.locator('.home-orgs__name').allTextContents())
      .toEqual(['Actiris', 'Leerwinkel Test']);
    // Not a member of JES: the installation admin's work only, the rest under "More".
    expect(await tilesUnder(page, 'Your daily work')).toEqual(['Organisations', 'Users']);
    await expectAccessible(page, 'home (admin, other organisation)');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('leads the counsellor (French) to the front desk and activities; Home and Guichet differ', async () => {
    const { context, page, problems } = await openPage(browser, 'fr-BE');
    await logIn(page, server.url, 'chloe@leerwinkel.example');
    expect(await tilesUnder(page, 'Votre travail au quotidien')).toEqual(['Guichet', 'Activités']);
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    const labels = await nav.getByRole('link').allTextContents();
    expect(labels.slice(0, 2)).toEqual(['Page d’accueil', 'Guichet']);
    expect(labels.some((label) => label.startsWith('Accueil'))).toBe(false);
    // A member of one organisation only: nothing to switch to.
    expect(await page.getByRole('region', { name: 'Vos autres organisations' }).count()).toBe(0);
    await expectAccessible(page, 'home (counsellor, French)');

    await page
      .getByRole('region', { name: 'Votre travail au quotidien' })
      .getByRole('link', { name: /^Guichet/ })
      .click();
    await expectHeading(page, 'Guichet');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leads the analyst (Dutch) and the coordinator (English) to theirs', async () => {
    const analyst = await openPage(browser, 'nl-BE');
    await logIn(analyst.page, server.url, 'an@leerwinkel.example');
    expect(await tilesUnder(analyst.page, 'Uw dagelijks werk')).toEqual([
      'Dashboard',
      'Indicatoren',
      'Jaarrapport',
    ]);
    const nav = analyst.page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect((await nav.getByRole('link').allTextContents())[0]).toBe('Startpagina');
    await expectAccessible(analyst.page, 'home (analyst, Dutch)');
    expect(analyst.problems).toEqual([]);
    await analyst.context.close();

    const coordinator = await openPage(browser, 'en-GB');
    await logIn(coordinator.page, server.url, 'cora@leerwinkel.example');
    expect(await tilesUnder(coordinator.page, 'Your daily work')).toEqual([
      'Dashboard',
      'Questionnaires',
      'Programmes',
    ]);
    await coordinator.page
      .getByRole('region', { name: 'Your daily work' })
      .getByRole('link', { name: /^Questionnaires/ })
      .click();
    await expectHeading(coordinator.page, 'Questionnaires');
    expect(coordinator.problems).toEqual([]);
    await coordinator.context.close();
  });
});

describe.skipIf(!HAS_CHROME)(
  'first run with the demo when the new organisation takes a demo name',
  () => {
    let browser: Browser;
    let server: RunningServer;

    beforeAll(async () => {
      browser = await launchBrowser();
      server = await startServer();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('loads the demo walk-in centre under a free short name, says so, and offers it one switch away (French)', async () => {
      const { context, page, problems } = await openPage(browser, 'fr-BE');
      await page.goto(server.url);
      await expectHeading(page, 'Configurer Parcours');
      await page.getByLabel(/^Nom/).first().fill('Beroepenpunt');
      expect(await page.getByLabel(/^Nom court/).inputValue()).toBe('beroepenpunt');
      await page.getByLabel(/^Nom complet/).fill('Ann Admin');
      await page.getByLabel(/^Adresse e-mail/).fill('ann@beroepenpunt.example');
      await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
      await page.getByLabel(/^Répétez le mot de passe/).fill(PASSWORD);
      await page.getByLabel(/^Charger aussi les données de démonstration/).check();
      await page.getByRole('button', { name: 'Configurer Parcours' }).click();

      // Loading five years of the walk-in centre takes a while.
      await expect
        .poll(() => page.locator('main h1').textContent(), { timeout: 240_000 })
        .toBe('Parcours est prêt');
      const renamed = page.getByRole('status').filter({ hasText: 'autre nom court' });
      await expect.poll(() => renamed.count()).toBe(1);
      expect(await renamed.textContent()).toContain(
        'Votre organisation utilise le nom court beroepenpunt : l’organisation de démonstration « Beroepenpunt / Cité des Métiers Brussel (demo) » est donc chargée entièrement sous beroepenpunt-demo.',
      );
      await expectAccessible(page, 'setup done (demo renamed)');
      await page.getByRole('button', { name: 'J’ai noté le mot de passe — continuer' }).click();

      // Home: the new organisation is empty, the demo organisations are one switch away.
      await expectHeading(page, 'Bienvenue, Ann Admin');
      const others = page.getByRole('region', { name: 'Vos autres organisations', exact: true });
      await expect.poll(() => others.locator('.home-orgs__name').count()).toBe(11);
      await expectAccessible(page, 'home after setup with the demo');
      await others
        .getByRole('button', { name: 'Passer à Beroepenpunt / Cité des Métiers Brussel (demo)' })
        .click();
      await expect
        .poll(() => page.locator('main .page-header__intro').textContent())
        .toContain('Vous travaillez dans Beroepenpunt / Cité des Métiers Brussel (demo)');

      expect(problems).toEqual([]);
      await context.close();
    }, 400_000);
  },
);
