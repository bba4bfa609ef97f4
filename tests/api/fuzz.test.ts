import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/common/errors.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';
import {
  BAD_TEXT,
  edgeValues,
  extreme,
  nested,
  otherValues,
  sample,
  seededRandom,
  type Random,
} from '../helpers/fuzz.ts';
import {
  alternatives,
  operationsOf,
  typesOf,
  type JsonSchema,
  type OpenApiDocument,
  type Operation,
} from '../helpers/openapi.ts';

/**
 * Fuzzing: every operation of the OpenAPI document the app builds gets generated bad input —
 * bodies (wrong types, missing and unknown fields, huge strings, boundary numbers, nulls,
 * invalid ids and dates, deep nesting, broken JSON and CSV), query strings and path
 * parameters — as an org admin (through an API token, so that no request can end the
 * session) and anonymously. No answer may be a 5xx: bad input is the caller's problem and
 * gets a clear 4xx. Deterministic: each operation's cases come from a generator seeded by
 * its method and path.
 */
let t: TestApp;
let doc: OpenApiDocument;
let adminToken: string;
let installationToken: string;
/** Real ids for path parameters, so that bad bodies reach the handlers behind valid paths. */
const realParams: Record<string, string> = {};

/** Values that no schema can produce, given to the plausible bodies (a live form token). */
const knownFields: Record<string, unknown> = {};

const FIELD_CASES = 3;

beforeAll(async () => {
  // Answers past the questionnaire's rate limit would only ever meet RATE_LIMITED.
  t = await createTestApp({ SURVEY_RATE_LIMIT_PER_MINUTE: '10000' });
  const installation = await setupInstallation(t.app);
  const centre = await createOrganisation(t.app, installation, 'centre', [
    'org_admin',
    'counsellor',
  ]);
  const admin = centre.clients.org_admin!;
  const ok = async (response: Promise<LightMyRequestResponse>) => {
    const r = await response;
    if (r.statusCode >= 300) throw new Error(`fixture: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  realParams['/api/organisations/:id'] = centre.organisationId;
  realParams['/api/locations/:id'] = (
    await ok(admin.post('/api/locations', { slug: 'desk', name: 'Desk', kind: 'office' }))
  ).id;
  realParams['/api/contacts/:id'] = (
    await ok(admin.post('/api/contacts', { type: 'individual_advice', date: '2026-03-01' }))
  ).id;
  const activity = await ok(
    admin.post('/api/activities', {
      kind: 'workshop',
      title: 'Fuzz workshop',
      startsAt: '2026-02-20T10:00:00Z',
    }),
  );
  realParams['/api/activities/:id'] = activity.id;
  const surveys = await ok(admin.get('/api/surveys'));
  const profile = surveys.items[0];
  realParams['/api/surveys/:id'] = profile.id;
  realParams[':version'] = '1';
  realParams['/api/public/surveys/:code'] = profile.publicCode;
  const form = await t.app.inject({
    method: 'GET',
    url: `/api/public/surveys/${profile.publicCode}`,
  });
  knownFields.formToken = form.json().formToken;
  knownFields.answers = {
    gender: 'female',
    satisfaction: 4,
    themes: ['work'],
    municipality: '21004',
  };
  t.clock.advance(5_000); // a person's fill time
  realParams['/api/indicators/:id'] = (
    await ok(
      admin.post('/api/indicators', {
        code: 'fuzz_indicator',
        labels: { nl: 'Fuzz', fr: 'Fuzz', en: 'Fuzz' },
        unit: 'people',
        source: 'contacts',
        measure: 'sum',
        filters: [],
        breakdowns: ['theme'],
      }),
    )
  ).id;
  realParams['/api/indicators/values/:code'] = 'contacts_total';
  const programme = await ok(
    admin.post('/api/programmes', {
      name: 'Fuzz programme',
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
    }),
  );
  realParams['/api/programmes/:id'] = programme.id;
  realParams[':targetId'] = (
    await ok(
      admin.post(`/api/programmes/${programme.id}/targets`, {
        indicator: 'contacts_total',
        target: 100,
        deadline: '2027-12-31',
      }),
    )
  ).id;
  const members = await ok(admin.get('/api/members'));
  realParams['/api/members/:userId'] = members.items.find((m: { email: string }) =>
    m.email.startsWith('counsellor'),
  ).userId;
  realParams['/api/users/:id'] = realParams['/api/members/:userId']!;
  realParams['/api/activity-kinds/:slug'] = 'workshop';
  realParams['/api/contact-tags/:slug'] = 'ukrainian';
  adminToken = (await ok(admin.post('/api/me/tokens', { name: 'fuzz', expiresInDays: 1 }))).token;
  realParams['/api/me/tokens/:id'] = (
    await ok(admin.post('/api/me/tokens', { name: 'spare', expiresInDays: 1 }))
  ).info.id;
  installationToken = (
    await ok(installation.admin.post('/api/me/tokens', { name: 'fuzz', expiresInDays: 1 }))
  ).token;
  doc = t.app.swagger() as unknown as OpenApiDocument;
});
afterAll(() => t?.close());

/** The real value of a path parameter of `url`, else a random unknown uuid. */
function realValue(url: string, name: string, rng: Random): string {
  const prefix = url.slice(0, url.indexOf(`:${name}`) + name.length + 1);
  return realParams[prefix] ?? realParams[`:${name}`] ?? rng.uuid();
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Case {
  what: string;
  url: string;
  body?: string | Buffer;
  contentType?: string;
}

function pathWith(op: Operation, values: Record<string, string>): string {
  return op.url.replace(/:([A-Za-z]+)/g, (_, name: string) => values[name]!);
}

function queryString(entries: [string, string][]): string {
  return entries.length
    ? `?${entries.map(([k, v]) => `${encodeURIComponent(k)}=${v.includes('%') ? v : encodeURIComponent(v)}`).join('&')}`
    : '';
}

/** Replaces the value at `path` (keys and indexes) inside a copy of `value`. */
function withValue(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path;
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }
  ) as Record<string | number, unknown>;
  copy[head!] = withValue(copy[head!], rest, replacement);
  return copy;
}

/** `value` with the known fields the schema has set to their live values. */
function withKnownFields(schema: JsonSchema, value: unknown): unknown {
  const properties = alternatives(doc, schema).find((o) => o.properties)?.properties ?? {};
  if (!value || typeof value !== 'object') return value;
  const known = Object.entries(knownFields).filter(([key]) => key in properties);
  return { ...(value as object), ...Object.fromEntries(known) };
}

/** The fields of an object schema, and one level into objects, records and arrays of objects. */
function fieldPaths(
  schema: JsonSchema,
  value: unknown,
  depth = 0,
): { path: (string | number)[]; schema: JsonSchema; required: boolean }[] {
  const s = alternatives(doc, schema).find((o) => typesOf(o).includes('object'));
  if (!s?.properties || depth > 2) return [];
  const result: { path: (string | number)[]; schema: JsonSchema; required: boolean }[] = [];
  for (const [key, property] of Object.entries(s.properties)) {
    result.push({ path: [key], schema: property, required: (s.required ?? []).includes(key) });
    const inner = (value as Record<string, unknown> | null)?.[key];
    const arrayOf = alternatives(doc, property).find((o) => typesOf(o).includes('array'));
    const items = arrayOf
      ? Array.isArray(arrayOf.items)
        ? arrayOf.items[0]
        : arrayOf.items
      : null;
    if (items && Array.isArray(inner) && inner.length)
      for (const sub of fieldPaths(items, inner[0], depth + 1))
        result.push({ ...sub, path: [key, 0, ...sub.path] });
    else if (inner && typeof inner === 'object') {
      for (const sub of fieldPaths(property, inner, depth + 1))
        result.push({ ...sub, path: [key, ...sub.path] });
      const record = alternatives(doc, property).find(
        (o) => o.additionalProperties && typeof o.additionalProperties === 'object',
      );
      for (const entry of record ? Object.keys(inner) : [])
        result.push({
          path: [key, entry],
          schema: record!.additionalProperties as JsonSchema,
          required: false,
        });
    }
  }
  return result;
}

const RAW_JSON = [
  '',
  'null',
  '[]',
  '"text"',
  '12',
  '{',
  '{"a":1,}',
  '{"a":1}{"b":2}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  JSON.stringify({ deep: nested(30) }),
  `{"deep":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
  '\uFEFF{}',
];

const RAW_CSV: (string | Buffer)[] = [
  '',
  '\uFEFF',
  'date;type\n',
  'date;type\n2026-01-01;individual_advice\n',
  'submitted_at;gender\n2026-01-01;female\n',
  '"unclosed;quote\n',
  'date;type\n2026-01-01;"=cmd|\'/C calc\'!A0"\n',
  Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28, 0xa0, 0xa1]),
  `date;type;${Array.from({ length: 3000 }, (_, i) => `c${i}`).join(';')}\n`,
  `date;type\n${'9'.repeat(100_000)};event\n`,
  'date,type,count\n2026-01-01,event,99999999999999999999\n',
  'date\u0000;type\n',
];

/** Every case of one operation, for a caller who may (`full`) or may not get past log-in. */
function casesOf(op: Operation, full: boolean): Case[] {
  const rng = seededRandom(hashOf(`${op.method} ${op.url} ${full}`));
  const realPath = Object.fromEntries(
    op.params.map((p) => [p.name, realValue(op.url, p.name, rng)]),
  );
  const url = pathWith(op, realPath);
  const baseQuery: [string, string][] = op.query
    .filter((q) => q.required)
    .map((q) => [q.name, String(sample(doc, q.schema, rng))]);
  const cases: Case[] = [];
  const jsonBody = (value: unknown) => ({
    body: JSON.stringify(value),
    contentType: 'application/json',
  });
  const base = op.body ? withKnownFields(op.body, sample(doc, op.body, rng)) : undefined;
  const baseBody = op.body
    ? jsonBody(base)
    : op.bodyType
      ? { body: 'date;type\n', contentType: op.bodyType }
      : {};

  cases.push({ what: 'plausible', url: url + queryString(baseQuery), ...baseBody });
  // path parameters
  for (const param of op.params)
    for (const bad of rng.some(BAD_TEXT, full ? 5 : 2))
      cases.push({
        what: `path ${param.name}=${bad.slice(0, 40)}`,
        url: pathWith(op, { ...realPath, [param.name]: bad || '%20' }) + queryString(baseQuery),
        ...baseBody,
      });
  // query strings: the edges of each parameter's type, and other text
  for (const q of op.query.slice(0, full ? undefined : 2)) {
    const edges = full
      ? edgeValues(doc, q.schema, rng).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
      : [];
    for (const bad of [...edges, ...rng.some(BAD_TEXT, full ? 3 : 1)])
      cases.push({
        what: `query ${q.name}=${bad.slice(0, 40)}`,
        url: url + queryString([...baseQuery.filter(([k]) => k !== q.name), [q.name, bad]]),
        ...baseBody,
      });
    if (full)
      cases.push({
        what: `query ${q.name} twice`,
        url: url + queryString([...baseQuery, [q.name, 'a'], [q.name, 'b']]),
        ...baseBody,
      });
  }
  if (full && op.query.some((q) => q.required))
    cases.push({ what: 'query missing', url, ...baseBody });
  cases.push({
    what: 'query unknown',
    url: url + queryString([...baseQuery, ['unknownParam', '1'], ['__proto__', 'x']]),
    ...baseBody,
  });
  // bodies
  const target = url + queryString(baseQuery);
  if (op.body) {
    for (const raw of full ? RAW_JSON : rng.some(RAW_JSON, 3))
      cases.push({
        what: `raw ${raw.slice(0, 30)}`,
        url: target,
        body: raw,
        contentType: 'application/json',
      });
    cases.push({ what: 'text/csv body', url: target, body: 'a;b\n', contentType: 'text/csv' });
    cases.push({
      what: 'unknown field',
      url: target,
      ...jsonBody({ ...(base as object), unknownField: 1 }),
    });
    if (full)
      for (const max of [true, false])
        cases.push({
          what: max ? 'every field at its largest' : 'every field at its smallest',
          url: target,
          ...jsonBody(extreme(doc, op.body, rng, max)),
        });
    const fields = fieldPaths(op.body, base);
    for (const field of full ? fields : rng.some(fields, 2)) {
      const at = field.path.join('.');
      const values = full
        ? [...edgeValues(doc, field.schema, rng), ...otherValues(rng, FIELD_CASES)]
        : otherValues(rng, 1);
      for (const bad of values)
        cases.push({
          what: `${at}=${JSON.stringify(bad)?.slice(0, 60)}`,
          url: target,
          ...jsonBody(withValue(base, field.path, bad)),
        });
      if (full && field.required) {
        const without = withValue(base, field.path, undefined);
        cases.push({ what: `${at} missing`, url: target, ...jsonBody(without) });
      }
    }
  } else if (op.bodyType) {
    for (const raw of full ? RAW_CSV : rng.some(RAW_CSV, 2))
      cases.push({
        what: `csv ${String(raw).slice(0, 30)}`,
        url: target,
        body: raw,
        contentType: op.bodyType,
      });
    cases.push({
      what: 'json body to csv',
      url: target,
      body: '{}',
      contentType: 'application/json',
    });
  } else if (op.method !== 'GET' && full) {
    cases.push({ what: 'unexpected body', url: target, ...jsonBody({ unexpected: true }) });
  }
  return cases;
}

const ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

describe('fuzzing every route of the OpenAPI document', () => {
  it('answers generated bad input with a 4xx, never a 5xx', async () => {
    const operations = operationsOf(doc).sort(
      (a, b) => ORDER.indexOf(a.method) - ORDER.indexOf(b.method) || a.url.localeCompare(b.url),
    );
    expect(operations.length).toBeGreaterThan(50);
    const failures: string[] = [];
    /** 4xx answers that are not a problem with one of our codes. */
    const unclear: string[] = [];
    let sent = 0;
    const statuses: Record<string, number> = {};
    // The installation admin only where nobody else may go (organisations, users).
    const installationRoutes = new Set(
      t.app.routeTable
        .filter((r) => r.tenant === 'installation')
        .map((r) => `${r.method} ${r.url}`),
    );
    const tokens = { 'org admin': adminToken, 'installation admin': installationToken };
    for (const identity of ['anonymous', 'org admin', 'installation admin'] as const) {
      for (const op of operations) {
        if (identity === 'installation admin' && !installationRoutes.has(`${op.method} ${op.url}`))
          continue;
        for (const c of casesOf(op, identity !== 'anonymous')) {
          const response = await t.app.inject({
            method: op.method,
            url: c.url,
            ...(c.body !== undefined ? { payload: c.body } : {}),
            headers: {
              ...(c.contentType ? { 'content-type': c.contentType } : {}),
              ...(identity !== 'anonymous' ? { authorization: `Bearer ${tokens[identity]}` } : {}),
            },
          });
          sent++;
          const k = `${identity} ${response.statusCode}`;
          statuses[k] = (statuses[k] ?? 0) + 1;
          const where = `${identity} ${op.method} ${op.url} [${c.what}] → ${response.statusCode}`;
          if (response.statusCode >= 500) failures.push(`${where} ${response.body.slice(0, 200)}`);
          else if (response.statusCode >= 400) {
            const problem = String(response.headers['content-type']).startsWith(
              'application/problem+json',
            )
              ? (response.json() as { code?: string })
              : null;
            if (!problem?.code || !(ERROR_CODES as readonly string[]).includes(problem.code))
              unclear.push(
                `${where} ${response.headers['content-type']} ${response.body.slice(0, 120)}`,
              );
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(3000);
    // not all refused at the door: plenty got past validation to the services
    const passed = Object.entries(statuses)
      .filter(([key]) => / 2\d\d$/.test(key) && !key.startsWith('anonymous'))
      .reduce((sum, [, n]) => sum + n, 0);
    expect(passed).toBeGreaterThan(500);
    expect(failures).toEqual([]);
    expect(unclear).toEqual([]);
  }, 180_000);
});
