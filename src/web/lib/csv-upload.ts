import { useState } from 'react';
import type { Problem } from '../../shared/schemas/common.ts';
import type { ImportReport } from '../../shared/schemas/imports.ts';
import { ApiError } from './api.ts';
import { useI18n } from './i18n.tsx';
import { useSession } from './session.tsx';

export interface CsvUploadOptions {
  skipInvalid: boolean;
  dryRun: boolean;
  /** Further query parameters of the import (e.g. the questionnaire); empty ones are left out. */
  query?: Record<string, string>;
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
 * Sends a CSV file as the request body (text/csv) to an import endpoint (`path`, e.g.
 * `/api/imports/contacts`) with XMLHttpRequest, whose upload events give the progress; the
 * server reads the rows as they arrive, so bytes sent are rows checked. Resolves with the
 * report; refusals (403, 404, 415…) reject with an ApiError.
 */
export function uploadCsv(
  path: string,
  file: File,
  options: CsvUploadOptions,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({
      skipInvalid: String(options.skipInvalid),
      dryRun: String(options.dryRun),
    });
    for (const [key, value] of Object.entries(options.query ?? {}))
      if (value) query.set(key, value);
    xhr.open('POST', `${path}?${query}`);
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

type Phase = { step: 'idle' } | { step: 'sending'; share: number } | { step: 'processing' };

/**
 * The state of an import page: `start` sends the chosen file to `path` (with the
 * session's CSRF token and the UI language); `busy` while it is sent and checked, `share`
 * the part sent (null once all is sent and the server is still checking), then the
 * report with the file's name, or the error.
 */
export function useCsvUpload(path: string) {
  const { lang } = useI18n();
  const { session } = useSession();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [result, setResult] = useState<{ report: ImportReport; fileName: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const start = async (
    { file, skipInvalid, dryRun }: { file: File; skipInvalid: boolean; dryRun: boolean },
    query?: Record<string, string>,
  ) => {
    setResult(null);
    setError(null);
    setPhase({ step: 'sending', share: 0 });
    try {
      const report = await uploadCsv(path, file, {
        skipInvalid,
        dryRun,
        query,
        lang,
        csrfToken: session?.csrfToken ?? null,
        onProgress: (sent, total) =>
          setPhase(
            sent >= total ? { step: 'processing' } : { step: 'sending', share: sent / total },
          ),
      });
      setResult({ report, fileName: file.name });
    } catch (failure) {
      setError(failure);
    } finally {
      setPhase({ step: 'idle' });
    }
  };

  return {
    busy: phase.step !== 'idle',
    share: phase.step === 'sending' ? phase.share : null,
    result,
    error,
    start,
  };
}
