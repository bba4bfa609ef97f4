import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectHeading,
  HAS_CHROME,
  launchBrowser,
  logIn,
  csvFile,
  tabToText,
  openPage,
  setupThroughApi,
  startServer,
  type RunningServer,
} from './helpers.ts';

const EMAIL = 'lea@leerwinkel.example';

describe.skipIf(!HAS_CHROME)('contact import in Chromium', () => {
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

  it('imports a small file chosen and sent by keyboard, then shows the report', async () => {
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, server.url, EMAIL);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await expectHeading(page, 'Import contacts');
    await expectAccessible(page, 'import (empty)');

    // Submitting without a file asks for one and puts the focus on the picker.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-file');
    expect(await page.locator('.field__error').textContent()).toBe('Choose a CSV file first.');

    await page
      .getByLabel('CSV file')
      .setInputFiles(
        csvFile(
          'contacts.csv',
          'date;type;count;theme;tags;activity;external_id\n' +
            '03/02/2025;individual_advice;1;work;ukrainian;;E-1\n' +
            '04/02/2025;collective_activity;9;learn;;WS-1;E-2\n',
        ),
      );
    expect(await page.getByText('Chosen: contacts.csv').count()).toBe(1);
    await tabToText(page, 'Import');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The import is done.' }).count())
      .toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const summary = page.getByLabel('Figures of the import');
    expect(await summary.textContent()).toContain('Added2');
    expect(await summary.textContent()).toContain('New tagsukrainian');
    expect(await summary.textContent()).toContain('New activitiesWS-1');
    expect(await page.getByText('No problems found.').count()).toBe(1);
    await expectAccessible(page, 'import (report)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every problem of a bad file with line, column and reason, in French', async () => {
    const { context, page, problems } = await openPage(browser, 'fr-BE');
    await logIn(page, server.url, EMAIL);
    await page.getByLabel('Language').selectOption('fr');
    await page.goto(`${server.url}/import`);
    await expectHeading(page, 'Importer des contacts');

    await page
      .getByLabel('Fichier CSV')
      .setInputFiles(
        csvFile(
          'mauvais.csv',
          'date,type,count\n2025-02-30,individual_advice,1\n2025-01-05,coffee,0\n2025-01-06,event,2\n',
        ),
      );
    await page.getByLabel('Ignorer les lignes non valides').check();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    const table = page.getByRole('table', { name: 'Problèmes trouvés' });
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    const rows = await table.getByRole('row').allTextContents();
    expect(rows[1]).toContain('2date');
    expect(rows[1]).toContain('« 2025-02-30 » n’est pas une date existante');
    expect(rows[2]).toContain('Type de contact inconnu « coffee »');
    expect(rows[3]).toContain('Doit être un nombre entier d’au moins 1.');
    const summary = page.getByLabel('Chiffres de l’import');
    expect(await summary.textContent()).toContain('Ajoutées1');
    expect(await summary.textContent()).toContain('Ignorées (non valides)2');
    expect(
      await page
        .getByRole('link', { name: 'Télécharger les problèmes (CSV)' })
        .getAttribute('href'),
    ).toMatch(/^blob:/);
    await expectAccessible(page, 'import (errors)');

    // A file in the wrong format: nothing imported, the reason on the header line.
    await page.getByLabel('Fichier CSV').setInputFiles(csvFile('tab.csv', 'date\ttype\tcount\n'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Rien n’a été importé' }).count())
      .toBe(1);
    expect(await table.textContent()).toContain('ni virgule ni point-virgule');
    expect(problems).toEqual([]);
    await context.close();
  });
});
