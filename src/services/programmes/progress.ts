import type { Indicator, IndicatorDefinition } from '../../core/indicators/model.ts';
import { todayIn } from '../../core/contacts/dates.ts';
import { AT_RISK_MARGIN, progressOf } from '../../core/programmes/progress.ts';
import type { Tx } from '../../db/client.ts';
import { asOrganisation } from '../../db/context.ts';
import type {
  PartnerStatus,
  ProgrammeProgress,
  ProgrammeSummary,
  TargetProgress,
} from '../../shared/schemas/programmes.ts';
import { organisationZone } from '../contacts/mapping.ts';
import { evaluateDefinition } from '../indicators/evaluate.ts';
import { ownerIndicators, targetRowsOf, toTarget, type TargetRow } from './detail.ts';
import { hasAccepted, summariesOf, type OrganisationRef, type ProgrammeRow } from './store.ts';

/** An organisation a target counts: the owner (no status) or a partner (invited or accepted). */
interface Contributor {
  organisation: OrganisationRef;
  status?: PartnerStatus;
}

interface Figure {
  value: number;
  /** Per month (YYYY-MM). */
  months: Map<string, number>;
}

/** Years per evaluation: 10 calendar years stay within MAX_PERIOD_DAYS (3700). */
const CHUNK_YEARS = 10;
const NOTHING: Figure = { value: 0, months: new Map() };
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** The months YYYY-MM from `from`'s month to `to`'s month, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/**
 * [from, to] in pieces the engine evaluates at once (MAX_PERIOD_DAYS), cut at year ends so
 * that no month is split; a programme of more than ten years is read in two or more.
 */
export function chunksOf(from: string, to: string): { from: string; to: string }[] {
  const chunks: { from: string; to: string }[] = [];
  let start = from;
  while (start <= to) {
    const yearEnd = `${Number(start.slice(0, 4)) + CHUNK_YEARS - 1}-12-31`;
    const end = minDate(yearEnd, to);
    chunks.push({ from: start, to: end });
    start = `${Number(end.slice(0, 4)) + 1}-01-01`;
  }
  return chunks;
}

/** A target's period: [periodStart, deadline], narrowed to the calendar year when it has one. */
export function targetPeriod(row: Pick<TargetRow, 'periodStart' | 'deadline' | 'year'>) {
  if (row.year === null) return { start: row.periodStart, end: row.deadline };
  return {
    start: maxDate(row.periodStart, `${row.year}-01-01`),
    end: minDate(row.deadline, `${row.year}-12-31`),
  };
}

/**
 * One organisation's figure for a definition and period, by month: the programme owner's, or
 * a partner's that has ACCEPTED (checked here, right before reading); any other organisation
 * reads as nothing. Another organisation's figure is read as that organisation in the same
 * transaction; only numbers leave it. Questionnaire answers stay with the organisation that
 * ran the questionnaire (decision 0008): they are only read for the caller's own
 * organisation, never given to the owner or to another partner.
 */
async function figureOf(
  tx: Tx,
  callerId: string,
  programme: ProgrammeRow,
  organisationId: string,
  definition: IndicatorDefinition,
  from: string,
  to: string,
  now: Date,
): Promise<Figure> {
  if (definition.source === 'survey_answers' && organisationId !== callerId) return NOTHING;
  if (
    organisationId !== programme.organisationId &&
    !(await hasAccepted(tx, programme.id, organisationId))
  )
    return NOTHING;
  // Every source can be broken down by month; an indicator need not list it.
  const checked: IndicatorDefinition = {
    source: definition.source,
    measure: definition.measure,
    distinctField: definition.distinctField,
    filters: definition.filters,
    breakdowns: [...new Set([...definition.breakdowns, 'month'])],
  };
  const read = async (): Promise<Figure> => {
    const figure: Figure = { value: 0, months: new Map() };
    const today = todayIn(await organisationZone(tx, organisationId), now);
    for (const chunk of chunksOf(from, to)) {
      const result = await evaluateDefinition(tx, organisationId, checked, {
        ...chunk,
        breakdown: 'month',
        today,
      });
      figure.value += Number(result.value);
      for (const group of result.groups) {
        const key = group.key?.slice(0, 7);
        if (key) figure.months.set(key, (figure.months.get(key) ?? 0) + Number(group.value));
      }
    }
    return figure;
  };
  return organisationId === callerId ? read() : asOrganisation(tx, organisationId, read);
}

async function targetProgress(
  tx: Tx,
  callerId: string,
  programme: ProgrammeRow,
  summary: ProgrammeSummary,
  row: TargetRow,
  indicator: Indicator | null | undefined,
  asOf: string,
  now: Date,
): Promise<TargetProgress> {
  const { start, end } = targetPeriod(row);
  const partners: Contributor[] = summary.partners.map(({ status, ...organisation }) => ({
    organisation,
    status,
  }));
  const counted: Contributor[] = row.partnerId
    ? partners.filter((p) => p.organisation.id === row.partnerId)
    : [{ organisation: summary.owner }, ...partners];
  const to = minDate(asOf, end);
  const figures: Figure[] = [];
  for (const { organisation, status } of counted)
    figures.push(
      indicator && to >= start && status !== 'invited'
        ? await figureOf(tx, callerId, programme, organisation.id, indicator, start, to, now)
        : NOTHING,
    );
  const actual = figures.reduce((sum, f) => sum + f.value, 0);
  let cumulative = 0;
  const months =
    to >= start
      ? monthsBetween(start, to).map((month) => {
          const value = figures.reduce((sum, f) => sum + (f.months.get(month) ?? 0), 0);
          cumulative += value;
          return { month, actual: value, cumulative };
        })
      : [];
  const target = Number(row.targetValue);
  return {
    target: toTarget(row, indicator, summary.partners),
    actual,
    ...progressOf({ target, actual, start, deadline: end, asOf }),
    // A partner sees its own figure beside the programme's total, never another's.
    byOrganisation: counted
      .map((contributor, i) => ({ ...contributor, actual: figures[i]!.value }))
      .filter((c) => callerId === programme.organisationId || c.organisation.id === callerId),
    months,
  };
}

/**
 * Progress of a programme's targets as of `asOf` (default: today in the owner's zone at
 * `now`), as `callerId` (the owner or an accepted partner, already checked) sees it. Each
 * target counts the owner and every partner that has accepted, or only its partner (once it
 * has accepted); an invited partner counts 0 and is listed with its status. The actual is
 * the indicator over the target's period up to `asOf`.
 */
export async function programmeProgress(
  tx: Tx,
  callerId: string,
  row: ProgrammeRow,
  asOf: string | null,
  now: Date,
): Promise<ProgrammeProgress> {
  const day = asOf ?? todayIn(await organisationZone(tx, row.organisationId), now);
  const [summary] = await summariesOf(tx, callerId, [row]);
  const rows = await targetRowsOf(tx, row.id);
  const indicators = await ownerIndicators(
    tx,
    callerId,
    row.organisationId,
    rows.map((t) => t.indicatorCode),
  );
  const targets: TargetProgress[] = [];
  // A partner does not see the targets set for another partner alone (that partner's figures).
  const visible = rows.filter(
    (t) => callerId === row.organisationId || t.partnerId === null || t.partnerId === callerId,
  );
  for (const target of visible)
    targets.push(
      await targetProgress(
        tx,
        callerId,
        row,
        summary!,
        target,
        indicators.get(target.indicatorCode),
        day,
        now,
      ),
    );
  return {
    programme: summary!,
    asOf: day,
    rule: { atRiskMargin: AT_RISK_MARGIN },
    targets,
  };
}
