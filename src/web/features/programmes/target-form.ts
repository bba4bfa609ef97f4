import type { FieldIssue } from '../../lib/api.ts';
import type { Programme, TargetDto, TargetInput } from '../../../shared/schemas/programmes.ts';
import { parseDecimal } from './numbers.ts';

/** The target form's values, as typed. */
export type TargetFormValues = {
  indicator: string;
  target: string;
  periodStart: string;
  deadline: string;
  partnerId: string;
  year: string;
};

export const TARGET_REQUIRED = ['indicator', 'target', 'deadline'] as const;

/** An existing target's values, or a new one starting at the programme's start and ending at its end. */
export function targetValues(target: TargetDto | null, programme: Programme): TargetFormValues {
  return {
    indicator: target?.indicator ?? '',
    target: target ? String(target.target) : '',
    periodStart: target?.periodStart ?? programme.periodStart,
    deadline: target?.deadline ?? programme.periodEnd,
    partnerId: target?.partner?.id ?? '',
    year: target?.year === null || !target ? '' : String(target.year),
  };
}

/**
 * The API body, or what the page finds itself: a target value that is not a number (or is
 * negative), a year that is not 1900–2100. The order of dates is the server's to check.
 */
export function toTargetBody(
  values: TargetFormValues,
): { body: TargetInput } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const text = values.target.trim();
  const target = parseDecimal(text);
  if (target === null)
    issues.push(
      /^-/.test(text)
        ? { path: 'target', code: 'too_small', params: { minimum: 0 } }
        : { path: 'target', code: 'invalid_number' },
    );
  let year: number | null = null;
  if (values.year.trim()) {
    year = Number(values.year.trim());
    if (!/^\d{4}$/.test(values.year.trim()) || year < 1900 || year > 2100)
      issues.push({ path: 'year', code: 'out_of_range', params: { minimum: 1900, maximum: 2100 } });
  }
  if (issues.length || target === null) return { issues };
  return {
    body: {
      indicator: values.indicator,
      target,
      ...(values.periodStart ? { periodStart: values.periodStart } : {}),
      deadline: values.deadline,
      partnerId: values.partnerId || null,
      year,
    },
  };
}
