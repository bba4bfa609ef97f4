import type { FormLanguage } from '../../../core/surveys/model.ts';
import type { PublicSurvey } from '../../../shared/schemas/surveys.ts';
import type { AnswerValue, FormIssue } from './answers.ts';

/**
 * The public form talks to two endpoints with plain fetch: no cookies (credentials
 * omitted), no session, no CSRF token, nothing cached or stored in the browser.
 */
const OPTIONS: RequestInit = {
  credentials: 'omit',
  cache: 'no-store',
  referrerPolicy: 'no-referrer',
};

export type LoadResult =
  | { kind: 'ok'; survey: PublicSurvey; loadedAt: number }
  | { kind: 'not_found' }
  | { kind: 'closed' }
  | { kind: 'failed' };

const surveyUrl = (code: string) => `/api/public/surveys/${encodeURIComponent(code)}`;

/** The published questionnaire behind a public code, with a fresh form token. */
export async function loadSurvey(code: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(surveyUrl(code), {
      ...OPTIONS,
      headers: { accept: 'application/json' },
    });
  } catch {
    return { kind: 'failed' };
  }
  if (response.status === 404 || response.status === 400) return { kind: 'not_found' };
  if (response.status === 410) return { kind: 'closed' };
  if (!response.ok) return { kind: 'failed' };
  try {
    const survey = (await response.json()) as PublicSurvey;
    if (!Array.isArray(survey?.definition?.questions) || typeof survey.formToken !== 'string')
      return { kind: 'failed' };
    return { kind: 'ok', survey, loadedAt: Date.now() };
  } catch {
    return { kind: 'failed' };
  }
}

export interface Submission {
  formToken: string;
  answers: Record<string, AnswerValue>;
  language: FormLanguage;
  kiosk: boolean;
  website: string;
}

export type SendResult =
  | { kind: 'sent' }
  | { kind: 'invalid'; issues: (FormIssue & { path: string })[] }
  | { kind: 'closed' }
  | { kind: 'rate_limited' }
  | { kind: 'network' }
  | { kind: 'server' };

/** Sends one filled-in form; `key` stays the same on every retry of that form. */
export async function sendResponse(
  code: string,
  key: string,
  submission: Submission,
): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(`${surveyUrl(code)}/responses`, {
      ...OPTIONS,
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'idempotency-key': key,
      },
      body: JSON.stringify(submission),
    });
  } catch {
    return { kind: 'network' };
  }
  if (response.ok) return { kind: 'sent' };
  if (response.status === 410 || response.status === 404) return { kind: 'closed' };
  if (response.status === 429) return { kind: 'rate_limited' };
  if (response.status === 400) return { kind: 'invalid', issues: await problemIssues(response) };
  return { kind: 'server' };
}

async function problemIssues(response: Response): Promise<(FormIssue & { path: string })[]> {
  try {
    const problem = (await response.json()) as {
      code?: string;
      errors?: { path?: string; code?: string; params?: Record<string, string | number> }[];
    };
    const issues = (problem.errors ?? []).map((e) => ({
      path: String(e.path ?? ''),
      code: String(e.code ?? ''),
      params: e.params,
    }));
    if (issues.length === 0 && problem.code === 'FORM_EXPIRED')
      issues.push({ path: 'formToken', code: 'form_expired', params: undefined });
    return issues;
  } catch {
    return [];
  }
}

/** A random version 4 UUID; also where `crypto.randomUUID` is missing (plain-http tablets). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
