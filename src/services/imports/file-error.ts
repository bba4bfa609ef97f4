/**
 * A problem with the file as a whole (not one row): nothing is imported, whatever the
 * options. `code` names a message `import.file.<code>`; `line` is where it was found.
 */
export class ImportFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly line: number | null = null,
    readonly column: string | null = null,
  ) {
    super(`import file error: ${code}`);
    this.name = 'ImportFileError';
  }

  /** The same error, placed on a line (the decoder does not count lines; the reader does). */
  at(line: number): ImportFileError {
    return new ImportFileError(this.code, { ...this.params, line }, line, this.column);
  }
}

export type FileErrorCode =
  | 'empty'
  | 'wrong_delimiter'
  | 'missing_columns'
  | 'unknown_columns'
  | 'duplicate_column'
  | 'invalid_utf8'
  | 'unclosed_quote'
  | 'row_too_long'
  | 'too_large'
  | 'read_failed';
