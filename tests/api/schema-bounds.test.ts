import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import {
  numericFields,
  operationsOf,
  type NumericField,
  type OpenApiDocument,
} from '../helpers/openapi.ts';

/**
 * Every number the API takes (the bounds of the shared zod schemas, as the OpenAPI document
 * built from them states them) fits the database column it is stored in: the column's type
 * range, its precision and scale, and its CHECK constraints — both sides read, not listed.
 * A value the schema allows must never fail in the database (a 500 instead of a field error).
 */

/**
 * Numbers that are not stored in a column of their name, and why; any other must match one
 * (the column of the same name in snake case, or that name with `_value`).
 */
const NOT_STORED: Record<string, string> = {
  answers: 'a number answer: survey_answers.number_value, double precision (any finite number)',
  limit: 'paging: a LIMIT',
  offset: 'paging: an OFFSET (bigint)',
  expiresInDays: 'turned into a timestamp',
  min: "a number question's range, kept in the questionnaire's JSON definition",
  max: "a number question's range, kept in the questionnaire's JSON definition",
  amount: "a funder's amounts per year, kept as JSON",
};

interface ColumnRange {
  table: string;
  column: string;
  type: string;
  minimum: number;
  maximum: number;
  /** Decimal places kept (0 for integers, null when any). */
  scale: number | null;
}

let t: TestApp;
let columns: ColumnRange[];
let fields: (NumericField & { where: string })[];

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const INTEGER_RANGES: Record<string, [number, number]> = {
  smallint: [-(2 ** 15), 2 ** 15 - 1],
  integer: [-(2 ** 31), 2 ** 31 - 1],
  bigint: [-(2 ** 63), 2 ** 63 - 1],
};

beforeAll(async () => {
  t = await createTestApp();
  const doc = t.app.swagger() as unknown as OpenApiDocument;
  fields = operationsOf(doc).flatMap((op) => [
    ...(op.body ? numericFields(doc, op.body) : []).map((f) => ({
      ...f,
      where: `${op.method} ${op.url} body ${f.path}`,
    })),
    ...[...op.query, ...op.params].flatMap((p) =>
      numericFields(doc, p.schema, [p.name]).map((f) => ({
        ...f,
        where: `${op.method} ${op.url} ${p.name}`,
      })),
    ),
  ]);
  const rows = (await t.db.database.db.execute(sql`
    SELECT c.table_name, c.column_name, c.data_type, c.numeric_precision, c.numeric_scale,
      (SELECT coalesce(json_agg(pg_get_constraintdef(k.oid)), '[]'::json)
         FROM pg_constraint k
         JOIN pg_class r ON r.oid = k.conrelid
         JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = ANY (k.conkey)
        WHERE k.contype = 'c' AND r.relname = c.table_name AND a.attname = c.column_name
      ) AS checks
    FROM information_schema.columns c
    WHERE c.table_schema = 'public'
      AND c.data_type IN ('smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision')
  `)) as unknown as {
    rows: {
      table_name: string;
      column_name: string;
      data_type: string;
      numeric_precision: number | null;
      numeric_scale: number | null;
      checks: string[];
    }[];
  };
  columns = rows.rows.map((r) => {
    let [minimum, maximum] = INTEGER_RANGES[r.data_type] ?? [-Infinity, Infinity];
    let scale: number | null = INTEGER_RANGES[r.data_type] ? 0 : null;
    if (r.data_type === 'numeric' && r.numeric_precision !== null) {
      scale = Number(r.numeric_scale ?? 0);
      maximum = 10 ** (Number(r.numeric_precision) - scale) - 10 ** -scale;
      minimum = -maximum;
    }
    // CHECK (col >= n), (col > n), (col <= n), (col < n), as PostgreSQL writes them back
    const name = r.column_name;
    for (const check of r.checks) {
      for (const m of check.matchAll(new RegExp(`\\(${name} (>=|>|<=|<) \\(?(-?[\\d.]+)`, 'g'))) {
        const value = Number(m[2]);
        if (m[1] === '>=' || m[1] === '>') minimum = Math.max(minimum, value);
        else maximum = Math.min(maximum, value);
      }
    }
    return { table: r.table_name, column: name, type: r.data_type, minimum, maximum, scale };
  });
});
afterAll(() => t?.close());

function columnsFor(name: string): ColumnRange[] {
  const column = snake(name);
  return columns.filter((c) => c.column === column || c.column === `${column}_value`);
}

describe('numeric bounds of the API against the database', () => {
  it('finds the numbers of the API and the numeric columns (the walk is not empty)', () => {
    expect(fields.length).toBeGreaterThan(10);
    expect(columns.some((c) => c.scale !== null && c.scale > 0)).toBe(true);
    expect(fields.some((f) => columnsFor(f.name).some((c) => c.type === 'numeric'))).toBe(true);
    const narrowed = columns.filter(
      (c) => INTEGER_RANGES[c.type] && c.minimum > INTEGER_RANGES[c.type]![0],
    );
    expect(narrowed.length, 'CHECK constraints are read').toBeGreaterThan(0);
    expect(fields.some((f) => columnsFor(f.name).some((c) => narrowed.includes(c)))).toBe(true);
  });

  it('stores every bounded number in a column, or says why not', () => {
    const orphans = fields
      .filter((f) => !columnsFor(f.name).length && !(f.name in NOT_STORED))
      .map((f) => f.where);
    expect(orphans, 'numbers with no column of their name: map them or list them').toEqual([]);
  });

  it('keeps every number within its columns: range, CHECK constraints and decimals', () => {
    const problems: string[] = [];
    for (const field of fields) {
      for (const column of columnsFor(field.name)) {
        const at = `${field.where} → ${column.table}.${column.column} (${column.type})`;
        if (field.minimum < column.minimum)
          problems.push(`${at}: schema minimum ${field.minimum} < column ${column.minimum}`);
        if (field.maximum > column.maximum)
          problems.push(`${at}: schema maximum ${field.maximum} > column ${column.maximum}`);
        if (column.scale === 0 && !field.integer)
          problems.push(`${at}: schema takes fractions, the column keeps whole numbers`);
        if (column.scale !== null && column.scale > 0 && !field.integer) {
          const step = field.multipleOf;
          const decimals = step === null ? Infinity : -Math.floor(Math.log10(step) + 1e-9);
          if (decimals > column.scale)
            problems.push(
              `${at}: schema takes ${decimals} decimals, the column keeps ${column.scale}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
