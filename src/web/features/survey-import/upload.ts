import type { Problem } from '../../../shared/schemas/common.ts';
import type { ImportReport } from '../../../shared/schemas/imports.ts';
import { ApiError } from '../../lib/api.ts';

export interface SurveyUploadOptions {
  /** The questionnaire's short name; empty for the organisation's visitor profile. */
  survey: string;
  skipInvalid: boolean;
  dryRun: boolean;
  csrfToken: string | null;
  lang: string;
  /** Bytes sent so far, of `total`. */
  onProgress(sent: number, total: number): void;
}

function problemOf(xhr: XMLHttpRequest): ApiError {
  let problem: Partial<Problem> = {};
  try {
    problem = JSON.parse(xhr.responseText) as Partial<Problem>;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const code = problem.code ?? (xhr.status >= 500 ? 'INTERNAL' : 'UNKNOWN');
  const params = {
    ...(problem.params ?? {}),
    ...(problem.requestId ? { requestId: problem.requestId } : {}),
  };
  return new ApiError(xhr.status, code, params, problem.errors ?? [], problem.requestId ?? null);
}

/**
 * Sends the answers file as the request body (text/csv) to POST /api/imports/surveys with
 * XMLHttpRequest, whose upload events give the progress; the server checks rows as they
 * arrive. Resolves with the report; refusals (403, 404 for an unknown or draft
 * questionnaire…) reject with an ApiError.
 */
export function uploadAnswers(file: File, options: SurveyUploadOptions): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({
      skipInvalid: String(options.skipInvalid),
      dryRun: String(options.dryRun),
    });
    if (options.survey) query.set('survey', options.survey);
    xhr.open('POST', `/api/imports/surveys?${query}`);
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', options.lang);
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.upload.onprogress = (event) =>
      options.onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      if (xhr.status !== 200) return reject(problemOf(xhr));
      try {
        resolve(JSON.parse(xhr.responseText) as ImportReport);
      } catch {
        reject(new ApiError(xhr.status, 'INTERNAL'));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK'));
    xhr.send(file);
  });
}
