import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/core/contacts/dates.ts';
import {
  expectAccessible,
  expectHeading,
  HAS_CHROME,
  launchBrowser,
  logIn,
  openPage,
  setupThroughApi,
  startServer,
  type RunningServer,
} from './helpers.ts';

const EMAIL = 'lea@leerwinkel.example';
const LAST_YEAR = Number(todayIn('Europe/Brussels', new Date()).slice(0, 4)) - 1;

/**
 * Slow answers (a large organisation, a busy embedded database) must not make a page look
 * finished: the loading state shows where the user looks, and the annual report page never
 * shows a blank or stale report, neither while it loads nor after a failure.
 */

/** Holds the answers to `path` until `release()`; then they go through (or fail). */
async function hold(page: Page, path: string) {
  let release!: (how: 'continue' | 'fail') => void;
  const released = new Promise<'continue' | 'fail'>((resolve) => (release = resolve));
  const handler = async (route: Route) => {
    if ((await released) === 'fail')
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 503, code: 'INTERNAL', title: 'Unavailable' }),
      });
    else await route.continue();
  };
  const matcher = (url: URL) => url.pathname === path;
  await page.route(matcher, handler);
  return {
    release,
    stop: () => page.unroute(matcher, handler),
  };
}

/** The element is shown and lies inside the viewport, without scrolling. */
async function expectInViewport(page: Page, locator: Locator, label: string) {
  await expect.poll(() => locator.isVisible(), { timeout: 10_000 }).toBe(true);
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, label).not.toBeNull();
  expect(box!.y, `${label}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${label}: bottom within the viewport`).toBeLessThanOrEqual(
    viewport.height,
  );
}

describe.skipIf(!HAS_CHROME)('loading states in Chromium', () => {
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

  it('the dashboard says it is computing right under the period, in view', async () => {
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, server.url, EMAIL);
    const dashboard = await hold(page, '/api/contacts/dashboard');

    await page.goto(`${server.url}/dashboard`);
    await expectHeading(page, 'Dashboard');
    const status = page.getByTestId('dashboard-status');
    await expectInViewport(page, status, 'the loading state');
    expect(await status.textContent()).toBe('Computing the figures for this period…');
    expect(await page.getByTestId('dashboard-total').count()).toBe(0);
    await expectAccessible(page, 'dashboard while loading');

    dashboard.release('continue');
    await expect.poll(() => page.getByTestId('dashboard-total').textContent()).toBe('0');
    expect(await status.textContent()).toBe('');

    // Another period: the figures on screen are the old ones until the new ones arrive.
    const next = await hold(page, '/api/contacts/dashboard');
    await page.getByRole('radio', { name: 'Month' }).click();
    await expectInViewport(page, status, 'the loading state on a new period');
    next.release('continue');
    await expect.poll(() => status.textContent()).toBe('');
    await next.stop();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the annual report page shows its state in the report’s place, never a blank report', async () => {
    const { context, page, problems } = await openPage(browser, 'en-GB');
    await logIn(page, server.url, EMAIL);
    const first = await hold(page, '/api/reports/annual');

    await page.goto(`${server.url}/reports/annual`);
    await expectHeading(page, 'Annual report');
    const loading = page.getByTestId('report-loading');
    await expectInViewport(page, loading, 'the loading state');
    expect(await loading.textContent()).toContain(`Preparing the annual report ${LAST_YEAR}…`);
    expect(await page.getByTestId('annual-report').count()).toBe(0);
    await expectAccessible(page, 'annual report while loading');

    // The server fails: the report's place says so and offers to try again.
    first.release('fail');
    const failed = page.getByTestId('report-failed');
    await expectInViewport(page, failed, 'the failure');
    expect(await failed.textContent()).toContain(
      `The annual report ${LAST_YEAR} could not be prepared.`,
    );
    expect(await page.getByTestId('annual-report').count()).toBe(0);
    await expectAccessible(page, 'annual report after a failure');
    await first.stop();

    await failed.getByRole('button', { name: 'Try again' }).click();
    const report = page.getByTestId('annual-report');
    await expect.poll(() => report.count()).toBe(1);
    expect(await report.textContent()).toContain(`Annual report ${LAST_YEAR}`);

    // Another year: not last year's report under this year's choice while it loads.
    const other = await hold(page, '/api/reports/annual');
    await page.getByLabel('Year').selectOption(String(LAST_YEAR - 1));
    await expectInViewport(page, loading, 'the loading state for another year');
    expect(await loading.textContent()).toContain(`${LAST_YEAR - 1}`);
    expect(await report.count()).toBe(0);
    other.release('continue');
    await expect.poll(() => report.textContent()).toContain(`Annual report ${LAST_YEAR - 1}`);
    expect(await page.getByTestId('report-loading').count()).toBe(0);
    await other.stop();
    expect(problems).toEqual([]);
    await context.close();
  });
});
