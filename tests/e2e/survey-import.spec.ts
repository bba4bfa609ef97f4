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

describe.skipIf(!HAS_CHROME)('questionnaire answers import in Chromium', () => {
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

  it('imports paper answers into the visitor profile by keyboard and shows the report', async () => {
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, server.url, EMAIL);
    await page.goto(`${server.url}/surveys/import`);
    await expectHeading(page, 'Import answers');
    // The format help lists the visitor profile's columns and answer keys.
    const help = page.locator('#survey-import-format');
    await expect.poll(() => help.textContent()).toContain('highest_diploma');
    expect(await help.textContent()).toContain('upper_secondary');
    expect(await page.getByRole('link', { name: /How the file must look/ }).count()).toBe(1);
    await expectAccessible(page, 'survey import (empty)');

    // Without a file: asked for one, the focus on the picker.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('survey-import-file');

    await page
      .getByLabel('CSV file')
      .setInputFiles(
        csvFile(
          'paper.csv',
          'submitted_at;gender;highest_diploma;municipality;how_heard;external_id\n' +
            '03/02/2025;female;upper_secondary;1080;internet|school;PAPER-1\n' +
            '2025-02-04 15:20;male;higher;21009;;PAPER-2\n',
        ),
      );
    expect(await page.getByText('Chosen: paper.csv').count()).toBe(1);
    await tabToText(page, 'Import');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The import is done.' }).count())
      .toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const summary = page.getByLabel('Figures of the import');
    expect(await summary.textContent()).toContain('Added2');
    expect(await summary.textContent()).not.toContain('Updated');
    expect(await page.getByText('No problems found.').count()).toBe(1);
    await expectAccessible(page, 'survey import (report)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists each problem with its line, column and reason, in French', async () => {
    const { context, page, problems } = await openPage(browser, 'fr-BE');
    await logIn(page, server.url, EMAIL);
    await page.getByLabel('Language').selectOption('fr');
    await page.goto(`${server.url}/surveys/import`);
    await expectHeading(page, 'Importer des réponses');

    await page
      .getByLabel('Fichier CSV')
      .setInputFiles(
        csvFile(
          'mauvais.csv',
          'submitted_at,gender,municipality\n2025-02-30,female,1000\n2025-01-05,femme,1040\n2025-01-06,male,1180\n',
        ),
      );
    await page.getByLabel('Ignorer les lignes non valides').check();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();

    const table = page.getByRole('table', { name: 'Problèmes trouvés' });
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    const rows = await table.getByRole('row').allTextContents();
    expect(rows[1]).toContain('2submitted_at');
    expect(rows[1]).toContain('« 2025-02-30 » n’est ni une date ni une date avec heure');
    expect(rows[2]).toContain('3gender');
    expect(rows[2]).toContain('« femme » n’est pas un choix de cette question');
    expect(rows[3]).toContain('3municipality');
    expect(rows[3]).toContain('1040');
    const summary = page.getByLabel('Chiffres de l’import');
    expect(await summary.textContent()).toContain('Ajoutées1');
    expect(await summary.textContent()).toContain('Ignorées (non valides)2');
    await expectAccessible(page, 'survey import (errors)');

    // An unknown column: nothing imported, the column named.
    await page
      .getByLabel('Fichier CSV')
      .setInputFiles(csvFile('colonnes.csv', 'submitted_at,pointure\n2025-01-06,42\n'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Rien n’a été importé' }).count())
      .toBe(1);
    expect(await table.textContent()).toContain('pointure');
    expect(problems).toEqual([]);
    await context.close();
  });
});
