import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/core/contacts/dates.ts';
import {
  apiAs,
  expectAccessible,
  HAS_CHROME,
  launchBrowser,
  logIn,
  openPage,
  PASSWORD,
  startServer,
  type RunningServer,
} from './helpers.ts';

/**
 * No page is wider than the screen: at 1366 px (a common office laptop) and 390 px (a
 * phone) every staff page of the router, on an organisation with data like the demo's, and
 * the public questionnaire fit the viewport; wide tables scroll inside their own box.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EMAIL = 'admin@beroepenpunt.example';
const today = todayIn('Europe/Brussels', new Date());
const YEAR = Number(today.slice(0, 4));
const LAST = YEAR - 1;
const PROGRAMME = 'Jaardoelen / Objectifs annuels – NEET-trajecten Brussel';

/**
 * The app's routes, read from the router: the paths of AppRoutes.tsx, and for a `x/*` route
 * the paths of the feature's own <Routes> (`index`, `new`, `:id`, …).
 */
function routerPaths(): string[] {
  const read = (path: string) => readFileSync(`${ROOT}/${path}`, 'utf8');
  const app = read('src/web/app/AppRoutes.tsx');
  const paths: string[] = [];
  for (const match of app.matchAll(/<Route\s+(index|path="([^"]+)")[\s\S]*?<(\w+Page)\b/g)) {
    const path = match[1] === 'index' ? '' : match[2]!;
    if (path === '*' || path === '/login') continue;
    if (!path.endsWith('/*')) {
      paths.push(`/${path}`);
      continue;
    }
    const component = match[3]!;
    const from = new RegExp(`import \\{ ${component} \\} from '\\.\\./(features/[^']+)'`).exec(app);
    if (!from) throw new Error(`no import of ${component} in AppRoutes.tsx`);
    const feature = read(`src/web/${from[1]}`);
    const base = path.slice(0, -2);
    for (const sub of feature.matchAll(/<Route\s+(index|path="([^"]+)")/g)) {
      if (sub[2] === '*') continue;
      paths.push(sub[1] === 'index' ? `/${base}` : `/${base}/${sub[2]}`);
    }
  }
  return paths;
}

interface Fixtures {
  activity: string;
  survey: string;
  indicator: string;
  programme: string;
  publicCode: string;
}

/** A route with its parameters filled in from the seeded data; a new kind of parameter fails. */
function concrete(path: string, fixtures: Fixtures): string {
  const section = path.split('/')[1]!;
  const ids: Record<string, string> = {
    activities: fixtures.activity,
    surveys: fixtures.survey,
    indicators: fixtures.indicator,
    programmes: fixtures.programme,
  };
  return path.replace(/:code\b/, 'contacts_total').replace(/:id\b/, () => {
    const id = ids[section];
    if (!id) throw new Error(`no fixture for ${path}: add one to page-width.spec.ts`);
    return id;
  });
}

/** Contacts of this year and last, in eighteen languages, every type, with activities and tags. */
function contactsCsv(): string {
  const languages = 'fr nl en uk ar es pt ro ru pl it tr fa ln so bg ti sq'.split(' ');
  const types = [
    'individual_advice',
    'documentation_centre',
    'collective_activity',
    'event',
    'outreach',
  ];
  const themes = ['learn', 'work', 'move', 'start_business', 'choose'];
  const channels = ['walk_in', 'phone', 'email', 'online', 'outreach'];
  const lines = [
    'date;type;count;theme;language;channel;location;municipality;tags;activity;external_id',
  ];
  let n = 0;
  for (const date of [today, `${LAST}-03-14`, `${LAST}-10-02`])
    languages.forEach((language, i) => {
      const type = types[i % types.length]!;
      const activity =
        type === 'collective_activity'
          ? `workshop-${date}`
          : type === 'event'
            ? `job-day-${date}`
            : type === 'outreach'
              ? `formtruck-${date}`
              : '';
      const tags = i % 3 === 0 ? 'ukrainian' : i % 3 === 1 ? 'neet_referral|ukrainian' : '';
      lines.push(
        [
          date,
          type,
          String(5 + ((i * 37) % 90)),
          themes[i % themes.length],
          language,
          channels[i % channels.length],
          i % 2 ? 'sterrenkunde' : 'zitdag-roeselare',
          ['21004', '21001', '21012', '21015'][i % 4],
          tags,
          activity,
          `seed-${(n += 1)}`,
        ].join(';'),
      );
    });
  return lines.join('\n');
}

/** Forty visitor-profile answers this year (enough for results above the small-cell threshold). */
function answersCsv(): string {
  const lines = ['submitted_at;gender;age_band;highest_diploma;municipality;satisfaction;themes'];
  for (let i = 0; i < 40; i += 1)
    lines.push(
      [
        today,
        ['female', 'male'][i % 2],
        ['18_24', '25_29', '30_44'][i % 3],
        ['none_or_primary', 'upper_secondary', 'higher'][i % 3],
        ['21004', '21001', 'outside_brussels'][i % 3],
        String(3 + (i % 3)),
        ['work', 'learn|choose'][i % 2],
      ].join(';'),
    );
  return lines.join('\n');
}

/** The walk-in centre with data of every kind, through the API as its admin. */
async function seed(url: string): Promise<Fixtures> {
  const setup = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisation: {
        slug: 'beroepenpunt',
        name: 'Beroepenpunt / Cité des Métiers Brussel',
        kind: 'career_centre',
      },
      admin: { email: EMAIL, name: 'Annelies Vandenbroucke-Desmet', password: PASSWORD },
    }),
  });
  if (setup.status !== 201) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  const call = await apiAs(url, EMAIL);
  await call('POST', '/api/locations', {
    slug: 'sterrenkunde',
    name: 'Beroepenpunt Sterrenkundelaan – Onthaal en documentatiecentrum',
    kind: 'office',
    address: 'Sterrenkundelaan 14, 1210 Sint-Joost-ten-Node',
    municipality: '21014',
  });
  await call('POST', '/api/locations', {
    slug: 'zitdag-roeselare',
    name: 'Zitdag Roeselare – sociaal huis en bibliotheek',
    kind: 'partner_site',
  });
  await call('PUT', '/api/contact-tags/ukrainian', {
    labels: { nl: 'Oekraïense nieuwkomers', fr: 'Primo-arrivants ukrainiens', en: 'Ukrainians' },
  });
  await call('POST', '/api/imports/contacts', contactsCsv(), 'text/csv');
  await call('POST', '/api/imports/surveys?survey=visitor-profile', answersCsv(), 'text/csv');
  const indicator = await call<{ id: string }>('POST', '/api/indicators', {
    code: 'ukrainian_newcomers_reached',
    labels: {
      nl: 'Bereikte Oekraïense nieuwkomers (alle kanalen)',
      fr: 'Primo-arrivants ukrainiens touchés (tous canaux)',
      en: 'Ukrainian newcomers reached (all channels)',
    },
    unit: 'people',
    source: 'contacts',
    measure: 'sum',
    filters: [{ field: 'tag', values: ['ukrainian'] }],
    breakdowns: ['type', 'month', 'language'],
  });
  const partner = await call<{ id: string }>('POST', '/api/organisations', {
    slug: 'infor-jeunes',
    name: 'Infor Jeunes Bruxelles – Trec-One',
    kind: 'partner',
  });
  const programme = await call<{ id: string }>('POST', '/api/programmes', {
    name: PROGRAMME,
    description: 'Doelstellingen van het Europees Sociaal Fonds voor jongeren.',
    periodStart: `${LAST}-01-01`,
    periodEnd: `${YEAR + 2}-12-31`,
    budget: 1250000,
    partnerIds: [partner.id],
    funders: [
      { name: 'Europees Sociaal Fonds Plus (ESF+)', amounts: [{ year: YEAR, amount: 450000 }] },
    ],
  });
  for (const [indicatorCode, target, deadline, partnerId] of [
    ['contacts_total', 2000, `${LAST}-12-31`, null],
    ['collective_participants', 800, `${YEAR}-12-31`, null],
    ['ukrainian_newcomers_reached', 1500, `${YEAR + 2}-12-31`, null],
    ['contacts_total', 400, `${YEAR + 1}-12-31`, partner.id],
  ] as const)
    await call('POST', `/api/programmes/${programme.id}/targets`, {
      indicator: indicatorCode,
      target,
      deadline,
      partnerId,
    });
  for (const language of ['nl', 'fr', 'en'] as const)
    await call('PUT', '/api/reports/annual/narratives', {
      year: LAST,
      section: 'introduction',
      language,
      body: 'Het Beroepenpunt ontving opnieuw meer bezoekers. '.repeat(8),
    });
  await call('POST', '/api/members', {
    email: 'coordinator@beroepenpunt.example',
    name: 'Mohamed El Amrani-Vanderstraeten',
    language: 'fr',
    password: PASSWORD,
    roles: ['coordinator', 'counsellor', 'analyst'],
  });
  const activities = await call<{ items: { id: string }[] }>('GET', '/api/activities');
  const surveys = await call<{ items: { id: string; publicCode: string }[] }>(
    'GET',
    '/api/surveys',
  );
  return {
    activity: activities.items[0]!.id,
    survey: surveys.items[0]!.id,
    publicCode: surveys.items[0]!.publicCode,
    indicator: indicator.id,
    programme: programme.id,
  };
}

/** What sticks out to the right of the viewport, outside any scrolling box (for the failure message). */
function overflowOf(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element | null): boolean =>
      !!el &&
      el !== document.body &&
      (['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX) ||
        scrolls(el.parentElement));
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el.parentElement))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

/** Opens `path` and waits until its data is in. */
async function visit(page: Page, url: string, path: string) {
  await page.goto(`${url}${path}`);
  await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('h1').count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

describe.skipIf(!HAS_CHROME)('page widths in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let fixtures: Fixtures;
  const paths = routerPaths();

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer();
    fixtures = await seed(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the staff pages from the router', () => {
    // The router's own pages and the features' sub-pages, with their parameters.
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/dashboard',
        '/reports/annual',
        '/programmes/:id',
        '/surveys/:id/results',
        '/surveys/:id/poster',
        '/indicators/values/:code',
        '/activities/:id/edit',
        '/audit',
        '/users',
      ]),
    );
    expect(paths.length).toBeGreaterThan(25);
  });

  it('prints the annual report on A4 without cutting a table', { timeout: 120_000 }, async () => {
    const call = await apiAs(server.url, EMAIL);
    await call('PATCH', '/api/me', { language: 'fr' });
    const { context, page } = await openPage(browser, 'fr');
    // A4 less the report's print margins (12 mm each side): 186 mm at 96 px an inch.
    await page.setViewportSize({ width: 703, height: 1000 });
    await logIn(page, server.url, EMAIL);
    await page.emulateMedia({ media: 'print' });
    for (const lang of ['fr', 'nl', 'en']) {
      await visit(page, server.url, `/reports/annual?year=${LAST}&lang=${lang}`);
      const cut = await page.evaluate(() => {
        const report = document.querySelector('.annual-report')!.getBoundingClientRect();
        return [...document.querySelectorAll('.annual-report table')]
          .filter((table) => table.getBoundingClientRect().right > report.right + 0.5)
          .map((table) => table.querySelector('caption')?.textContent ?? '?');
      });
      expect(cut, lang).toEqual([]);
      expect(await page.locator('.annual-report table').count()).toBeGreaterThan(5);
    }
    await context.close();
  });

  for (const [width, height, language] of [
    [1366, 768, 'fr'],
    [390, 844, 'nl'],
  ] as const)
    it(`has no page wider than ${width} px (${language})`, { timeout: 300_000 }, async () => {
      const call = await apiAs(server.url, EMAIL);
      await call('PATCH', '/api/me', { language });
      const { context, page, problems } = await openPage(browser, language);
      await page.setViewportSize({ width, height });
      await visit(page, server.url, '/login');
      const tooWide: string[] = [];
      const check = async (label: string) => {
        const found = await overflowOf(page);
        if (found.scrollWidth > width)
          tooWide.push(`${label}: ${found.scrollWidth} px (${found.wide.join(', ')})`);
      };
      await check('/login');
      await logIn(page, server.url, EMAIL);
      for (const path of paths) {
        await visit(page, server.url, concrete(path, fixtures));
        await check(path);
        // Where tables scroll in their box, every scrolling box must be reachable by keyboard.
        if (width < 700) await expectAccessible(page, `${path} at ${width} px`);
      }
      // The public questionnaire: its start screen and a question.
      await visit(page, server.url, `/s/${fixtures.publicCode}`);
      await check('/s/:code');
      await page.locator('main button').first().click();
      await expect.poll(() => page.locator('main fieldset, main input').count()).toBeGreaterThan(0);
      await check('/s/:code (question)');
      expect(tooWide).toEqual([]);
      // The programme table scrolls inside its box: a named region that the keyboard can
      // scroll where it is too wide for the screen, and no extra tab stop where it fits.
      await visit(page, server.url, `/reports/annual?year=${LAST}`);
      const region = page.getByRole('region', { name: PROGRAMME });
      const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(scrolls).toBe(width < 700);
      expect(await region.getAttribute('tabindex')).toBe(scrolls ? '0' : null);
      if (scrolls) {
        await region.focus();
        for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
});
