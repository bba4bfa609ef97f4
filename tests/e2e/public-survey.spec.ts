import { describe, expect, it } from 'vitest';
import { textIn } from '../../src/core/surveys/model.ts';
import { VISITOR_PROFILE } from '../../src/core/surveys/visitor-profile.ts';
import { expectAccessible, expectHeading, HAS_CHROME, heading, openPage } from './helpers.ts';
import {
  ask,
  button,
  checked,
  choose,
  expectNoTraces,
  focusedTag,
  option,
  progress,
  question,
  root,
  surveyFixture,
  UUID,
  watch,
} from './public-survey-helpers.ts';

describe.skipIf(!HAS_CHROME)('the public questionnaire in Chromium', () => {
  const f = surveyFixture();

  it('is filled in anonymously: Arabic right to left, Dutch, the conditional question, thank-you', async () => {
    const { context, page, problems } = await openPage(f.browser, 'en-GB');
    const { sent, sessionCalls } = watch(page);
    await page.goto(`${f.server.url}/s/${f.profile.publicCode}`);

    // The browser speaks English: the start screen with the anonymity reassurance.
    await expectHeading(page, 'Visitor profile');
    expect(await root(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.title()).toBe('Visitor profile');
    await expect.poll(() => focusedTag(page)).toBe('H1');
    expect(await page.locator('main').textContent()).toContain('Your answers are anonymous');
    const switcher = page.getByRole('navigation', { name: 'Language' });
    expect(await switcher.getByRole('button').allTextContents()).toEqual([
      'Nederlands',
      'Français',
      'English',
      'Українська',
      'العربية',
      'Español',
    ]);
    await expectAccessible(page, 'start (en)');

    // Arabic: the page and the form turn right to left.
    await button(page, 'العربية').click();
    await expectHeading(page, textIn(VISITOR_PROFILE.title, 'ar'));
    expect(await root(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('.sf').getAttribute('dir')).toBe('rtl');
    expect(await button(page, 'العربية').getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page, 'start (ar, rtl)');
    await button(page, 'ابدأ').click();
    await expectHeading(page, ask('gender', 'ar'));
    expect(await progress(page)).toBe('السؤال 1 من 8');
    const back = (await button(page, 'السابق').boundingBox())!;
    const next = (await button(page, 'التالي').boundingBox())!;
    expect(next.x, 'Next sits on the left in Arabic').toBeLessThan(back.x);
    await expectAccessible(page, 'question (ar, rtl)');

    // Dutch, on the same step.
    await button(page, 'Nederlands').click();
    await expectHeading(page, ask('gender', 'nl'));
    expect(await root(page)).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(await progress(page)).toBe('Vraag 1 van 8');
    expect(await page.title()).toBe('Vraag 1 van 8 – Bezoekersprofiel');
    const nextNl = (await button(page, 'Volgende').boundingBox())!;
    expect(nextNl.x).toBeGreaterThan((await button(page, 'Vorige').boundingBox())!.x);
    await expectAccessible(page, 'question (nl)');

    await choose(page, option('gender', 'female', 'nl'), 'Volgende');
    await expectHeading(page, ask('age_band', 'nl'));
    await expect.poll(() => focusedTag(page)).toBe('H1');
    await choose(page, option('age_band', '25_29', 'nl'), 'Volgende');
    await expectHeading(page, ask('highest_diploma', 'nl'));

    // Without a secondary diploma, the recognition question is not asked…
    await choose(page, option('highest_diploma', 'none_or_primary', 'nl'), 'Volgende');
    await expectHeading(page, ask('status', 'nl'));
    expect(await progress(page)).toBe('Vraag 4 van 8');
    // …with one, it is.
    await button(page, 'Vorige').click();
    await expectHeading(page, ask('highest_diploma', 'nl'));
    expect(await checked(page)).toBe(1);
    await choose(page, option('highest_diploma', 'upper_secondary', 'nl'), 'Volgende');
    await expectHeading(page, ask('diploma_recognised', 'nl'));
    expect(await progress(page)).toBe('Vraag 4 van 9');
    await choose(page, option('diploma_recognised', 'in_progress', 'nl'), 'Volgende');

    await expectHeading(page, ask('status', 'nl'));
    await button(page, 'Overslaan').click();
    await expectHeading(page, ask('municipality', 'nl'));
    await button(page, 'Overslaan').click();
    await expectHeading(page, ask('satisfaction', 'nl'));
    await choose(page, '4', 'Volgende');
    await expectHeading(page, ask('how_heard', 'nl'));
    const heard = question('how_heard').options!.slice(0, 2);
    for (const o of heard)
      await page.getByRole('checkbox', { name: textIn(o.labels, 'nl') }).check();
    await button(page, 'Volgende').click();
    await expectHeading(page, ask('themes', 'nl'));
    expect(await progress(page)).toBe('Vraag 9 van 9');
    await page.getByRole('checkbox', { name: option('themes', 'learn', 'nl') }).check();
    await button(page, 'Versturen').click();

    await expectHeading(page, 'Bedankt!');
    expect(await page.locator('main').textContent()).toContain(
      textIn(VISITOR_PROFILE.thanks, 'nl'),
    );
    expect(await button(page, 'Opnieuw beginnen').count()).toBe(0);
    await expectAccessible(page, 'thank-you (nl)');

    expect(sent).toHaveLength(1);
    expect(sent[0]!.key).toMatch(UUID);
    expect(sent[0]!.body).toEqual({
      formToken: expect.any(String),
      answers: {
        gender: 'female',
        age_band: '25_29',
        highest_diploma: 'upper_secondary',
        diploma_recognised: 'in_progress',
        satisfaction: 4,
        how_heard: heard.map((o) => o.key),
        themes: ['learn'],
      },
      language: 'nl',
      kiosk: false,
      website: '',
    });
    await expect.poll(() => f.responses(f.profile.id)).toBe(1);
    expect(sessionCalls).toEqual([]);
    await expectNoTraces(context, page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('kiosk: a fresh form after the thank-you screen, in the default language, with nothing left of the answers', async () => {
    const { context, page, problems } = await openPage(f.browser, 'en-GB');
    const { sent } = watch(page);
    const before = await f.responses(f.profile.id);
    const address = `${f.server.url}/s/${f.profile.publicCode}?kiosk=1`;
    await page.goto(address);
    await expectHeading(page, 'Visitor profile');
    const entries = await page.evaluate(() => history.length);

    await button(page, 'Español').click();
    await expectHeading(page, 'Perfil del visitante');
    await button(page, 'Empezar').click();
    await choose(page, option('gender', 'female', 'es'), 'Siguiente');
    await expectHeading(page, ask('age_band', 'es'));
    await button(page, 'Omitir').click();
    await choose(page, option('highest_diploma', 'upper_secondary', 'es'), 'Siguiente');
    await expectHeading(page, ask('diploma_recognised', 'es'));
    await choose(page, option('diploma_recognised', 'yes', 'es'), 'Anterior');
    // A changed answer hides the follow-up question: its answer is not sent.
    await expectHeading(page, ask('highest_diploma', 'es'));
    await choose(page, option('highest_diploma', 'none_or_primary', 'es'), 'Siguiente');
    await expectHeading(page, ask('status', 'es'));
    expect(await progress(page)).toBe('Pregunta 4 de 8');
    for (const key of ['status', 'municipality', 'satisfaction', 'how_heard']) {
      await expectHeading(page, ask(key, 'es'));
      await button(page, 'Omitir').click();
    }
    await expectHeading(page, ask('themes', 'es'));
    await button(page, 'Omitir y enviar').click();

    await expectHeading(page, '¡Gracias!');
    expect(await page.locator('.sf-countdown').textContent()).toMatch(
      /^Un nuevo formulario empieza dentro de \d+ segundos?\.$/,
    );
    await expectAccessible(page, 'kiosk thank-you (es)');
    expect(sent[0]!.body).toMatchObject({
      answers: { gender: 'female', highest_diploma: 'none_or_primary' },
      language: 'es',
      kiosk: true,
      website: '',
    });
    expect(Object.keys(sent[0]!.body.answers)).toEqual(['gender', 'highest_diploma']);

    // About ten seconds later: a fresh form, in the browser's language again, focus on top.
    await expect
      .poll(() => heading(page).textContent(), { timeout: 15_000 })
      .toBe('Visitor profile');
    expect(await root(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await expect.poll(() => focusedTag(page)).toBe('H1');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await button(page, 'Start').click();
    await expectHeading(page, 'What is your gender?');
    expect(await checked(page)).toBe(0);
    // No step was ever a history entry: Back leaves the form, Forward brings a fresh one.
    await page.goBack();
    expect(page.url()).toBe('about:blank');
    await page.goForward();
    await expectHeading(page, 'Visitor profile');
    await button(page, 'Start').click();
    await expectHeading(page, 'What is your gender?');
    expect(await checked(page)).toBe(0);

    // The next visitor answers one question and starts again at once.
    await choose(page, 'Man', 'Next');
    while ((await button(page, 'Skip').count()) > 0) {
      const at = await heading(page).textContent();
      await button(page, 'Skip').click();
      await expect.poll(() => heading(page).textContent()).not.toBe(at);
    }
    await button(page, 'Skip and send').click();
    await expectHeading(page, 'Thank you!');
    await button(page, 'Start again').click();
    await expectHeading(page, 'Visitor profile');
    await button(page, 'Start').click();
    await expectHeading(page, 'What is your gender?');
    expect(await checked(page)).toBe(0);

    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toMatchObject({ answers: { gender: 'male' }, kiosk: true });
    expect(sent[1]!.key).not.toBe(sent[0]!.key);
    expect(sent[1]!.body.formToken).not.toBe(sent[0]!.body.formToken);
    await expect.poll(() => f.responses(f.profile.id)).toBe(before + 2);
    await expectNoTraces(context, page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
