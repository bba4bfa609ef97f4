import { alternatives, typesOf, type JsonSchema, type OpenApiDocument } from './openapi.ts';

/**
 * Values for the fuzzing test, from the JSON schemas of the OpenAPI document: a plausible
 * valid value (so that a single bad field reaches past the others), and bad values of every
 * kind for a field. Deterministic: every choice comes from a seeded generator.
 */

/** A small seeded generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick<T>(list: readonly T[]): T {
      return list[Math.floor(next() * list.length)]!;
    },
    /** `count` items of `list` in a random order, without repeats. */
    some<T>(list: readonly T[], count: number): T[] {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, count);
    },
    uuid(): string {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Strings that satisfy the patterns of the schemas, tried in order. */
const PATTERN_CANDIDATES = [
  'fuzz',
  'fuzzkey',
  'fuzz-key',
  'fuzz_key',
  '2026-01-15',
  '2026-01-15T10:00:00Z',
  '10:00',
  'fr',
  '21004',
  'abcd1234',
];

/** A plausible valid value of `schema`. */
export function sample(doc: OpenApiDocument, schema: JsonSchema, rng: Random, depth = 0): unknown {
  const options = alternatives(doc, schema);
  const s = options.find((o) => !typesOf(o).includes('null')) ?? options[0] ?? {};
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined && rng.next() < 0.5) return s.default;
  const type = typesOf(s)[0];
  if (depth > 12) return null;
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const key of s.required ?? [])
        result[key] = sample(doc, s.properties?.[key] ?? {}, rng, depth + 1);
      return result;
    }
    case 'array': {
      const items = Array.isArray(s.items) ? s.items[0] : s.items;
      const count = Math.max(Number(s.minItems ?? 0), 1);
      return Array.from({ length: count }, () => sample(doc, items ?? {}, rng, depth + 1));
    }
    case 'integer':
    case 'number': {
      const min = Number(s.minimum ?? s.exclusiveMinimum ?? 0);
      const max = Number(s.maximum ?? s.exclusiveMaximum ?? min + 10);
      return Math.min(Math.max(1, Math.ceil(min)), Math.floor(max));
    }
    case 'boolean':
      return true;
    case 'string':
      return sampleString(s, rng);
    default:
      return 'fuzz';
  }
}

function sampleString(s: JsonSchema, rng: Random): string {
  if (s.format === 'uuid') return rng.uuid();
  if (s.format === 'date-time') return '2026-01-15T10:00:00Z';
  if (s.format === 'email') return 'fuzz@example.org';
  const min = Number(s.minLength ?? 0);
  const max = Number(s.maxLength ?? 1000);
  const fits = (text: string) =>
    text.length >= min &&
    text.length <= max &&
    (typeof s.pattern !== 'string' || new RegExp(s.pattern).test(text));
  return PATTERN_CANDIDATES.find(fits) ?? 'x'.repeat(Math.max(min, 1));
}

/** Nested arrays `depth` deep, just within the input guard's limit or past it. */
export function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { n: value };
  return value;
}

/** Values that are wrong (or at the edge) for any field, whatever its type. */
const ANY_BAD: unknown[] = [
  null,
  '',
  ' ',
  true,
  0,
  -1,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  {},
  [],
  [null],
  { toString: 'x', __proto__x: 1 },
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '9999-12-31',
  '275760-09-13',
  '-001000-01-01',
  '2026-01-01T25:61:00Z',
  '24:00',
  "' OR 1=1 --",
  '%_\\',
  '../../../etc/passwd',
  '=HYPERLINK("http://x")',
  '\u202Eevil',
  '\uD83D\uDE00'.repeat(50),
  '\uFFFF',
  'ﷺ'.repeat(20),
  'a'.repeat(300),
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  nested(8),
];

const DATE_EDGES = [
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '2024-02-29',
  '2026-02-29',
  '9999-12-31',
];
const DATE_TIME_EDGES = [
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-01-01T00:00:00+14:00',
  '2026-01-01T00:00:00.123456789Z',
];
const UUID_EDGES = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
];

/**
 * The edges of a field's own type, all of them: bounds and just past them, every option of
 * an enumeration and just beside it, lengths at and past the maximum, extreme dates and ids.
 * Many are valid (they must work), the others must be refused with a 4xx.
 */
export function edgeValues(doc: OpenApiDocument, schema: JsonSchema, rng: Random): unknown[] {
  const edges: unknown[] = [];
  for (const s of alternatives(doc, schema)) {
    const types = typesOf(s);
    if (s.enum) edges.push(...s.enum, `${String(s.enum[0])}_not`, String(s.enum[0]).toUpperCase());
    if (types.includes('integer') || types.includes('number')) {
      for (const bound of [s.minimum, s.maximum, s.exclusiveMinimum, s.exclusiveMaximum])
        if (typeof bound === 'number') edges.push(bound, bound - 1, bound + 1, bound + 0.005);
      if (typeof s.multipleOf === 'number') edges.push(s.multipleOf / 3);
      edges.push(2 ** 31, 2 ** 53 + 2, 1e308, -1e308);
    }
    if (types.includes('string') && !s.enum) {
      const max = Number(s.maxLength ?? 200);
      const pattern = typeof s.pattern === 'string' ? s.pattern : '';
      if (pattern.includes('\\d{4}-\\d{2}-\\d{2}') && !pattern.includes('T'))
        edges.push(...DATE_EDGES);
      else if (s.format === 'date-time' || pattern.includes('T(?:')) edges.push(...DATE_TIME_EDGES);
      else if (s.format === 'uuid') edges.push(...UUID_EDGES, rng.uuid());
      else
        edges.push(
          'x'.repeat(max),
          'é'.repeat(max),
          '\uD83D\uDE00'.repeat(max),
          'x'.repeat(max + 1),
        );
      edges.push('x'.repeat(100_000));
    }
    if (types.includes('array')) {
      const items = Array.isArray(s.items) ? s.items[0] : s.items;
      const max = Number(s.maxItems ?? 50);
      const one = sample(doc, items ?? {}, rng);
      edges.push(Array(max + 1).fill(one), Array(Math.min(max, 2000)).fill(one), [one, one]);
    }
    if (types.includes('object')) edges.push({ unknownField: 1 }, []);
  }
  return edges;
}

/** Values of any other kind for a field: `count` of them, at random. */
export function otherValues(rng: Random, count: number): unknown[] {
  return rng.some(ANY_BAD, count);
}

/** A valid-looking value with every field there and at its largest (`max`) or smallest. */
export function extreme(
  doc: OpenApiDocument,
  schema: JsonSchema,
  rng: Random,
  max: boolean,
  depth = 0,
): unknown {
  const options = alternatives(doc, schema);
  const s = options.find((o) => !typesOf(o).includes('null')) ?? options[0] ?? {};
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return max ? s.enum[s.enum.length - 1] : s.enum[0];
  if (depth > 8) return sample(doc, s, rng, depth);
  switch (typesOf(s)[0]) {
    case 'object':
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([key, p]) => [
          key,
          extreme(doc, p, rng, max, depth + 1),
        ]),
      );
    case 'array': {
      const items = Array.isArray(s.items) ? s.items[0] : s.items;
      const count = max ? Math.min(Number(s.maxItems ?? 20), 50) : Number(s.minItems ?? 0);
      return Array.from({ length: count }, () => extreme(doc, items ?? {}, rng, max, depth + 1));
    }
    case 'integer':
    case 'number': {
      const bound = max ? (s.maximum ?? s.exclusiveMaximum) : (s.minimum ?? s.exclusiveMinimum);
      return typeof bound === 'number' ? bound : max ? 2 ** 31 - 1 : 0;
    }
    case 'string': {
      if (s.pattern || s.format) return sample(doc, s, rng, depth);
      const length = max ? Number(s.maxLength ?? 500) : Math.max(Number(s.minLength ?? 0), 1);
      return max ? 'é'.repeat(length) : 'x'.repeat(length);
    }
    default:
      return sample(doc, s, rng, depth);
  }
}

/** Bad values for a query parameter or a path segment (always text on the wire). */
export const BAD_TEXT: string[] = [
  '',
  '-1',
  '0',
  '1.5',
  '1e309',
  '99999999999999999999',
  '-99999999999999999999',
  'NaN',
  'true',
  'null',
  '[]',
  '{}',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '275760-09-13',
  '%00',
  '%ZZ',
  '%C0%AF',
  '%F0%9F%98%80',
  '..%2F..%2Fetc%2Fpasswd',
  '%27%20OR%201%3D1%20--',
  'x'.repeat(5000),
  'a,b,,c',
  'type,type,type,type',
  'gender:female;;;:',
  ':',
  '%E2%80%AE',
  '2024-02-29',
  '1899-12-31',
];
