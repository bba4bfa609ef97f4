import type { UiLanguage } from '../../core/common/languages.ts';
import { hasMessage, translate } from '../../shared/i18n/translate.ts';
import type { ImportFileError } from './file-error.ts';
import type { RowIssue } from './rows.ts';

export type { ImportErrorEntry, ImportReport } from '../../shared/schemas/imports.ts';
import type { ImportErrorEntry, ImportReport } from '../../shared/schemas/imports.ts';

export const MAX_LISTED_ERRORS = 1000;
export const MAX_LISTED_ACTIVITIES = 1000;

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

export function addError(report: ImportReport, entry: ImportErrorEntry) {
  report.errorCount++;
  if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push(entry);
}

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

export function addFileError(report: ImportReport, lang: UiLanguage, error: ImportFileError) {
  report.fileError = true;
  const key = `import.file.${error.code}`;
  addError(report, {
    line: error.line ?? 1,
    column: error.column,
    code: error.code,
    message: hasMessage(key) ? translate(lang, key, error.params) : error.code,
    ...(Object.keys(error.params).length ? { params: error.params } : {}),
  });
}
