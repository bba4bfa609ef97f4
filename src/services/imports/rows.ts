import {
  CHANNELS,
  CONTACT_TYPES,
  MAX_CONTACT_COUNT,
  categoryForContactType,
  type ContactType,
} from '../../core/contacts/model.ts';
import { parseCalendarDate, parseTimeOfDay } from '../../core/contacts/dates.ts';
import {
  municipalitiesByPostalCode,
  municipalityByNis,
} from '../../core/reference/municipalities.ts';
import { SERVICE_LANGUAGES } from '../../core/reference/service-languages.ts';
import { THEMES } from '../../core/reference/themes.ts';
import type { ContactDraft } from '../contacts/drafts.ts';
import type { Header, ImportColumn } from './columns.ts';
import type { CsvRecord } from './csv.ts';
import type { RowIssue } from './report.ts';

export type { RowIssue } from './report.ts';

/**
 * The problem of a record whose shape is wrong, whatever the import: more or fewer fields
 * than the header (trailing empty fields are tolerated), or text after a closing quote.
 */
export function recordShapeIssue(record: CsvRecord, width: number): RowIssue | null {
  const { fields } = record;
  const extra = fields.slice(width).some((field) => field.trim() !== '');
  if (fields.length < width || extra)
    return {
      column: null,
      code: 'field_count',
      params: { expected: width, actual: fields.length },
    };
  return record.badQuote ? { column: null, code: 'bad_quote' } : null;
}

/** A row read into a contact; `activity` is the activity's external id, resolved later. */
export interface ImportRow {
  draft: ContactDraft;
  activity: string | null;
}

export interface RowContext {
  /** Today in the organisation's zone: later dates are refused. */
  today: string;
  /** The id of the organisation's location with this slug or exact name. */
  locationId(text: string): string | null;
}

const KEY = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;
const MAX_TAGS = 20;
const MAX_ID_LENGTH = 100;
const TYPES = new Set<string>(CONTACT_TYPES);
const THEME_SET = new Set<string>(THEMES);
const CHANNEL_SET = new Set<string>(CHANNELS);
const LANGUAGES = new Set(SERVICE_LANGUAGES);

/**
 * Reads data rows into contacts; every problem is listed, each on its column. One reader
 * serves a whole file (its methods are shared, so a row costs no new closures).
 */
export class RowReader {
  private fields: string[] = [];
  private issues: RowIssue[] = [];

  constructor(
    private readonly header: Header,
    private readonly context: RowContext,
  ) {}

  read(record: CsvRecord): { row: ImportRow | null; issues: RowIssue[] } {
    const { header } = this;
    this.fields = record.fields;
    const issues: RowIssue[] = (this.issues = []);
    const shape = recordShapeIssue(record, header.width);
    if (shape) return { row: null, issues: [shape] };

    const date = this.date();
    const typeText = this.value('type');
    const type =
      typeText === '' ? this.fail('type', 'required') : this.oneOf('type', TYPES, 'unknown_type');
    const count = this.count();
    const theme = this.oneOf('theme', THEME_SET, 'unknown_theme');
    const language = this.oneOf('language', LANGUAGES, 'unknown_language');
    const channel = this.oneOf('channel', CHANNEL_SET, 'unknown_channel');
    const timeText = this.value('time');
    const time = timeText ? (parseTimeOfDay(timeText) ?? this.fail('time', 'invalid_time')) : null;
    const locationText = this.value('location');
    const locationId = locationText
      ? (this.context.locationId(locationText) ??
        this.fail('location', 'unknown_location', { value: locationText }))
      : null;
    const municipality = this.municipality();
    const tags = this.tags();
    const activity = this.identifier('activity');
    if (activity && type && !categoryForContactType(type as ContactType))
      this.fail('activity', 'type_takes_no_activity');
    const externalId = this.identifier('external_id');
    if (issues.length || !date || !type) return { row: null, issues };
    const draft: ContactDraft = {
      date,
      time,
      type: type as ContactType,
      count,
      theme,
      language,
      channel,
      locationId,
      municipality,
      tags,
      activityId: null,
      externalId,
    };
    return { row: { draft, activity }, issues };
  }

  private fail(column: ImportColumn, code: string, params?: RowIssue['params']): null {
    this.issues.push({ column, code, ...(params ? { params } : {}) });
    return null;
  }

  /** The trimmed text of `column` ('' when absent or empty). */
  private value(column: ImportColumn): string {
    const index = this.header.index[column];
    const text = index === undefined ? '' : this.fields[index]!.trim();
    if (!text.includes('\u0000')) return text;
    this.fail(column, 'invalid_characters');
    return '';
  }

  private oneOf(column: ImportColumn, allowed: Set<string>, code: string): string | null {
    const text = this.value(column);
    if (text === '') return null;
    const lower = text.toLowerCase();
    return allowed.has(lower) ? lower : this.fail(column, code, { value: text });
  }

  private date(): string | null {
    const text = this.value('date');
    if (text === '') return this.fail('date', 'required');
    const date = parseCalendarDate(text);
    if (!date) return this.fail('date', 'invalid_date', { value: text });
    return date > this.context.today ? this.fail('date', 'future_date') : date;
  }

  private count(): number {
    const text = this.value('count');
    if (text === '') return 1;
    if (!/^\d+$/.test(text) || Number(text) < 1) this.fail('count', 'not_whole_number');
    else if (Number(text) > MAX_CONTACT_COUNT)
      this.fail('count', 'too_big', { maximum: MAX_CONTACT_COUNT });
    return Number(text);
  }

  /** A NIS code (21001–21019) or a Brussels postal code that names one municipality. */
  private municipality(): string | null {
    const text = this.value('municipality');
    if (text === '') return null;
    if (/^\d{5}$/.test(text) && municipalityByNis(text)) return text;
    if (/^\d{4}$/.test(text)) {
      const found = municipalitiesByPostalCode(text);
      if (found.length === 1) return found[0]!.nis;
      if (found.length > 1)
        return this.fail('municipality', 'ambiguous_postal_code', { value: text });
    }
    return this.fail('municipality', 'unknown_municipality', { value: text });
  }

  /** Tags separated by `|`, lower-cased: `ukrainian|neet_referral`. */
  private tags(): string[] {
    const text = this.value('tags');
    if (text === '') return [];
    const tags = [...new Set(text.split('|').map((tag) => tag.trim().toLowerCase()))].filter(
      Boolean,
    );
    const bad = tags.find((tag) => tag.length > 64 || !KEY.test(tag));
    if (bad !== undefined) this.fail('tags', 'invalid_tag', { value: bad });
    else if (tags.length > MAX_TAGS) this.fail('tags', 'too_many_tags', { maximum: MAX_TAGS });
    return tags;
  }

  /** An external id (of the contact or its activity): up to 100 characters. */
  private identifier(column: 'activity' | 'external_id'): string | null {
    const text = this.value(column);
    if (text === '') return null;
    if (text.length <= MAX_ID_LENGTH) return text;
    return this.fail(column, 'too_big', { maximum: MAX_ID_LENGTH });
  }
}
