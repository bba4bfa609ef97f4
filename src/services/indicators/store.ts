import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import {
  checkDefinition,
  type Indicator,
  type IndicatorDefinition,
} from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { indicators } from '../../db/schema/index.ts';
import type { IndicatorDto } from '../../shared/schemas/indicators.ts';
import { rowsOf } from '../contacts/drafts.ts';
import { checkOpenValues } from './catalog.ts';
import type { Lookups } from './labels.ts';

/** Reading and checking the organisation's own indicators, and their use by programme targets. */

export type IndicatorRow = typeof indicators.$inferSelect;

/** An indicator as the API shows it. */
export function toDto(indicator: Indicator & { id?: string }, usedByTargets: number): IndicatorDto {
  return {
    id: indicator.id ?? null,
    code: indicator.code,
    labels: indicator.labels,
    description: { ...(indicator.description ?? {}) },
    unit: indicator.unit,
    source: indicator.source,
    measure: indicator.measure,
    distinctField: indicator.distinctField ?? null,
    filters: indicator.filters.map((f) => ({ field: f.field, values: [...f.values] })),
    breakdowns: [...indicator.breakdowns],
    builtIn: indicator.builtIn,
    usedByTargets,
  };
}

/** Programme targets of the organisation per indicator code (its own targets only). */
export async function targetCounts(
  tx: Executor,
  organisationId: string,
): Promise<Map<string, number>> {
  const result = await tx.execute(sql`SELECT indicator_code AS code, count(*)::int AS n
    FROM programme_targets WHERE organisation_id = ${organisationId} GROUP BY indicator_code`);
  return new Map(rowsOf<{ code: string; n: number }>(result).map((r) => [r.code, Number(r.n)]));
}

/** The organisation's own indicator `id`, or NOT_FOUND (another organisation's too). */
export async function ownRow(
  tx: Executor,
  organisationId: string,
  id: string,
): Promise<IndicatorRow> {
  const [row] = await tx
    .select()
    .from(indicators)
    .where(and(eq(indicators.id, id), eq(indicators.organisationId, organisationId)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** A definition as stored: defaults filled, breakdowns once each, distinct field only when counted. */
export function normaliseDefinition(def: IndicatorDefinition): IndicatorDefinition {
  return {
    source: def.source,
    measure: def.measure,
    ...(def.measure === 'count_distinct' || def.distinctField
      ? { distinctField: def.distinctField }
      : {}),
    filters: def.filters.map((f) => ({ field: f.field, values: [...new Set(f.values)] })),
    breakdowns: [...new Set(def.breakdowns)],
  };
}

/** Refuses a definition with issues (core checks and the organisation's open values). */
export function assertDefinition(def: IndicatorDefinition, lookups: Lookups): void {
  const issues = checkDefinition(def);
  if (issues.length === 0) issues.push(...checkOpenValues(def, lookups));
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
}

/** Descriptions keep only the languages given with text. */
export function cleanDescription(description: Partial<Record<string, string | undefined>> = {}) {
  return Object.fromEntries(
    Object.entries(description).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
