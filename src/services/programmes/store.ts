import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { Tx } from '../../db/client.ts';
import {
  organisations,
  programmePartners,
  programmes,
  programmeTargets,
} from '../../db/schema/index.ts';
import type { ProgrammeSummary } from '../../shared/schemas/programmes.ts';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type OrganisationRef = { id: string; slug: string; name: string };
export type Role = 'owner' | 'partner';

/** Programmes the organisation owns or is a partner of (row-level security agrees). */
export function visibleTo(organisationId: string): SQL {
  return sql`(${programmes.organisationId} = ${organisationId} OR EXISTS (
    SELECT 1 FROM programme_partners pp
    WHERE pp.programme_id = ${programmes.id} AND pp.partner_id = ${organisationId}))`;
}

/**
 * The programme `id` as the organisation sees it: its own (`owner`) or one it is a partner
 * of (`partner`); NOT_FOUND for any other.
 */
export async function loadProgramme(
  tx: Tx,
  organisationId: string,
  id: string,
): Promise<{ row: ProgrammeRow; role: Role }> {
  const [row] = await tx.select().from(programmes).where(eq(programmes.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  if (row.organisationId === organisationId) return { row, role: 'owner' };
  const [partner] = await tx
    .select({ id: programmePartners.partnerId })
    .from(programmePartners)
    .where(
      and(eq(programmePartners.programmeId, id), eq(programmePartners.partnerId, organisationId)),
    );
  if (!partner) throw new AppError('NOT_FOUND');
  return { row, role: 'partner' };
}

/**
 * The programme as its owner may change it, locked until the transaction ends (so that
 * partners, funders and targets change one request at a time); PROGRAMME_READ_ONLY for a
 * partner.
 */
export async function loadOwnProgramme(tx: Tx, organisationId: string, id: string) {
  const { role } = await loadProgramme(tx, organisationId, id);
  if (role !== 'owner') throw new AppError('PROGRAMME_READ_ONLY');
  const [row] = await tx.select().from(programmes).where(eq(programmes.id, id)).for('update');
  return row!;
}

/** Organisations by id (installation-level table: no row-level security). */
export async function organisationRefs(
  tx: Tx,
  ids: string[],
): Promise<Map<string, OrganisationRef>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Partners per programme, in the order they were added. */
export async function partnersOf(
  tx: Tx,
  programmeIds: string[],
): Promise<Map<string, OrganisationRef[]>> {
  const result = new Map<string, OrganisationRef[]>(programmeIds.map((id) => [id, []]));
  if (!programmeIds.length) return result;
  const rows = await tx
    .select({
      programmeId: programmePartners.programmeId,
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
    })
    .from(programmePartners)
    .innerJoin(organisations, eq(organisations.id, programmePartners.partnerId))
    .where(inArray(programmePartners.programmeId, programmeIds))
    .orderBy(asc(programmePartners.createdAt), asc(organisations.name));
  for (const { programmeId, ...ref } of rows) result.get(programmeId)?.push(ref);
  return result;
}

/** Summaries of programme rows as `organisationId` sees them. */
export async function summariesOf(
  tx: Tx,
  organisationId: string,
  rows: ProgrammeRow[],
): Promise<ProgrammeSummary[]> {
  const ids = rows.map((r) => r.id);
  const partners = await partnersOf(tx, ids);
  const owners = await organisationRefs(
    tx,
    rows.map((r) => r.organisationId),
  );
  const counts = ids.length
    ? await tx
        .select({ id: programmeTargets.programmeId, n: count() })
        .from(programmeTargets)
        .where(inArray(programmeTargets.programmeId, ids))
        .groupBy(programmeTargets.programmeId)
    : [];
  const targetCount = new Map(counts.map((c) => [c.id, Number(c.n)]));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    owner: owners.get(row.organisationId) ?? {
      id: row.organisationId,
      slug: '',
      name: '',
    },
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    budget: row.budget === null ? null : Number(row.budget),
    partners: partners.get(row.id) ?? [],
    role: row.organisationId === organisationId ? 'owner' : 'partner',
    targetCount: targetCount.get(row.id) ?? 0,
  }));
}
