import { describe, expect, it } from 'vitest';
import { readHeader, type Header } from './columns.ts';
import { ExternalIdSet } from './external-ids.ts';
import { RowReader, type RowContext } from './rows.ts';

const context: RowContext = {
  today: '2026-03-02',
  locationId: (text) => (text === 'desk' || text === 'Front desk' ? 'loc-1' : null),
};

function header(line: string): Header {
  const read = readHeader({ line: 1, fields: line.split(',') });
  if ('problems' in read) throw new Error(read.problems.map((p) => p.code).join());
  return read.header;
}

const full = header(
  'Date, TYPE ,count,theme,language,channel,time,location,municipality,tags,activity,external_id',
);

function parse(values: string, h = full) {
  return new RowReader(h, context).read({ line: 2, fields: values.split(',') });
}

function issues(values: string, h = full) {
  return parse(values, h).issues.map((i) => `${i.column}:${i.code}`);
}

describe('import header', () => {
  it('takes columns in any order and any case, ignoring empty names', () => {
    const h = header(' type ,DATE,,');
    expect(h).toEqual({ width: 4, index: { type: 0, date: 1 } });
  });

  it('names unknown, repeated and missing columns', () => {
    const read = readHeader({ line: 1, fields: ['datum', 'type', 'Type', 'colour'] });
    expect('problems' in read && read.problems.map((p) => [p.code, p.params])).toEqual([
      ['duplicate_column', { column: 'type' }],
      ['unknown_columns', expect.objectContaining({ columns: 'datum, colour', count: 2 })],
      ['missing_columns', { columns: 'date', count: 1 }],
    ]);
  });

  it('tells a wrong delimiter from a single unknown column', () => {
    const tabs = readHeader({ line: 1, fields: ['date\ttype\tcount'] });
    expect('problems' in tabs && tabs.problems[0]!.code).toBe('wrong_delimiter');
    const single = readHeader({ line: 1, fields: ['datum'] });
    expect('problems' in single && single.problems.map((p) => p.code)).toEqual([
      'unknown_columns',
      'missing_columns',
    ]);
  });
});

describe('import rows', () => {
  it('reads a full row, in either date format, with defaults', () => {
    const { row, issues: found } = parse(
      '01/02/2026,Collective_Activity,12,work,FR,walk_in,14:30,Front desk,1080,Ukrainian| neet_referral,WS-1,X-1',
    );
    expect(found).toEqual([]);
    expect(row).toEqual({
      draft: {
        date: '2026-02-01',
        time: '14:30',
        type: 'collective_activity',
        count: 12,
        theme: 'work',
        language: 'fr',
        channel: 'walk_in',
        locationId: 'loc-1',
        municipality: '21012',
        tags: ['ukrainian', 'neet_referral'],
        activityId: null,
        externalId: 'X-1',
      },
      activity: 'WS-1',
    });
    expect(parse('2026-03-02,event,,,,,,,,,,').row?.draft).toMatchObject({ count: 1, tags: [] });
  });

  it('refuses missing, impossible and future dates', () => {
    expect(issues(',event,,,,,,,,,,')).toEqual(['date:required']);
    expect(issues('2023-02-30,event,,,,,,,,,,')).toEqual(['date:invalid_date']);
    expect(issues('31/04/2024,event,,,,,,,,,,')).toEqual(['date:invalid_date']);
    expect(issues('2026-03-03,event,,,,,,,,,,')).toEqual(['date:future_date']);
  });

  it('refuses zero, negative, fractional and huge counts', () => {
    for (const count of ['0', '-3', '1.5', '2,5', 'ten']) {
      const fields = ['2024-01-01', 'event', count, ...Array<string>(9).fill('')];
      const found = new RowReader(full, context).read({ line: 2, fields }).issues;
      expect(found, count).toEqual([{ column: 'count', code: 'not_whole_number' }]);
    }
    expect(issues('2024-01-01,event,100001,,,,,,,,,')).toEqual(['count:too_big']);
  });

  it('names every bad value on its column', () => {
    expect(issues('2024-01-01,coffee,1,sleep,xx,pigeon,25:00,elsewhere,1050,Not A Tag,,')).toEqual([
      'type:unknown_type',
      'theme:unknown_theme',
      'language:unknown_language',
      'channel:unknown_channel',
      'time:invalid_time',
      'location:unknown_location',
      'municipality:ambiguous_postal_code',
      'tags:invalid_tag',
    ]);
    expect(issues('2024-01-01,event,1,,,,,,9999,,,')).toEqual([
      'municipality:unknown_municipality',
    ]);
    expect(issues('2024-01-01,individual_advice,1,,,,,,,,WS-1,')).toEqual([
      'activity:type_takes_no_activity',
    ]);
    expect(issues('2024-01-01,event,1,,,,,,,,,a\u0000b')).toEqual([
      'external_id:invalid_characters',
    ]);
  });

  it('refuses a row whose field count differs from the header, tolerating empty extras', () => {
    expect(issues('2024-01-01,event')).toEqual(['null:field_count']);
    const short = header('date,type');
    expect(issues('2024-01-01,event,,', short)).toEqual([]);
    expect(issues('2024-01-01,event,x', short)).toEqual(['null:field_count']);
  });
});

describe('external id set', () => {
  it('finds repeats exactly, with the first line, across growth', () => {
    const set = new ExternalIdSet();
    let repeats = 0;
    for (let i = 0; i < 50_000; i++) if (set.add(`EXT-${i}`, i + 2) !== null) repeats++;
    expect(repeats).toBe(0);
    expect(set.add('EXT-123', 99_999)).toBe(125);
    expect(set.add('ext-123', 99_999)).toBeNull();
    expect(set.add('été-1', 7)).toBeNull();
    expect(set.add('été-1', 8)).toBe(7);
    expect(set.size).toBe(50_002);
    expect(set.byteLength).toBeLessThan(3_000_000);
  });
});
