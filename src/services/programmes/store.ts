import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../core/common/errors.ts';
import type { Tx } from '../../db/client.ts';
import {
  organisations,
  programmePartners,
  programmes,
  programmeTargets,
} from '../../db/schema/index.ts';
import type { PartnerStatus, ProgrammeSummary } from '../../shared/schemas/programmes.ts';

export type ProgrammeRow = typeof programmes.$inferSelect;
export type OrganisationRef = { id: string; slug: string; name: string };
export type PartnerRef = OrganisationRef & { status: PartnerStatus };
export type Role = 'owner' | 'partner';

/** Programmes the organisation owns or is a partner of (row-level security agrees). */
export function visibleTo(organisationId: string): SQL {
  return sql`(${programmes.organisationId} = ${organisationId} OR EXISTS (
    SELECT 1 FROM programme_partners pp
    WHERE pp.programme_id = ${programmes.id} AND pp.partner_id = ${organisationId}))`;
}

/** Programmes the organisation owns or has ACCEPTED to be a partner of (not mere invitations). */
export function memberOf(organisationId: string): SQL {
  return sql`(${programmes.organisationId} = ${organisationId} OR EXISTS (
    SELECT 1 FROM programme_partners pp
    WHERE pp.programme_id = ${programmes.id} AND pp.partner_id = ${organisationId}
      AND pp.accepted_at IS NOT NULL))`;
}

/**
 * Whether `partnerId` has accepted to be a partner of the programme, read now: checked
 * right before any of that partner's figures are read.
 */
export async function hasAccepted(tx: Tx, programmeId: string, partnerId: string) {
  const [row] = await tx
    .select({ acceptedAt: programmePartners.acceptedAt })
    .from(programmePartners)
    .where(
      and(
        eq(programmePartners.programmeId, programmeId),
        eq(programmePartners.partnerId, partnerId),
      ),
    );
  return Boolean(row?.acceptedAt);
}

/**
 * The programme `id` as the organisation sees it: its own (`owner`) or one it is a partner
 * of (`partner`, invited or accepted: `status`); NOT_FOUND for any other.
 */
export async function loadProgramme(
  tx: Tx,
  organisationId: string,
  id: string,
): Promise<{ row: ProgrammeRow; role: Role; status?: PartnerStatus }> {
  const [row] = await tx.select().from(programmes).where(eq(programmes.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  if (row.organisationId === organisationId) return { row, role: 'owner' };
  const [partner] = await tx
    .select({ acceptedAt: programmePartners.acceptedAt })
    .from(programmePartners)
    .where(
      and(eq(programmePartners.programmeId, id), eq(programmePartners.partnerId, organisationId)),
    );
  if (!partner) throw new AppError('NOT_FOUND');
  return { row, role: 'partner', status: partner.acceptedAt ? 'accepted' : 'invited' };
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

/** Partners per programme with their answer (invited or accepted), in the order they were added. */
export async function partnersOf(
  tx: Tx,
  programmeIds: string[],
): Promise<Map<string, PartnerRef[]>> {
  const result = new Map<string, PartnerRef[]>(programmeIds.map((id) => [id, []]));
  if (!programmeIds.length) return result;
  const rows = await tx
    .select({
      programmeId: programmePartners.programmeId,
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      acceptedAt: programmePartners.acceptedAt,
    })
    .from(programmePartners)
    .innerJoin(organisations, eq(organisations.id, programmePartners.partnerId))
    .where(inArray(programmePartners.programmeId, programmeIds))
    .orderBy(asc(programmePartners.createdAt), asc(organisations.name));
  for (const { programmeId, acceptedAt, ...ref } of rows)
    result.get(programmeId)?.push({ ...ref, status: acceptedAt ? 'accepted' : 'invited' });
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
    ...summaryOf(row, organisationId, partners.get(row.id) ?? []),
    owner: owners.get(row.organisationId) ?? { id: row.organisationId, slug: '', name: '' },
    targetCount: targetCount.get(row.id) ?? 0,
  }));
}

function summaryOf(row: ProgrammeRow, organisationId: string, partners: PartnerRef[]) {
  const role: Role = row.organisationId === organisationId ? 'owner' : 'partner';
  const own = partners.find((p) => p.id === organisationId);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    budget: row.budget === null ? null : Number(row.budget),
    partners,
    role,
    ...(role === 'partner' && own ? { partnerStatus: own.status } : {}),
  };
}
