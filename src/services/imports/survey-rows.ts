import { checkAnswers } from '../../core/surveys/answers.ts';
import { FORM_LANGUAGES, optionKeysOf, type SurveyDefinition } from '../../core/surveys/model.ts';
import type { NewResponse } from '../surveys/store.ts';
import type { Header } from './columns.ts';
import type { CsvRecord } from './csv.ts';
import type { PendingItem } from './pipeline.ts';
import type { RowIssue } from './report.ts';
import { recordShapeIssue } from './rows.ts';
import { cellReader, FORM_LANGUAGE_SET, type CellReading } from './survey-columns.ts';
import { parseSubmittedAt } from './survey-dates.ts';

/** What every row of one answers file shares. */
export interface SurveyRowContext {
  surveyId: string;
  versionId: string;
  definition: SurveyDefinition;
  /** The organisation's time zone: times without an offset are local to it. */
  zone: string;
  /** When the import started, and that day in the zone: later submissions are refused. */
  now: Date;
  today: string;
}

/** A row of the chunk being written: invalid once it has issues (`response` is then null). */
export interface PendingResponse extends PendingItem {
  response: NewResponse | null;
}

const MAX_ID_LENGTH = 100;
const LANGUAGES = FORM_LANGUAGES.join(', ');

/**
 * Reads the data rows of an answers file into responses of the questionnaire's current
 * version, through the same rules as the public form (`checkAnswers`), except that an
 * answer to a question its condition hides is dropped: paper forms have them.
 */
export class SurveyRowReader {
  private readonly questions: { key: string; index: number; read(text: string): CellReading }[];
  /** The option keys of each choice question, as listed in an `unknown_option` message. */
  private readonly allowed = new Map<string, string>();

  constructor(
    private readonly header: Header<string>,
    private readonly context: SurveyRowContext,
  ) {
    this.questions = context.definition.questions.flatMap((question) => {
      const index = header.index[question.key];
      this.allowed.set(question.key, optionKeysOf(question).join(', '));
      if (index === undefined || question.key === 'submitted_at') return [];
      return [{ key: question.key, index, read: cellReader(question) }];
    });
  }

  /** One row: its response, or every problem with it (each on its column, left to right). */
  read(record: CsvRecord): PendingResponse {
    const line = record.line;
    const shape = recordShapeIssue(record, this.header.width);
    if (shape) return { line, response: null, issues: [shape] };
    const issues: RowIssue[] = [];
    const cell = (column: string, index = this.header.index[column]) => {
      const text = index === undefined ? '' : record.fields[index]!.trim();
      if (!text.includes('\u0000')) return text;
      issues.push({ column, code: 'invalid_characters' });
      return '';
    };
    const submittedAt = this.submittedAt(cell('submitted_at'), issues);
    const languageCell = cell('language');
    const languageText = languageCell.toLowerCase();
    if (languageText && !FORM_LANGUAGE_SET.has(languageText))
      issues.push({
        column: 'language',
        code: 'unknown_form_language',
        params: { value: languageCell, allowed: LANGUAGES },
      });
    const externalId = cell('external_id') || null;
    if (externalId && externalId.length > MAX_ID_LENGTH)
      issues.push({ column: 'external_id', code: 'too_big', params: { maximum: MAX_ID_LENGTH } });

    const input: Record<string, string> = {};
    const failed = new Set<string>();
    for (const question of this.questions) {
      const text = cell(question.key, question.index);
      if (text === '') continue;
      const reading = question.read(text);
      if ('value' in reading) input[question.key] = reading.value;
      else {
        failed.add(question.key);
        issues.push({ column: question.key, ...reading.issue });
      }
    }
    const checked = checkAnswers(this.context.definition, input, { hidden: 'drop' });
    for (const issue of checked.issues) {
      const column = issue.path.replace(/^answers\./, '');
      if (failed.has(column)) continue;
      const params =
        issue.code === 'unknown_option'
          ? { ...issue.params, allowed: this.allowed.get(column) ?? '' }
          : issue.params;
      issues.push({ column, code: issue.code, ...(params ? { params } : {}) });
    }
    if (issues.length > 1) issues.sort((a, b) => this.position(a) - this.position(b));
    if (issues.length || !submittedAt) return { line, response: null, issues };
    return {
      line,
      issues,
      response: {
        surveyId: this.context.surveyId,
        versionId: this.context.versionId,
        submittedAt,
        channel: 'import',
        language: languageText || null,
        externalId,
        answers: checked.answers,
      },
    };
  }

  /** Where an issue's column is in the file, so a row's issues read from left to right. */
  private position(issue: RowIssue): number {
    return issue.column === null ? -1 : (this.header.index[issue.column] ?? -1);
  }

  /** The submission instant: not in the future; a date alone today is at most now. */
  private submittedAt(text: string, issues: RowIssue[]): Date | null {
    const fail = (code: string, params?: RowIssue['params']) =>
      void issues.push({ column: 'submitted_at', code, ...(params ? { params } : {}) });
    if (text === '') return (fail('required'), null);
    const read = parseSubmittedAt(text, this.context.zone);
    if (!read) return (fail('invalid_submitted_at', { value: text }), null);
    const { now, today } = this.context;
    if (read.dateOnly !== null) {
      if (read.dateOnly > today) return (fail('future_date'), null);
      return read.instant > now ? now : read.instant;
    }
    return read.instant > now ? (fail('future_date'), null) : read.instant;
  }
}
