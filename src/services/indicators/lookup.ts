import { and, eq } from 'drizzle-orm';
import { builtInIndicator } from '../../core/indicators/built-in.ts';
import type { Indicator, IndicatorUnit } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';
import { indicators } from '../../db/schema/index.ts';

/** A custom indicator row as an `Indicator` (with its id). */
export function indicatorOfRow(row: typeof indicators.$inferSelect): Indicator & { id: string } {
  return {
    ...row.definition,
    id: row.id,
    code: row.code,
    labels: {
      nl: row.labels.nl ?? row.code,
      fr: row.labels.fr ?? row.code,
      en: row.labels.en ?? row.code,
    },
    description: row.description,
    unit: row.unit as IndicatorUnit,
    builtIn: false,
  };
}

/**
 * The indicator `code` means for an organisation: a built-in one, or the organisation's own.
 * `tx` must carry that organisation's context (row-level security).
 */
export async function findIndicator(
  tx: Executor,
  organisationId: string,
  code: string,
): Promise<Indicator | null> {
  const builtIn = builtInIndicator(code);
  if (builtIn) return builtIn;
  const [row] = await tx
    .select()
    .from(indicators)
    .where(and(eq(indicators.organisationId, organisationId), eq(indicators.code, code)));
  return row ? indicatorOfRow(row) : null;
}
