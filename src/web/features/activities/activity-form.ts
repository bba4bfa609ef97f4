import type { FieldIssue } from '../../lib/api.ts';
import type { Activity, CreateActivityInput } from '../../../shared/schemas/activities.ts';
import { instantToZoned, todayInZone, zonedToInstant } from './zoned-time.ts';

/** The plan/edit form's values: dates and times as typed in the organisation's zone. */
export type ActivityFormValues = {
  kind: string;
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  locationId: string;
  municipality: string;
  neighbourhood: string;
  language: string;
  theme: string;
  partner: string;
  capacity: string;
  notes: string;
  externalId: string;
  held: boolean;
};

export const REQUIRED = ['kind', 'title', 'startDate', 'startTime'] as const;

export function initialValues(
  activity: Activity | null,
  timeZone: string,
  now = new Date(),
): ActivityFormValues {
  const start = activity ? instantToZoned(activity.startsAt, timeZone) : null;
  const end = activity?.endsAt ? instantToZoned(activity.endsAt, timeZone) : null;
  return {
    kind: activity?.kind ?? '',
    title: activity?.title ?? '',
    startDate: start?.date ?? todayInZone(timeZone, now),
    startTime: start?.time ?? '',
    endDate: end && end.date !== start?.date ? end.date : '',
    endTime: end?.time ?? '',
    locationId: activity?.locationId ?? '',
    municipality: activity?.municipality ?? '',
    neighbourhood: activity?.neighbourhood ?? '',
    language: activity?.language ?? '',
    theme: activity?.theme ?? '',
    partner: activity?.partner ?? '',
    capacity: activity?.capacity === null || !activity ? '' : String(activity.capacity),
    notes: activity?.notes ?? '',
    externalId: activity?.externalId ?? '',
    held: activity?.status === 'held',
  };
}

const orNull = (text: string) => text.trim() || null;

/**
 * The API body for the values, or the field issues that the page finds itself: a date or
 * time that does not exist, an end before the start, a capacity that is not a whole number.
 * An end time without an end date ends on the start day.
 */
export function toActivityBody(
  values: ActivityFormValues,
  timeZone: string,
  options: { withStatus: boolean },
): { body: CreateActivityInput } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const startsAt = zonedToInstant(values.startDate, values.startTime, timeZone);
  if (!startsAt) issues.push({ path: 'startDate', code: 'invalid_date' });
  let endsAt: string | null = null;
  if (values.endDate && !values.endTime) issues.push({ path: 'endTime', code: 'required' });
  else if (values.endTime) {
    endsAt = zonedToInstant(values.endDate || values.startDate, values.endTime, timeZone);
    // Without an end date, a bad start date is reported once, on the start.
    if (!endsAt && values.endDate) issues.push({ path: 'endDate', code: 'invalid_date' });
    else if (startsAt && endsAt && Date.parse(endsAt) < Date.parse(startsAt))
      issues.push({ path: 'endTime', code: 'ends_before_start' });
  }
  let capacity: number | null = null;
  if (values.capacity.trim()) {
    capacity = Number(values.capacity.trim());
    if (!/^\d+$/.test(values.capacity.trim()) || capacity < 1)
      issues.push({ path: 'capacity', code: 'not_whole_number' });
  }
  if (issues.length || !startsAt) return { issues };
  return {
    body: {
      kind: values.kind,
      title: values.title.trim(),
      startsAt,
      endsAt,
      locationId: values.locationId || null,
      municipality: values.municipality || null,
      neighbourhood: orNull(values.neighbourhood),
      language: values.language || null,
      theme: (values.theme || null) as CreateActivityInput['theme'],
      partner: orNull(values.partner),
      capacity,
      notes: orNull(values.notes),
      externalId: orNull(values.externalId),
      ...(options.withStatus ? { status: values.held ? 'held' : 'planned' } : {}),
    },
  };
}

/** Server issues on the instants belong to the fields where they are typed. */
export function placeIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  const fields: Record<string, string> = { startsAt: 'startDate', endsAt: 'endTime' };
  return issues.map((issue) => ({ ...issue, path: fields[issue.path] ?? issue.path }));
}
