import type { FieldIssue } from '../../lib/api.ts';
import type { Programme, ProgrammeInput } from '../../../shared/schemas/programmes.ts';
import { parseDecimal } from './numbers.ts';

/** The flat fields of the programme form (funders are edited apart, see FunderDraft). */
export type ProgrammeFormValues = {
  name: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  budget: string;
  partnerIds: string[];
};

export const REQUIRED = ['name', 'periodStart', 'periodEnd'] as const;

/** A funder being edited: rows keep a stable key so React and focus follow them. */
export interface FunderDraft {
  key: string;
  name: string;
  amounts: { key: string; year: string; amount: string }[];
}

let nextKey = 0;
/** A key for a new row (unique within the page). */
export const rowKey = () => `row-${++nextKey}`;

export function initialValues(programme: Programme | null): ProgrammeFormValues {
  return {
    name: programme?.name ?? '',
    description: programme?.description ?? '',
    periodStart: programme?.periodStart ?? '',
    periodEnd: programme?.periodEnd ?? '',
    budget: programme?.budget === null || !programme ? '' : String(programme.budget),
    partnerIds: programme?.partners.map((partner) => partner.id) ?? [],
  };
}

export function initialFunders(programme: Programme | null): FunderDraft[] {
  return (programme?.funders ?? []).map((funder) => ({
    key: rowKey(),
    name: funder.name,
    amounts: funder.amounts.map((entry) => ({
      key: rowKey(),
      year: String(entry.year),
      amount: String(entry.amount),
    })),
  }));
}

const YEAR = /^\d{4}$/;
const YEARS = { minimum: 1900, maximum: 2100 };

/**
 * The API body, or the issues the page finds itself: a budget or amount that is not an
 * amount in euros (two decimals at most), a year that is not 1900–2100, a funder without
 * a name. Issue paths are the API's (`funders.0.amounts.1.year`).
 */
export function toProgrammeBody(
  values: ProgrammeFormValues,
  funders: readonly FunderDraft[],
): { body: ProgrammeInput } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  let budget: number | null = null;
  if (values.budget.trim()) {
    budget = parseDecimal(values.budget);
    if (budget === null) issues.push({ path: 'budget', code: 'invalid_amount' });
  }
  const funderBodies = funders.map((funder, f) => {
    if (!funder.name.trim()) issues.push({ path: `funders.${f}.name`, code: 'required' });
    const amounts = funder.amounts.map((entry, a) => {
      const path = `funders.${f}.amounts.${a}`;
      const year = Number(entry.year.trim());
      if (!YEAR.test(entry.year.trim()) || year < 1900 || year > 2100)
        issues.push({ path: `${path}.year`, code: 'out_of_range', params: YEARS });
      const amount = parseDecimal(entry.amount);
      if (amount === null) issues.push({ path: `${path}.amount`, code: 'invalid_amount' });
      return { year, amount: amount ?? 0 };
    });
    return { name: funder.name.trim(), amounts };
  });
  if (issues.length) return { issues };
  return {
    body: {
      name: values.name.trim(),
      description: values.description.trim(),
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      budget,
      partnerIds: values.partnerIds,
      funders: funderBodies,
    },
  };
}

/** Issues about one chosen partner (`partnerIds.2`) belong to the partner list. */
export function placeIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) =>
    /^partnerIds\.\d+$/.test(issue.path) ? { ...issue, path: 'partnerIds' } : issue,
  );
}

/** Splits issues into those of the funders (shown in the funder rows) and the rest. */
export function splitFunderIssues(issues: readonly FieldIssue[]) {
  const isFunder = (issue: FieldIssue) => issue.path.startsWith('funders.');
  return { funders: issues.filter(isFunder), rest: issues.filter((i) => !isFunder(i)) };
}
