import type { UiLanguage } from '../../core/common/languages.ts';
import { hasMessage, translate } from '../../shared/i18n/translate.ts';
import type { ImportFileError } from './file-error.ts';

export type { ImportErrorEntry, ImportReport } from '../../shared/schemas/imports.ts';
import type { ImportErrorEntry, ImportReport } from '../../shared/schemas/imports.ts';

/** One problem of one row, on one column (null: the row as a whole). */
export interface RowIssue {
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export const MAX_LISTED_ERRORS = 1000;
export const MAX_LISTED_ACTIVITIES = 1000;

/** A report before anything was read. */
export function emptyReport(options: { dryRun: boolean; skipInvalid: boolean }): ImportReport {
  return {
    committed: false,
    dryRun: options.dryRun,
    skipInvalid: options.skipInvalid,
    delimiter: null,
    bytesRead: 0,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    invalidRows: 0,
    withoutExternalId: 0,
    newTags: [],
    newActivities: [],
    newActivityCount: 0,
    errors: [],
    errorCount: 0,
    fileError: false,
  };
}

/** The message of a row problem: the import's own wording first, then the shared one. */
export function issueMessage(
  lang: UiLanguage,
  code: string,
  params?: Record<string, string | number>,
): string {
  for (const key of [`import.issue.${code}`, `issue.${code}`])
    if (hasMessage(key)) return translate(lang, key, params);
  return translate(lang, 'issue.invalid');
}

/** Counts an error; lists it while fewer than 1,000 are listed. */
export function addError(report: ImportReport, entry: ImportErrorEntry) {
  report.errorCount++;
  if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push(entry);
}

/** Counts an invalid row and reports each of its problems, translated. */
export function addRowIssues(
  report: ImportReport,
  lang: UiLanguage,
  line: number,
  issues: RowIssue[],
) {
  report.invalidRows++;
  for (const issue of issues)
    addError(report, {
      line,
      column: issue.column,
      code: issue.code,
      message: issueMessage(lang, issue.code, issue.params),
      ...(issue.params ? { params: issue.params } : {}),
    });
}

/**
 * Reports a problem with the file as a whole: nothing is imported. The message is the
 * import's own (`<namespace><code>`, such as `import.surveyFile.empty`) when there is one,
 * else the shared `import.file.<code>`.
 */
export function addFileError(
  report: ImportReport,
  lang: UiLanguage,
  error: ImportFileError,
  namespace?: string,
) {
  report.fileError = true;
  const own = namespace ? `${namespace}${error.code}` : null;
  const key = own && hasMessage(own) ? own : `import.file.${error.code}`;
  addError(report, {
    line: error.line ?? 1,
    column: error.column,
    code: error.code,
    message: hasMessage(key) ? translate(lang, key, error.params) : error.code,
    ...(Object.keys(error.params).length ? { params: error.params } : {}),
  });
}
