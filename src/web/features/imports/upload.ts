import type { Problem } from '../../../shared/schemas/common.ts';
import { ApiError } from '../../lib/api.ts';

export type { ImportErrorEntry, ImportReport } from '../../../shared/schemas/imports.ts';
import type { ImportReport } from '../../../shared/schemas/imports.ts';

export interface UploadOptions {
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
 * Sends the file as the request body (text/csv) with XMLHttpRequest, whose upload events
 * give the progress; the server reads the rows as they arrive, so bytes sent are rows
 * checked. Resolves with the report; refusals (403, 415…) reject with an ApiError.
 */
export function uploadContacts(file: File, options: UploadOptions): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({
      skipInvalid: String(options.skipInvalid),
      dryRun: String(options.dryRun),
    });
    xhr.open('POST', `/api/imports/contacts?${query}`);
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

function csvCell(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The problems as a CSV file (same delimiter as the imported file), for download. */
export function problemsCsv(report: ImportReport, header: readonly string[]): string {
  const delimiter = report.delimiter ?? ';';
  const rows = report.errors.map((e) => [String(e.line), e.column ?? '', e.code, e.message]);
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(delimiter)).join('\r\n')}\r\n`;
}
