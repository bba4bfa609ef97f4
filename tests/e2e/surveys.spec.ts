import type { Browser, Locator, Page } from 'playwright-core';
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

/** The focused element: its label, its legend (a focused fieldset) or its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return '';
    const label = element.labels?.[0]?.textContent?.replace(/\s*\*$/, '').trim();
    if (label) return label;
    if (element.tagName === 'FIELDSET')
      return `fieldset ${element.querySelector('legend')?.textContent}`;
    return element.textContent?.trim() ?? element.tagName;
  });

/** Presses Tab until `matches(focused)`. */
async function tabTo(page: Page, matches: (text: string) => boolean) {
  for (let presses = 0; presses < 25; presses++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never got there (at “${await focused(page)}”)`);
}

/** A fieldset by its legend. */
const group = (s: Locator | Page, name: string) => s.getByRole('group', { name, exact: true });

/** Fills the Dutch, French and English fields of a text group. */
async function fillTexts(scope: Locator, en: string) {
  await scope.getByLabel('Dutch').fill(`${en} (nl)`);
  await scope.getByLabel('French').fill(`${en} (fr)`);
  await scope.getByLabel('English').fill(en);
}

/** Waits until a status message (a live region) says `text`. */
const expectStatus = (page: Page, text: string) =>
  expect.poll(() => page.getByRole('status').filter({ hasText: text }).count()).toBe(1);
/** Waits until the image has loaded. */
const expectLoaded = (image: Locator) =>
  expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
const keyOf = (page: Page, n: number) => group(page, `Question ${n}`).getByLabel(/^Key/);
const optionKey = (question: Locator, n: number) =>
  group(question, `Option ${n}`).getByLabel(/^Option key/);

/** Publish, Close or Delete: the page's button, then “… the questionnaire” in the dialog. */
async function confirmDialog(page: Page, action: 'Publish' | 'Close' | 'Delete') {
  await page.getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: `${action} this questionnaire?` });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.getByRole('button', { name: `${action} the questionnaire` }).click();
  return dialog;
}

describe.skipIf(!HAS_CHROME)('questionnaires in Chromium', () => {
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

  it('builds (partly by keyboard), fixes, publishes, prints, changes and closes questionnaires', async () => {
    const { url } = server;
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await page.goto(`${url}/login`);
    await page.getByLabel(/^E-mail address/).fill('lea@leerwinkel.example');
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expectHeading(page, 'Welcome, Lea Admin');
    // The list: the built-in visitor profile is there; the privacy threshold.
    await page.getByRole('navigation').getByRole('link', { name: 'Questionnaires' }).click();
    await expectHeading(page, 'Questionnaires');
    const profileRow = page.getByRole('row').filter({ hasText: 'Visitor profile' });
    await expect.poll(() => profileRow.count()).toBe(1);
    expect(await profileRow.textContent()).toMatch(/visitor-profile · built in.*Published/);
    const threshold = page.getByLabel(/^Small-cell threshold/);
    await expect.poll(() => threshold.inputValue()).toBe('5');
    await expectAccessible(page, 'questionnaires');
    await threshold.fill('2');
    await page.getByRole('button', { name: 'Save the threshold' }).click();
    await expect
      .poll(() => page.locator('.field__error').allTextContents())
      .toEqual(['Must be between 3 and 50.']);
    await threshold.fill('7');
    await page.getByRole('button', { name: 'Save the threshold' }).click();
    await expectStatus(page, 'Threshold saved: figures below 7 are hidden.');
    // Keyboard only: new questionnaire, blank, short name, Arabic, title.
    await page.getByRole('link', { name: 'New questionnaire' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 'New questionnaire');
    await expectAccessible(page, 'new questionnaire (choice)');
    await tabTo(page, (text) => text.startsWith('Blank questionnaire'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Short name');
    await page.keyboard.type('exit-survey');
    await tabTo(page, (text) => text === 'Arabic');
    await page.keyboard.press('Space');
    const title = group(page, 'Title');
    await tabTo(page, (text) => text === 'Dutch');
    for (const text of ['Vertrekbevraging', 'Enquête de sortie', 'Exit survey', 'استبيان الخروج']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    const arabic = title.getByLabel('Arabic');
    expect(await arabic.evaluate((el: HTMLInputElement) => `${el.dir} ${el.lang}`)).toBe('rtl ar');
    await expect.poll(() => title.getByLabel('English').inputValue()).toBe('Exit survey');
    // Question 1: single choice with a duplicate option key.
    const q1 = group(page, 'Question 1');
    await q1.getByLabel(/^Key/).fill('reason');
    await fillTexts(group(q1, 'Question text'), 'Why did you come?');
    await optionKey(q1, 1).fill('job');
    await fillTexts(group(group(q1, 'Option 1'), 'Label'), 'A job');
    await optionKey(q1, 2).fill('job');
    await fillTexts(group(group(q1, 'Option 2'), 'Label'), 'A course');
    // Question 2 by keyboard: added, focus on its key; a third added and removed again.
    await page.getByRole('button', { name: 'Add a question' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Key');
    await page.keyboard.type('found');
    await page.getByRole('button', { name: 'Add a question' }).focus();
    await page.keyboard.press('Enter');
    await expectStatus(page, 'Question 3 added.');
    await page.keyboard.press('Shift+Tab'); // from the key to "Remove question 3"
    expect(await focused(page)).toBe('Remove Question 3');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('fieldset Question 2');
    await expect.poll(() => group(page, 'Question 3').count()).toBe(0);
    // Moving keeps the focus on the moved question's buttons.
    await page.getByRole('button', { name: 'Move up Question 2' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Move down Question 1');
    await expect.poll(() => keyOf(page, 1).inputValue()).toBe('found');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('Move up Question 2');
    await expect.poll(() => keyOf(page, 1).inputValue()).toBe('reason');

    const q2 = group(page, 'Question 2');
    await q2.getByLabel('Type of question').selectOption('yes_no');
    await fillTexts(group(q2, 'Question text'), 'Did you find what you came for?');
    await q2.getByLabel('Ask only after certain answers').check();
    await expect.poll(() => q2.getByLabel('Earlier question').inputValue()).not.toBe('');
    await group(q2, 'Ask this question when the answer was').getByLabel('A course').check();
    await expectAccessible(page, 'builder');
    // The server refuses the duplicate key: shown at the field and in the summary.
    await page.getByRole('button', { name: 'Create the draft' }).click();
    const summary = page.locator('#sb-summary');
    await expect.poll(() => summary.textContent()).toContain('Some fields are not valid.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sb-summary');
    const link = summary.getByRole('link', {
      name: 'Question 1 · Option 2 · Option key: The key “job” is used twice.',
    });
    await expect.poll(() => link.count()).toBe(1);
    expect(await optionKey(q1, 2).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'builder (duplicate key)');
    await link.click();
    await expect.poll(() => focused(page)).toBe('Option key');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('course');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    // The detail: publish, links, QR code, preview.
    await expectHeading(page, 'Exit survey');
    await expectStatus(page, 'Questionnaire “Exit survey” created as a draft.');
    const main = page.locator('main');
    await expect.poll(() => main.locator('dl').textContent()).toContain('Draft');
    await expectAccessible(page, 'questionnaire (draft)');
    await confirmDialog(page, 'Publish');
    await expectStatus(page, 'Questionnaire “Exit survey” published.');
    await expect.poll(() => main.locator('dl').textContent()).toContain('Published');
    const links = await main.locator('.secret code').allTextContents();
    expect(links[0]).toMatch(new RegExp(`^${url}/s/[a-z0-9]{4,16}$`));
    expect(links[1]).toBe(`${links[0]}?kiosk=1`);
    // This server runs at 127.0.0.1 without PUBLIC_URL: the page says phones cannot open them.
    await expect
      .poll(() => main.locator('.alert--warning').textContent())
      .toContain('Phones cannot open these linksThe link, the QR code and the poster point to');
    expect(await main.textContent()).toContain('the form starts again after each answer');
    const qr = page.getByRole('img', { name: `QR code that opens ${links[0]}` });
    await expectLoaded(qr);
    await expect
      .poll(() => main.textContent())
      .toContain('Asked only when question 1 (“Why did you come?”) is answered with “A course”.');
    await expectAccessible(page, 'questionnaire (published)');
    // With an answer (imported from paper) it cannot be deleted: the refusal, translated.
    const { csrfToken } = await (await page.request.get(`${url}/api/auth/session`)).json();
    const imported = await page.request.post(`${url}/api/imports/surveys?survey=exit-survey`, {
      headers: { 'content-type': 'text/csv', 'x-csrf-token': csrfToken },
      data: 'submitted_at,reason,found\n2024-05-01,course,yes\n',
    });
    expect((await imported.json()).committed).toBe(true);
    await page.reload();
    await expectHeading(page, 'Exit survey');
    await expect.poll(() => main.locator('dl').textContent()).toMatch(/Answers\s*1/);
    const deleteDialog = await confirmDialog(page, 'Delete');
    await expect
      .poll(() => deleteDialog.getByRole('alert').textContent())
      .toBe('This questionnaire already has 1 answer; close it instead of deleting it.');
    await expectAccessible(page, 'delete refused');
    await page.keyboard.press('Escape');
    await expect.poll(() => deleteDialog.isVisible()).toBe(false);
    // The poster: trilingual, with the QR code and the link; nothing else is printed.
    await page.getByRole('link', { name: 'Printable poster' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toContain('Vertrekbevraging');
    const poster = page.locator('article');
    expect(await poster.locator('h1, li, p').allTextContents()).toEqual([
      'Vertrekbevraging / Enquête de sortie / Exit survey',
      'Geef ons uw mening — anoniem, 2 minuten',
      'Donnez-nous votre avis — anonyme, 2 minutes',
      'Give us your opinion — anonymous, 2 minutes',
      links[0],
      'Leerwinkel Test',
    ]);
    await expectLoaded(poster.getByRole('img'));
    expect(await page.locator('.survey-poster__toolbar .alert--warning').textContent()).toContain(
      `point to ${new URL(url).host}, an address of this computer only`,
    );
    await expectAccessible(page, 'poster');
    await page.evaluate(
      () => (window.print = () => document.body.setAttribute('data-printed', '1')),
    );
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.locator('body').getAttribute('data-printed')).toBe('1');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await poster.getByRole('img').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // A change after publishing makes version 2; then close it and find it in the list.
    await page.getByRole('link', { name: 'Back to the questionnaire' }).click();
    await expectHeading(page, 'Exit survey');
    await page.getByRole('link', { name: 'Edit the questions' }).click();
    await expectHeading(page, 'Edit “Exit survey”');
    await expect
      .poll(() => main.textContent())
      .toContain('saving makes version 2. Answers already given keep the version they answered.');
    await expectAccessible(page, 'edit (published)');
    await group(page, 'Title').getByLabel('English').fill('Exit questionnaire');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectHeading(page, 'Exit questionnaire');
    await expectStatus(page, 'Questionnaire “Exit questionnaire” saved as version 2.');
    await expect.poll(() => page.getByRole('region', { name: '2 versions' }).count()).toBe(1);
    await confirmDialog(page, 'Close');
    await expectStatus(page, 'Questionnaire “Exit questionnaire” closed.');
    await expect.poll(() => page.getByRole('button', { name: 'Reopen' }).count()).toBe(1);

    await page.getByRole('link', { name: 'All questionnaires' }).click();
    await expectHeading(page, 'Questionnaires');
    await page.getByLabel('Status').selectOption('closed');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.getByRole('region', { name: '1 questionnaire' }).count()).toBe(1);
    const row = page.getByRole('row').filter({ hasText: 'Exit questionnaire' });
    await expect.poll(() => row.textContent()).toContain('Closed');
    await expectAccessible(page, 'questionnaires (closed)');
    // From the visitor profile template: its short name is taken; a copy can be deleted.
    await page.goto(`${url}/surveys/new?start=visitor-profile`);
    await expectHeading(page, 'New questionnaire');
    await expect.poll(() => keyOf(page, 1).inputValue()).toBe('gender');
    const extra = group(page, 'Extra languages of the public form');
    await expect.poll(() => extra.getByLabel('Arabic').isChecked()).toBe(true);
    await expectAccessible(page, 'new from the visitor profile');
    // At tablet width the builder fits without scrolling sideways.
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
      .toBe(true);
    await expect.poll(() => page.getByLabel(/^Short name/).inputValue()).toBe('visitor-profile');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await expect
      .poll(() => page.locator('#sb-summary').textContent())
      .toContain('The short name "visitor-profile" is already in use.');
    await page.getByLabel(/^Short name/).fill('mentoring-profile');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    await expectHeading(page, 'Visitor profile');
    await expect.poll(() => page.locator('main dl').textContent()).toContain('mentoring-profile');
    await confirmDialog(page, 'Delete');
    await expectHeading(page, 'Questionnaires');
    await expectStatus(page, 'Questionnaire “Visitor profile” deleted.');
    // The built-in one can be closed, not deleted.
    await page.getByRole('link', { name: 'Visitor profile', exact: true }).click();
    await expectHeading(page, 'Visitor profile');
    await expect.poll(() => page.getByRole('button', { name: 'Close' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await expectAccessible(page, 'visitor profile');
    expect(problems).toEqual([]);
    await context.close();
  });
});
