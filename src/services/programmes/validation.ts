import { inArray } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../../core/common/errors.ts';
import type { Tx } from '../../db/client.ts';
import { organisations } from '../../db/schema/index.ts';
import { findIndicator } from '../indicators/lookup.ts';

export interface ProgrammeFacts {
  periodStart: string;
  periodEnd: string;
  partnerIds: string[];
  funders: { amounts: { year: number }[] }[];
}

export interface TargetFacts {
  indicator: string;
  periodStart: string;
  deadline: string;
  partnerId: string | null;
  year: number | null;
}

/** Throws VALIDATION_FAILED with every issue, or returns when there is none. */
export function refuse(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
}

/**
 * Checks a programme as it would be stored: the period runs forward (`period_reversed` on
 * `periodEnd`); partners exist (`unknown_partner`), are not the owner (`partner_is_owner`)
 * and appear once (`duplicate_partner`); a funder names a year once (`duplicate_year`).
 */
export async function programmeIssues(
  tx: Tx,
  ownerId: string,
  facts: ProgrammeFacts,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (facts.periodEnd < facts.periodStart)
    issues.push({ path: 'periodEnd', code: 'period_reversed' });
  const existing = facts.partnerIds.length
    ? await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(inArray(organisations.id, [...new Set(facts.partnerIds)]))
    : [];
  const known = new Set(existing.map((r) => r.id));
  const seen = new Set<string>();
  facts.partnerIds.forEach((id, i) => {
    const path = `partnerIds.${i}`;
    if (id === ownerId) issues.push({ path, code: 'partner_is_owner' });
    else if (seen.has(id)) issues.push({ path, code: 'duplicate_partner' });
    else if (!known.has(id)) issues.push({ path, code: 'unknown_partner' });
    seen.add(id);
  });
  facts.funders.forEach((funder, i) => {
    const years = new Set<number>();
    funder.amounts.forEach(({ year }, j) => {
      if (years.has(year))
        issues.push({ path: `funders.${i}.amounts.${j}.year`, code: 'duplicate_year' });
      years.add(year);
    });
  });
  return issues;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Checks a target as it would be stored, for the programme's owner: the deadline is not
 * before the period start (`deadline_before_start`), the indicator is built-in or the
 * owner's own (`unknown_indicator`), a partner target names a partner of the programme
 * (`unknown_partner`), a yearly target's year lies within the period (`year_outside_period`),
 * and the target's period lies within the programme's (`target_outside_programme`): nobody's
 * figures are read for days before or after the programme.
 */
export async function targetIssues(
  tx: Tx,
  ownerId: string,
  partnerIds: string[],
  facts: TargetFacts,
  programme: { periodStart: string; periodEnd: string },
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const span = { start: programme.periodStart, end: programme.periodEnd };
  if (facts.deadline < facts.periodStart)
    issues.push({ path: 'deadline', code: 'deadline_before_start' });
  if (facts.periodStart < programme.periodStart || facts.periodStart > programme.periodEnd)
    issues.push({ path: 'periodStart', code: 'target_outside_programme', params: span });
  if (facts.deadline > programme.periodEnd)
    issues.push({ path: 'deadline', code: 'target_outside_programme', params: span });
  if (!(await findIndicator(tx, ownerId, facts.indicator)))
    issues.push({
      path: 'indicator',
      code: 'unknown_indicator',
      params: { code: facts.indicator },
    });
  if (facts.partnerId !== null && !partnerIds.includes(facts.partnerId))
    issues.push({ path: 'partnerId', code: 'unknown_partner' });
  if (
    facts.year !== null &&
    (facts.year < yearOf(facts.periodStart) || facts.year > yearOf(facts.deadline))
  )
    issues.push({ path: 'year', code: 'year_outside_period', params: { year: facts.year } });
  return issues;
}
