import type { Problem } from '../../shared/schemas/common.ts';

/** One field problem from the server (or from client-side checks), translated at render time. */
export interface FieldIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * A failed API call as the UI needs it: the stable error code (`error.<CODE>`), its
 * parameters and the field issues (`issue.<code>`). `NETWORK` means no answer at all.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
    readonly requestId: string | null = null,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let language = 'en';
let onUnauthenticated: ((code: string) => void) | null = null;

/** The session's CSRF token, sent on every unsafe request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Sent as Accept-Language so that server-side texts (problem `detail`) match the UI. */
export function setApiLanguage(lang: string) {
  language = lang;
}

/** Called when an authenticated call answers 401 (the session ended or expired). */
export function onSessionLost(listener: ((code: string) => void) | null) {
  onUnauthenticated = listener;
}

export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Partial<Problem> = {};
  try {
    problem = (await response.json()) as Partial<Problem>;
  } catch {
    // Not JSON (a proxy error page): keep the status only.
  }
  const code =
    typeof problem.code === 'string'
      ? problem.code
      : response.status >= 500
        ? 'INTERNAL'
        : 'UNKNOWN';
  const params = {
    ...(problem.params ?? {}),
    ...(problem.requestId ? { requestId: problem.requestId } : {}),
  };
  const issues = (problem.errors ?? []).map(({ path, code: issueCode, params: issueParams }) => ({
    path,
    code: issueCode,
    ...(issueParams ? { params: issueParams } : {}),
  }));
  return new ApiError(response.status, code, params, issues, problem.requestId ?? null);
}

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: { quiet401?: boolean } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': language,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'NETWORK');
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (
      response.status === 401 &&
      !options.quiet401 &&
      (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED')
    ) {
      onUnauthenticated?.(error.code);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The JSON API client: same-origin cookie session, CSRF header, problem+json errors as ApiError. */
export const api = {
  get: <T>(path: string, query?: Query, options?: { quiet401?: boolean }) =>
    request<T>('GET', `${path}${queryString(query)}`, undefined, options),
  post: <T>(path: string, body: unknown = {}, options?: { quiet401?: boolean }) =>
    request<T>('POST', path, body, options),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
