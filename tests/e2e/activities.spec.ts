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

const TRIP = 'Formtruck at Clemenceau market';
const SESSION = 'Info session: studying in Flanders';

async function logIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/login`);
  await page.getByLabel(/^E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expectHeading(page, 'Welcome, Lea Admin');
}

/** Text of the focused element's label, to follow the keyboard through a form. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent?.replace(/\s*\*$/, '').trim() ?? element?.tagName;
  });

/** Presses Tab until the field labelled `label` has the focus (date and time fields have parts). */
async function tabTo(page: Page, label: string) {
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab');
    if ((await focusedLabel(page)) === label) return;
  }
  throw new Error(`Tab never reached “${label}” (at “${await focusedLabel(page)}”)`);
}

const statusWith = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: text }).count();

describe.skipIf(!HAS_CHROME)('activities and contact settings in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    await setupThroughApi(server.url, 'lea@leerwinkel.example');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('plans a Formtruck trip by keyboard, records attendance, cancels, filters, adds a tag', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, url, 'lea@leerwinkel.example');

    const nav = page.getByRole('navigation', { name: 'Main' });
    const main = page.locator('main');
    await nav.getByRole('link', { name: 'Activities' }).click();
    await expectHeading(page, 'Activities');
    await expect.poll(() => page.locator('main table').count()).toBe(1);
    await expectAccessible(page, 'activities (empty)');

    // Plan the trip by keyboard: the link, then Tab from field to field, Enter to submit.
    await page.getByRole('link', { name: 'Plan an activity' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'Plan an activity');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(page, 'Kind');
    await page.getByLabel('Kind').selectOption('outreach_trip');
    await tabTo(page, 'Title');
    await page.keyboard.type(TRIP);
    await tabTo(page, 'Date');
    await expect
      .poll(() => page.getByLabel(/^Date( \*)?$/).inputValue())
      .toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await tabTo(page, 'Start time');
    await page.keyboard.type('0900A'); // the A (AM) is for a 12-hour clock
    await tabTo(page, 'End time');
    await page.keyboard.type('1230P');
    await tabTo(page, 'Municipality');
    await main.getByLabel('Municipality').selectOption('21001');
    await tabTo(page, 'Neighbourhood or address');
    await page.keyboard.type('Clemenceau');
    await tabTo(page, 'Language');
    await main.getByLabel('Language', { exact: true }).selectOption('fr');
    await tabTo(page, 'Partner organisation');
    await page.keyboard.type('JES vzw');
    await tabTo(page, 'Capacity');
    await page.keyboard.type('40');
    await expectAccessible(page, 'plan an activity');
    await page.keyboard.press('Enter');

    await expectHeading(page, TRIP);
    await expect.poll(() => statusWith(page, `Activity “${TRIP}” saved.`)).toBe(1);
    const details = page.locator('main dl');
    await expect.poll(() => details.textContent()).toContain('Planned');
    await expect.poll(() => details.textContent()).toContain('Formtruck trip (Outreach trip)');
    await expect.poll(() => details.textContent()).toContain('Anderlecht');
    await expect.poll(() => details.textContent()).toMatch(/09:00\s*–\s*12:30/);
    await expectAccessible(page, 'activity (planned)');

    // Two attendance lines: the people reached, in French, then a few in Dutch.
    await page.getByLabel(/^People reached/).fill('14');
    await page.getByRole('button', { name: 'Add attendance' }).click();
    await expect.poll(() => statusWith(page, 'Recorded: 14 people reached.')).toBe(1);
    await page.getByLabel(/^People reached/).fill('6');
    await page
      .getByRole('form', { name: 'Record attendance' })
      .getByLabel('Language', { exact: true })
      .selectOption('nl');
    await page.getByRole('button', { name: 'Add attendance' }).click();
    await expect.poll(() => statusWith(page, 'Recorded: 6 people reached.')).toBe(1);
    // The next line starts from the activity again: its language (French), no target group.
    const attendanceForm = page.getByRole('form', { name: 'Record attendance' });
    await expect
      .poll(() => attendanceForm.getByLabel('Language', { exact: true }).inputValue())
      .toBe('fr');
    await expect.poll(() => details.textContent()).toContain('Held');
    await expect.poll(() => details.textContent()).toContain('20 people reached (2 lines)');
    await expect
      .poll(() => page.getByRole('region', { name: 'Attendance lines (2)' }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /^Remove/ }).count()).toBe(2);
    await expectAccessible(page, 'activity (held, two lines)');

    // Cancelling is refused while it has attendance: the translated 409, in the dialog.
    await page.getByRole('button', { name: 'Cancel the activity' }).click();
    const cancelDialog = page.getByRole('dialog', { name: 'Cancel this activity?' });
    await expect.poll(() => cancelDialog.isVisible()).toBe(true);
    await cancelDialog.getByRole('button', { name: 'Cancel the activity' }).click();
    await expect
      .poll(() => cancelDialog.getByRole('alert').textContent())
      .toBe('This activity already has attendance (20 people); remove it first.');
    await expectAccessible(page, 'cancel refused');
    await page.keyboard.press('Escape');
    await expect.poll(() => cancelDialog.isVisible()).toBe(false);
    await expect.poll(() => details.textContent()).toContain('Held');

    // Plan a second activity and cancel it.
    await page.getByRole('link', { name: 'All activities' }).click();
    await expectHeading(page, 'Activities');
    await page.getByRole('link', { name: 'Plan an activity' }).click();
    await expectHeading(page, 'Plan an activity');
    // Required fields first.
    await page.getByRole('button', { name: 'Plan the activity' }).click();
    await expect.poll(() => page.locator('.field__error').count()).toBe(3);
    await expect.poll(() => focusedLabel(page)).toBe('Kind');
    await expectAccessible(page, 'plan (required fields)');
    await page.getByLabel('Kind').selectOption('info_session');
    await page.getByLabel('Title').fill(SESSION);
    await page.getByLabel('Start time').fill('14:00');
    await page.getByLabel('End time').fill('13:00');
    await page.getByRole('button', { name: 'Plan the activity' }).click();
    await expect
      .poll(() => page.locator('.field__error').allTextContents())
      .toEqual(['The end is before the start.']);
    await page.getByLabel('End time').fill('16:00');
    await page.getByRole('button', { name: 'Plan the activity' }).click();
    await expectHeading(page, SESSION);
    await page.getByRole('button', { name: 'Cancel the activity' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this activity?' });
    await dialog.getByRole('button', { name: 'Cancel the activity' }).click();
    await expect.poll(() => statusWith(page, `Activity “${SESSION}” cancelled.`)).toBe(1);
    await expect.poll(() => details.textContent()).toContain('Cancelled');
    await expect.poll(() => page.getByRole('button', { name: 'Add attendance' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await expectAccessible(page, 'activity (cancelled)');

    // The list, filtered by status; the filters live in the address.
    await page.getByRole('link', { name: 'All activities' }).click();
    await expectHeading(page, 'Activities');
    await expect.poll(() => page.getByRole('region', { name: '2 activities' }).count()).toBe(1);
    await page.getByLabel('Status').selectOption('held');
    await page.getByRole('button', { name: 'Show activities' }).click();
    await expect.poll(() => page.getByRole('region', { name: '1 activity' }).count()).toBe(1);
    expect(page.url()).toContain('status=held');
    const tripRow = page.getByRole('row').filter({ hasText: TRIP });
    await expect.poll(() => tripRow.textContent()).toContain('Held');
    await expect.poll(() => tripRow.textContent()).toContain('20 / 40');
    await expect.poll(() => tripRow.textContent()).toContain('French');
    await page.getByLabel('Status').selectOption('cancelled');
    await page.getByRole('button', { name: 'Show activities' }).click();
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: SESSION }).textContent())
      .toContain('Cancelled');
    await expect.poll(() => page.getByRole('row').filter({ hasText: TRIP }).count()).toBe(0);
    await expectAccessible(page, 'activities (filtered)');
    await page.reload();
    await expectHeading(page, 'Activities');
    await expect.poll(() => page.getByLabel('Status').inputValue()).toBe('cancelled');

    // A cancelled activity without attendance can be deleted.
    await page.getByRole('link', { name: SESSION }).click();
    await expectHeading(page, SESSION);
    await page.getByRole('button', { name: 'Delete' }).click();
    await page
      .getByRole('dialog', { name: 'Delete this activity?' })
      .getByRole('button', { name: 'Delete the activity' })
      .click();
    await expectHeading(page, 'Activities');
    await expect.poll(() => statusWith(page, `Activity “${SESSION}” deleted.`)).toBe(1);
    await expect.poll(() => page.getByRole('region', { name: '1 activity' }).count()).toBe(1);

    // Contact settings: a target group with its labels, a kind switched off.
    await nav.getByRole('link', { name: 'Tags and kinds' }).click();
    await expectHeading(page, 'Target groups and activity kinds');
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'VR orientation' }).count())
      .toBe(1);
    await expectAccessible(page, 'contact settings');
    await page.getByRole('button', { name: 'Add a target group' }).click();
    const tagDialog = page.getByRole('dialog', { name: 'Add a target group' });
    await expect.poll(() => tagDialog.isVisible()).toBe(true);
    await page.keyboard.type('Ukrainian');
    await tagDialog.getByRole('button', { name: 'Add a target group' }).click();
    await expect
      .poll(() => tagDialog.locator('.field__error').textContent())
      .toContain('lower-case letters');
    await tagDialog.getByLabel('Tag').fill('ukrainian');
    await tagDialog.getByLabel('Dutch label').fill('Oekraïners');
    await tagDialog.getByLabel('French label').fill('Ukrainiens');
    await tagDialog.getByLabel('English label').fill('Ukrainians');
    await expectAccessible(page, 'add a target group');
    await tagDialog.getByRole('button', { name: 'Add a target group' }).click();
    await expect.poll(() => statusWith(page, 'Target group “ukrainian” added.')).toBe(1);
    const tagRow = page.getByRole('row').filter({ hasText: 'ukrainian' });
    await expect.poll(() => tagRow.textContent()).toContain('Oekraïners');
    await expect.poll(() => tagRow.textContent()).toContain('Ukrainiens');
    await page.getByRole('button', { name: 'Switch off VR orientation' }).click();
    await expect.poll(() => statusWith(page, '“VR orientation” switched off.')).toBe(1);
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'VR orientation' }).textContent())
      .toContain('Off');
    await page.getByRole('button', { name: 'Add an activity kind' }).click();
    const kindDialog = page.getByRole('dialog', { name: 'Add an activity kind' });
    await kindDialog.getByLabel(/^Code/).fill('cv_clinic');
    await kindDialog.getByLabel(/^Category/).selectOption('collective');
    await kindDialog.getByLabel('Dutch label').fill('CV-kliniek');
    await kindDialog.getByLabel('French label').fill('Permanence CV');
    await kindDialog.getByLabel('English label').fill('CV clinic');
    await kindDialog.getByRole('button', { name: 'Add an activity kind' }).click();
    await expect.poll(() => statusWith(page, 'Activity kind “CV clinic” added.')).toBe(1);
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'cv_clinic' }).textContent())
      .toContain('Our own');
    await expectAccessible(page, 'contact settings (tag and kind added)');

    // The tag is offered when recording attendance; the switched-off kind is not offered.
    await nav.getByRole('link', { name: 'Activities' }).click();
    await page.getByRole('link', { name: TRIP }).click();
    await expectHeading(page, TRIP);
    // 25 more would make 45 for a capacity of 40: asked first, nothing recorded meanwhile.
    const count = page.getByLabel(/^People reached/);
    await count.fill('25');
    await page.getByLabel('Ukrainians').check();
    await page.getByRole('button', { name: 'Add attendance' }).click();
    const capacityDialog = page.getByRole('dialog', { name: 'More people than the capacity?' });
    await expect.poll(() => capacityDialog.isVisible()).toBe(true);
    expect(await capacityDialog.textContent()).toContain(
      'This brings the attendance to 45, above the activity’s capacity of 40.',
    );
    await expectAccessible(page, 'attendance above the capacity');
    await capacityDialog.getByRole('button', { name: 'Change the number' }).click();
    await expect.poll(() => capacityDialog.isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('count');
    expect(await details.textContent()).toContain('20 people reached (2 lines)');
    // Confirmed by keyboard, it is recorded; the next line starts without the target group.
    await page.keyboard.press('Enter');
    await expect.poll(() => capacityDialog.isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Yes, record them');
    await page.keyboard.press('Enter');
    await expect.poll(() => capacityDialog.isVisible()).toBe(false);
    await expect.poll(() => details.textContent()).toContain('45 people reached (3 lines)');
    expect(await page.getByLabel('Ukrainians').isChecked()).toBe(false);
    expect(await count.inputValue()).toBe('');
    const tagLine = page.getByRole('row').filter({ hasText: 'Ukrainians' });
    // the lines list reloads after the activity: wait for it
    await expect.poll(() => tagLine.count()).toBe(1);
    // A line recorded by mistake is removed again.
    await tagLine.getByRole('button', { name: /^Remove/ }).click();
    await page
      .getByRole('dialog', { name: 'Remove this attendance line?' })
      .getByRole('button', { name: 'Remove the line' })
      .click();
    await expect.poll(() => statusWith(page, 'Attendance line of 25 removed.')).toBe(1);
    await expect.poll(() => details.textContent()).toContain('20 people reached (2 lines)');
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Ukrainians' }).count())
      .toBe(0);
    await page.getByRole('link', { name: 'All activities' }).click();
    await page.getByRole('link', { name: 'Plan an activity' }).click();
    await expectHeading(page, 'Plan an activity');
    const kinds = await page.getByLabel('Kind').locator('option').allTextContents();
    expect(kinds).toContain('Formtruck trip');
    expect(kinds).not.toContain('VR orientation');
    expect(kinds).toContain('CV clinic');

    // At tablet width the form fits without scrolling sideways.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
      .toBe(true);
    await expectAccessible(page, 'plan an activity (tablet)');

    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the list and an activity in French', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, url, 'lea@leerwinkel.example');
    await page.getByLabel('Language').selectOption('fr');
    await expectHeading(page, 'Bienvenue, Lea Admin');

    await page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Activités' })
      .click();
    await expectHeading(page, 'Activités');
    const row = page.getByRole('row').filter({ hasText: TRIP });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.textContent()).toContain('Tenue');
    await expect.poll(() => row.textContent()).toContain('Sortie du Formtruck');
    await expect
      .poll(() => page.getByRole('columnheader').allTextContents())
      .toContain('Personnes touchées');
    await expectAccessible(page, 'activités');

    await page.getByRole('link', { name: TRIP }).click();
    await expectHeading(page, TRIP);
    await expect
      .poll(() => page.locator('main dl').textContent())
      .toContain('20 personnes touchées (2 lignes)');
    await page.getByRole('button', { name: 'Annuler l’activité' }).click();
    const dialog = page.getByRole('dialog', { name: 'Annuler cette activité ?' });
    await dialog.getByRole('button', { name: 'Annuler l’activité' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('Cette activité a déjà des présences (20 personnes)');
    await expectAccessible(page, 'activité (annulation refusée)');

    expect(problems).toEqual([]);
    await context.close();
  });
});
