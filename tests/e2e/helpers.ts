import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/api/app.ts';
import { openDatabase } from '../../src/db/client.ts';
import { testConfig } from '../helpers/app.ts';

export const WEB_ROOT =
  process.env.E2E_WEB_ROOT ?? fileURLToPath(new URL('../../dist/web', import.meta.url));
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const HAS_CHROME = existsSync(CHROME_PATH);
export const PASSWORD = 'kiwi lantaarn Molenbeek 7';

if (!HAS_CHROME) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!!  NO CHROMIUM at ${CHROME_PATH}\n!!  The browser tests (tests/e2e) are SKIPPED. Install chromium or set CHROME_PATH.\n${line}\n`,
  );
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The real app (API + built web app) on a fresh in-memory database, listening on a free port. */
export async function startServer(): Promise<RunningServer> {
  const database = await openDatabase({ memory: {} });
  const app = await buildApp({ config: testConfig(), database, webRoot: WEB_ROOT });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  await expectAssetsServed(url);
  return {
    url,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Fails fast, with the reason, when the server does not hand out the app's scripts and styles to a visitor. */
async function expectAssetsServed(url: string) {
  const html = await (await fetch(`${url}/`, { headers: { accept: 'text/html' } })).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
  expect(assets.length, 'index.html links its bundle').toBeGreaterThan(0);
  for (const asset of assets) {
    const response = await fetch(`${url}${asset}`);
    // Read the body: an unread response keeps the connection busy and delays app.close().
    await response.arrayBuffer();
    expect(
      response.status,
      `GET ${asset} without a session (static files must not need a log-in)`,
    ).toBe(200);
  }
}

/** First-run set-up through the API (for tests that start from an installed system). */
export async function setupThroughApi(url: string, email: string, language = 'en') {
  const response = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisation: { slug: 'leerwinkel', name: 'Leerwinkel Test', kind: 'learning_guidance' },
      admin: { email, name: 'Lea Admin', password: PASSWORD, language },
    }),
  });
  if (response.status !== 201)
    throw new Error(`setup failed: ${response.status} ${await response.text()}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context and page. Uncaught page errors and CSP violations fail the
 * test (collected in `problems`); 401 answers while logged out are expected noise.
 */
export async function openPage(
  browser: Browser,
  locale: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1180, height: 820 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`);
  });
  page.setDefaultTimeout(10_000);
  return { context, page, problems };
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and expects no violation.
 * The app's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol
 * (page.evaluate) rather than injected as a <script> tag, which the CSP would block.
 */
export async function expectAccessible(page: Page, label: string) {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  if (violations.length) {
    console.error(`axe violations on ${label}:\n${JSON.stringify(violations, null, 2)}`);
  }
  expect(
    violations.map((v) => `${v.id}: ${v.help}`),
    `axe on ${label}`,
  ).toEqual([]);
}

/** The page's single <h1>. */
export function heading(page: Page) {
  return page.locator('main h1');
}

export async function expectHeading(page: Page, text: string | RegExp) {
  await expect.poll(() => heading(page).textContent(), { timeout: 10_000 }).toMatch(text);
  expect(await page.locator('h1').count()).toBe(1);
}

/** Logs in through the form and waits for the welcome page (in nl, fr or en). */
export async function logIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/login`);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.locator('main button[type=submit]').click();
  await expectHeading(page, /^(Welcome|Welkom|Bienvenue)/);
}

/** A CSV file for a file input. */
export function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

/** Presses Tab until the focused element's text is `text` (at most 20 times). */
export async function tabToText(page: Page, text: string) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (focused.trim() === text) return;
  }
  throw new Error(`no focusable "${text}"`);
}

/** Calls the API as `email` with a cookie session and the CSRF header (for fixtures). */
export async function apiAs(url: string, email: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`log-in of ${email}: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': contentType, cookie, 'x-csrf-token': csrfToken },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
}
