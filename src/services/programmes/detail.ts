import { asc, eq } from 'drizzle-orm';
import type { Indicator } from '../../core/indicators/model.ts';
import type { Tx } from '../../db/client.ts';
import { asOrganisation } from '../../db/context.ts';
import { programmeFunders, programmeTargets } from '../../db/schema/index.ts';
import type { Programme, TargetDto } from '../../shared/schemas/programmes.ts';
import { findIndicator } from '../indicators/lookup.ts';
import { summariesOf, type OrganisationRef, type ProgrammeRow } from './store.ts';

export type TargetRow = typeof programmeTargets.$inferSelect;

const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * The indicators a programme's targets name, as its owner defines them (built-in or the
 * owner's own). A partner organisation reads the owner's definitions as the owner: the
 * caller must have checked the partnership (loadProgramme) first.
 */
export async function ownerIndicators(
  tx: Tx,
  organisationId: string,
  ownerId: string,
  codes: string[],
): Promise<Map<string, Indicator | null>> {
  const read = async () => {
    const found = new Map<string, Indicator | null>();
    for (const code of new Set(codes)) found.set(code, await findIndicator(tx, ownerId, code));
    return found;
  };
  return ownerId === organisationId ? read() : asOrganisation(tx, ownerId, read);
}

/** The partner of a partner target, as an organisation reference (its status is elsewhere). */
function partnerRefOf(partners: OrganisationRef[], partnerId: string | null) {
  const found = partnerId ? partners.find((p) => p.id === partnerId) : undefined;
  return found ? { id: found.id, slug: found.slug, name: found.name } : null;
}

/** A target row as the API shows it. */
export function toTarget(
  row: TargetRow,
  indicator: Indicator | null | undefined,
  partners: OrganisationRef[],
): TargetDto {
  return {
    id: row.id,
    indicator: row.indicatorCode,
    indicatorLabels: indicator?.labels ?? {
      nl: row.indicatorCode,
      fr: row.indicatorCode,
      en: row.indicatorCode,
    },
    unit: indicator?.unit ?? '',
    target: Number(row.targetValue),
    periodStart: row.periodStart,
    deadline: row.deadline,
    partner: partnerRefOf(partners, row.partnerId),
    year: row.year,
  };
}

/** The targets of a programme, in deadline order. */
export async function targetRowsOf(tx: Tx, programmeId: string): Promise<TargetRow[]> {
  return tx
    .select()
    .from(programmeTargets)
    .where(eq(programmeTargets.programmeId, programmeId))
    .orderBy(
      asc(programmeTargets.deadline),
      asc(programmeTargets.createdAt),
      asc(programmeTargets.id),
    );
}

/** The whole programme (funders with totals, funding per year, targets) as `organisationId` sees it. */
export async function programmeOf(
  tx: Tx,
  organisationId: string,
  row: ProgrammeRow,
): Promise<Programme> {
  const [summary] = await summariesOf(tx, organisationId, [row]);
  const funderRows = await tx
    .select()
    .from(programmeFunders)
    .where(eq(programmeFunders.programmeId, row.id))
    .orderBy(asc(programmeFunders.position), asc(programmeFunders.id));
  const byYear = new Map<number, number>();
  const funders = funderRows.map((f) => {
    const amounts = [...f.amounts].sort((a, b) => a.year - b.year);
    for (const { year, amount } of amounts)
      byYear.set(year, cents((byYear.get(year) ?? 0) + amount));
    return {
      name: f.name,
      amounts,
      total: cents(amounts.reduce((sum, a) => sum + a.amount, 0)),
    };
  });
  const targetRows = await targetRowsOf(tx, row.id);
  const indicators = await ownerIndicators(
    tx,
    organisationId,
    row.organisationId,
    targetRows.map((t) => t.indicatorCode),
  );
  return {
    ...summary!,
    funders,
    fundingByYear: [...byYear]
      .sort(([a], [b]) => a - b)
      .map(([year, amount]) => ({ year, amount })),
    targets: targetRows.map((t) => toTarget(t, indicators.get(t.indicatorCode), summary!.partners)),
  };
}
