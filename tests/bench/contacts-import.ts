/**
 * Bench (a): importing a generated CSV of contact rows through the import service, against
 * a raw COPY of the same rows into the same table. The CSV is generated as a stream: the
 * import never sees the whole file (the PGlite COPY baseline needs it as one blob).
 */
import type { Actor } from '../../src/services/actor.ts';
import type { Services } from '../../src/services/index.ts';
import type { BenchDatabase } from './engine.ts';
import { fmt, line, once } from './measure.ts';

const TYPES: [string, number][] = [
  ['individual_advice', 28_977],
  ['documentation_centre', 9_556],
  ['collective_activity', 18_062],
  ['event', 6_145],
  ['outreach', 2_914],
];
const TYPE_OF = TYPES.flatMap(([type, n]) => Array<string>(Math.round(n / 100)).fill(type));
const THEMES = ['learn', 'work', 'move', 'start_business', 'choose'];
const LANGUAGES = ['fr', 'fr', 'fr', 'fr', 'fr', 'fr', 'nl', 'en', 'ar', 'es', 'uk', 'tr'];
const CHANNELS = ['walk_in', 'walk_in', 'walk_in', 'phone', 'email', 'online'];
const NIS = Array.from({ length: 19 }, (_, i) => String(21001 + i));
const DAYS = Array.from({ length: 3653 }, (_, i) =>
  new Date(Date.UTC(2016, 0, 1 + i)).toISOString().slice(0, 10),
);
const PLACE: Record<string, string> = { event: 'beurzen', outreach: 'formtruck' };

function hash(i: number, salt: number): number {
  let x = (i * 0x9e3779b1 + salt) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

export interface BenchRow {
  date: string;
  type: string;
  count: number;
  theme: string;
  language: string;
  channel: string;
  location: string;
  municipality: string;
  tag: string;
  externalId: string;
}

/** Row `i` of the generated file: the same on every run. */
export function benchRow(i: number): BenchRow {
  const type = TYPE_OF[hash(i, 1) % TYPE_OF.length]!;
  const reached = type === 'event' || type === 'outreach';
  const h = hash(i, 2);
  return {
    date: DAYS[hash(i, 3) % DAYS.length]!,
    type,
    count: 1 + (h % 97 === 0 ? h % 5 : 0),
    theme: THEMES[h % THEMES.length]!,
    language: LANGUAGES[hash(i, 4) % LANGUAGES.length]!,
    channel: reached ? 'outreach' : CHANNELS[h % CHANNELS.length]!,
    location: PLACE[type] ?? 'sterrenkunde',
    municipality: reached ? NIS[h % NIS.length]! : '',
    tag: !reached && h % 10 === 0 ? 'ukrainian' : '',
    externalId: `bench-${i}`,
  };
}

/** `rows` generated rows as CSV text in chunks of about 1,000 lines. */
export async function* csvChunks(
  rows: number,
  header: string | null,
  format: (row: BenchRow) => string,
): AsyncGenerator<string> {
  if (header) yield `${header}\n`;
  for (let start = 0; start < rows; start += 1000) {
    let text = '';
    for (let i = start; i < Math.min(rows, start + 1000); i++) text += `${format(benchRow(i))}\n`;
    yield text;
  }
}

const IMPORT_HEADER =
  'date,type,count,theme,language,channel,location,municipality,tags,external_id';
const importLine = (r: BenchRow) =>
  `${r.date},${r.type},${r.count},${r.theme},${r.language},${r.channel},${r.location},${r.municipality},${r.tag},${r.externalId}`;

const COPY_COLUMNS = [
  'organisation_id',
  'contact_date',
  'type',
  'count',
  'theme',
  'language',
  'channel',
  'location_id',
  'municipality',
  'tags',
  'external_id',
  'recorded_by',
];

export async function benchImport(
  bench: BenchDatabase,
  services: Services,
  actor: Actor & { organisationId: string },
  locations: Record<string, string>,
  rows: number,
): Promise<void> {
  const { owner } = bench;
  const org = actor.organisationId;
  const copyLine = (r: BenchRow) =>
    `${org},${r.date},${r.type},${r.count},${r.theme},${r.language},${r.channel},${locations[r.location]},${r.municipality},{${r.tag}},${r.externalId},${actor.userId ?? ''}`;
  console.log(`\n[${bench.engine}] (a) import of ${fmt.int(rows)} generated contact rows`);

  const copy = await once(() =>
    owner.copyCsv('contacts', COPY_COLUMNS, csvChunks(rows, null, copyLine)),
  );
  if (copy.result !== rows) throw new Error(`COPY wrote ${copy.result} rows, not ${rows}`);
  await owner.query('TRUNCATE contacts');
  await owner.query('VACUUM ANALYZE contacts');

  let lastProgress = Date.now();
  const imported = await once(() =>
    services.imports.contacts(actor, csvChunks(rows, IMPORT_HEADER, importLine), {
      onProgress: ({ rows: done }) => {
        if (Date.now() - lastProgress < 10_000) return;
        lastProgress = Date.now();
        console.log(`    … ${fmt.int(done)} rows read`);
      },
    }),
  );
  const report = imported.result;
  if (!report.committed || report.inserted !== rows)
    throw new Error(
      `import did not write ${rows} rows: ${JSON.stringify({ ...report, errors: report.errors.slice(0, 3) })}`,
    );
  const again = await once(() =>
    services.imports.contacts(actor, csvChunks(rows, IMPORT_HEADER, importLine)),
  );
  const [{ n } = { n: 0 }] = await owner.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM contacts',
  );
  if (n !== rows || again.result.unchanged !== rows)
    throw new Error(`re-import changed something: ${n} rows, ${again.result.unchanged} unchanged`);
  await owner.query('TRUNCATE contacts');

  const perSecond = (ms: number) => `${fmt.int((rows / ms) * 1000)} rows/s`;
  line('baseline: raw COPY of the same rows (owner)', fmt.ms(copy.ms), perSecond(copy.ms));
  line(
    'services.imports.contacts (CSV stream, RLS, checks)',
    fmt.ms(imported.ms),
    `${perSecond(imported.ms)}   ${fmt.ratio(imported.ms / copy.ms)} — ${((copy.ms / imported.ms) * 100).toFixed(0)}% of COPY speed (aim ≥ 33% on PostgreSQL)`,
  );
  line(
    're-import of the same file (all unchanged)',
    fmt.ms(again.ms),
    `${perSecond(again.ms)}   ${fmt.ratio(again.ms / copy.ms)}`,
  );
}
