import { describe, expect, it } from 'vitest';
import { expectAccessible, expectHeading, HAS_CHROME, heading, openPage } from './helpers.ts';
import {
  ask,
  button,
  choose,
  focusedTag,
  option,
  progress,
  root,
  surveyFixture,
  tabTo,
  watch,
} from './public-survey-helpers.ts';

describe.skipIf(!HAS_CHROME)(
  'the public questionnaire: keyboard, refusals and faults in Chromium',
  () => {
    const f = surveyFixture();

    it('works by keyboard alone, explains refused answers, warns about free text, retries with the same key', async () => {
      const survey = (await f.call('POST', '/api/surveys', {
        slug: 'exit-check',
        definition: {
          title: { nl: 'Uitstroom', fr: 'Sortie', en: 'Exit check' },
          languages: [],
          questions: [
            {
              key: 'came_for',
              type: 'single_choice',
              required: true,
              labels: { nl: 'Waarom kwam u?', fr: 'Pourquoi ?', en: 'Why did you come?' },
              options: [
                { key: 'job', labels: { nl: 'Werk', fr: 'Emploi', en: 'A job' } },
                { key: 'training', labels: { nl: 'Opleiding', fr: 'Formation', en: 'Training' } },
              ],
            },
            {
              key: 'visits',
              type: 'number',
              min: 1,
              max: 20,
              labels: { nl: 'Hoe vaak?', fr: 'Combien ?', en: 'How many visits?' },
            },
            {
              key: 'helped',
              type: 'yes_no',
              labels: { nl: 'Geholpen?', fr: 'Aidé ?', en: 'Did we help you?' },
            },
            {
              key: 'remarks',
              type: 'free_text',
              labels: { nl: 'Nog iets?', fr: 'Autre chose ?', en: 'Anything else?' },
            },
          ],
        },
      })) as { id: string; publicCode: string };
      await f.call('POST', `/api/surveys/${survey.id}/publish`);

      const { context, page, problems } = await openPage(f.browser, 'en-GB');
      // A cookie the browser holds for the site is never sent by the form (credentials omitted).
      await context.addCookies([{ name: 'probe', value: '1', url: f.server.url }]);
      const { sent, cookies } = watch(page);
      const navigation = await page.goto(`${f.server.url}/s/${survey.publicCode}`);
      expect((await navigation!.request().allHeaders())['cookie']).toBe('probe=1');
      await expectHeading(page, 'Exit check');
      expect(
        await page.getByRole('navigation', { name: 'Language' }).getByRole('button').count(),
      ).toBe(3);
      await expect.poll(() => focusedTag(page)).toBe('H1');
      await tabTo(page, 'Start');
      await page.keyboard.press('Enter');

      // A required question: Next without an answer is refused, the answer takes the focus.
      await expectHeading(page, 'Why did you come?');
      await expect.poll(() => focusedTag(page)).toBe('H1');
      expect(await page.locator('.sf-required').textContent()).toBe('Required');
      expect(await button(page, 'Skip').count()).toBe(0);
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toBe('Please answer this question to continue.');
      const errorId = await alert.getAttribute('id');
      expect(await page.locator('main fieldset').getAttribute('aria-describedby')).toContain(
        errorId,
      );
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
        .toBe('radio');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Training' }).isChecked()).toBe(true);
      expect(await alert.count()).toBe(0);
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');

      // A number: typed, checked on Next (Enter), explained in words.
      await expectHeading(page, 'How many visits?');
      expect(await progress(page)).toBe('Question 2 of 4');
      await page.keyboard.press('Tab');
      await page.keyboard.type('many');
      await page.keyboard.press('Enter');
      await expect.poll(() => alert.textContent()).toBe('Enter a valid number, using digits only.');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('25');
      await page.keyboard.press('Enter');
      await expect.poll(() => alert.textContent()).toBe('Enter a number from 1 to 20.');
      expect(await page.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'refused number (en)');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('3');
      await page.keyboard.press('Enter');

      await expectHeading(page, 'Did we help you?');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      expect(await page.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');

      // Free text: a visible warning against anything identifying, and a live counter.
      await expectHeading(page, 'Anything else?');
      const warning = page.locator('.sf-warning');
      expect(await warning.textContent()).toMatch(/^Do not write names, phone numbers, e-mail/);
      const box = page.getByRole('textbox');
      expect(await box.getAttribute('aria-describedby')).toContain(
        await warning.getAttribute('id'),
      );
      expect(await page.locator('.sf-counter').textContent()).toBe('0 of 500 characters');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Friendly staff');
      await expect
        .poll(() => page.locator('.sf-counter').textContent())
        .toBe('14 of 500 characters');
      await expectAccessible(page, 'free text (en)');

      // The connection drops: the answers stay, Try again sends them with the same key.
      await page.route('**/responses', (route) => route.abort('internetdisconnected'));
      await tabTo(page, 'Send');
      await page.keyboard.press('Enter');
      await expect.poll(() => alert.textContent()).toMatch(/^Your answers could not be sent/);
      await page.unroute('**/responses');
      await button(page, 'Try again').focus();
      await page.keyboard.press('Enter');
      await expectHeading(page, 'Thank you!');
      expect(await page.locator('main').textContent()).toContain(
        'Your answers have been sent. Thank you for your help.',
      );

      expect(sent).toHaveLength(2);
      expect(sent[1]!.key).toBe(sent[0]!.key);
      expect(new Set(await Promise.all(cookies))).toEqual(new Set([undefined]));
      expect(sent[1]!.body).toMatchObject({
        answers: { came_for: 'training', visits: 3, helped: 'yes', remarks: 'Friendly staff' },
        language: 'en',
        kiosk: false,
      });
      await expect.poll(() => f.responses(survey.id)).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });

    it('shows a wait message when rate-limited and takes the visitor to a refused answer', async () => {
      const { context, page, problems } = await openPage(f.browser, 'fr-BE');
      await page.goto(`${f.server.url}/s/${f.profile.publicCode}`);
      await expectHeading(page, 'Profil des visiteurs');
      expect(await root(page)).toEqual({ lang: 'fr', dir: 'ltr' });
      await button(page, 'Commencer').click();
      await choose(page, option('gender', 'male', 'fr'), 'Suivant');
      await expectHeading(page, ask('age_band', 'fr'));
      await choose(page, option('age_band', '30_44', 'fr'), 'Suivant');
      for (let step = 3; step < 8; step++) {
        const at = await heading(page).textContent();
        await button(page, 'Passer').click();
        await expect.poll(() => heading(page).textContent()).not.toBe(at);
      }

      const answers = [
        { status: 429, body: { code: 'RATE_LIMITED', errors: [] } },
        {
          status: 400,
          body: {
            code: 'VALIDATION_FAILED',
            errors: [{ path: 'answers.age_band', code: 'unknown_option', params: { value: 'x' } }],
          },
        },
      ];
      await page.route('**/responses', (route) => {
        const next = answers.shift()!;
        return route.fulfill({
          status: next.status,
          contentType: 'application/problem+json',
          body: JSON.stringify(next.body),
        });
      });
      await button(page, 'Passer et envoyer').click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/^Beaucoup de réponses viennent d’être envoyées/);
      await button(page, 'Réessayer').click();
      await expectHeading(page, ask('age_band', 'fr'));
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('Cette réponse ne fait pas (ou plus) partie des choix. Choisissez à nouveau.');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('radio');
      await expectAccessible(page, 'refused answer (fr)');
      await page.unroute('**/responses');
      expect(problems).toEqual([]);
      await context.close();
    });

    it('tells an unknown or closed questionnaire apart', async () => {
      const { context, page } = await openPage(f.browser, 'nl-BE');
      await page.goto(`${f.server.url}/s/zzzz9999`);
      await expectHeading(page, 'Vragenlijst niet gevonden');
      await expectAccessible(page, 'not found (nl)');
      const closed = (await f.call('POST', '/api/surveys', {
        slug: 'closed-one',
        definition: {
          title: { nl: 'Gesloten', fr: 'Fermé', en: 'Closed' },
          languages: ['uk'],
          questions: [{ key: 'q', type: 'yes_no', labels: { nl: 'Ja?', fr: 'Oui ?', en: 'Yes?' } }],
        },
      })) as { id: string; publicCode: string };
      await f.call('POST', `/api/surveys/${closed.id}/publish`);
      await f.call('POST', `/api/surveys/${closed.id}/close`);
      await page.goto(`${f.server.url}/s/${closed.publicCode}`);
      await expectHeading(page, 'Deze vragenlijst is afgesloten');
      await button(page, 'Українська').click();
      await expectHeading(page, 'Цю анкету закрито');
      await context.close();
    });
  },
);
