import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { textIn, type FormLanguage } from '../../src/core/surveys/model.ts';
import { VISITOR_PROFILE } from '../../src/core/surveys/visitor-profile.ts';
import {
  launchBrowser,
  PASSWORD,
  setupThroughApi,
  startServer,
  type RunningServer,
} from './helpers.ts';

/** Shared steps of the public questionnaire's browser tests. */

export const EMAIL = 'lea@leerwinkel.example';
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export type Call = (method: string, path: string, body?: unknown) => Promise<unknown>;

/** Calls the API as the set-up admin (cookie session and CSRF header), for fixtures and checks. */
export async function apiAs(url: string, email: string): Promise<Call> {
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
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
}

export interface Sent {
  key: string | undefined;
  body: { formToken: string; answers: Record<string, unknown>; [field: string]: unknown };
}

/**
 * Every submission the page makes (also the ones that fail), the Cookie header of every
 * call to the public API, and any call to the session API.
 */
export function watch(page: Page) {
  const sent: Sent[] = [];
  const cookies: Promise<string | undefined>[] = [];
  const sessionCalls: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/api/auth/')) sessionCalls.push(url);
    if (url.includes('/api/public/'))
      cookies.push(
        request
          .allHeaders()
          .then((headers) => headers['cookie'])
          .catch(() => 'headers not available'),
      );
    if (request.method() === 'POST' && /\/api\/public\/surveys\/\w+\/responses$/.test(url))
      sent.push({
        key: request.headers()['idempotency-key'],
        body: request.postDataJSON() as Sent['body'],
      });
  });
  return { sent, cookies, sessionCalls };
}

/** The visitor profile's texts, so the test reads what a visitor reads. */
export const question = (key: string) => VISITOR_PROFILE.questions.find((q) => q.key === key)!;
export const ask = (key: string, lang: FormLanguage) => textIn(question(key).labels, lang);
export const option = (key: string, option: string, lang: FormLanguage) =>
  textIn(question(key).options!.find((o) => o.key === option)!.labels, lang);

export const progress = (page: Page) => page.locator('.sf-progress__text').textContent();
export const root = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
export const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
export const checked = (page: Page) => page.locator('main input:checked').count();

export async function choose(page: Page, label: string, then: string) {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await button(page, then).click();
}

/** Presses Tab until the focused element's accessible text matches `name`. */
export async function tabTo(page: Page, name: string | RegExp) {
  for (let presses = 0; presses < 15; presses++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return (element?.labels?.[0]?.textContent ?? element?.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? text === name : name.test(text)) return;
  }
  throw new Error(`Tab never reached “${String(name)}”`);
}

/** Nothing left in the browser: no cookie, no web storage, no database. */
export async function expectNoTraces(context: BrowserContext, page: Page) {
  expect(await context.cookies()).toEqual([]);
  expect(
    await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    })),
  ).toEqual({ local: 0, session: 0, databases: 0 });
}

export interface SurveyFixture {
  browser: Browser;
  server: RunningServer;
  /** The API as the organisation's admin. */
  call: Call;
  /** The organisation's built-in visitor profile (published when the organisation is made). */
  profile: { id: string; publicCode: string };
  /** How many responses a questionnaire has stored. */
  responses(id: string): Promise<number>;
}

/** A browser and a fresh installation whose organisation has its visitor profile. */
export function surveyFixture(): SurveyFixture {
  const f = {} as SurveyFixture;
  beforeAll(async () => {
    f.browser = await launchBrowser();
    f.server = await startServer();
    await setupThroughApi(f.server.url, EMAIL);
    f.call = await apiAs(f.server.url, EMAIL);
    const list = (await f.call('GET', '/api/surveys')) as {
      items: { id: string; publicCode: string; template: string | null; status: string }[];
    };
    const builtIn = list.items.find((s) => s.template === 'visitor_profile');
    expect(builtIn?.status).toBe('published');
    f.profile = builtIn!;
    f.responses = async (id) =>
      ((await f.call('GET', `/api/surveys/${id}`)) as { responses: number }).responses;
  });
  afterAll(async () => {
    await f.browser?.close();
    await f.server?.close();
  });
  return f;
}
