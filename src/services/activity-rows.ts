import { and, eq, sql } from 'drizzle-orm';
import { AppError, type FieldIssue } from '../core/common/errors.ts';
import type { ActivityCategory, ActivityStatus } from '../core/contacts/model.ts';
import type { Executor } from '../db/client.ts';
import { activities, locations } from '../db/schema/index.ts';
import type { Activity } from '../shared/schemas/activities.ts';

export type ActivityRow = typeof activities.$inferSelect;

export const attendance = {
  attendance: sql<string>`coalesce((SELECT sum(c.count) FROM contacts c WHERE c.organisation_id = activities.organisation_id AND c.activity_id = activities.id), 0)`,
  attendanceLines: sql<string>`(SELECT count(*) FROM contacts c WHERE c.organisation_id = activities.organisation_id AND c.activity_id = activities.id)`,
};

export function toActivity(row: {
  activity: ActivityRow;
  attendance: string;
  attendanceLines: string;
}): Activity {
  const a = row.activity;
  return {
    id: a.id,
    organisationId: a.organisationId,
    externalId: a.externalId,
    kind: a.kind,
    category: a.category as ActivityCategory,
    title: a.title,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt?.toISOString() ?? null,
    locationId: a.locationId,
    municipality: a.municipality,
    neighbourhood: a.neighbourhood,
    language: a.language,
    theme: a.theme as Activity['theme'],
    partner: a.partner,
    capacity: a.capacity,
    status: a.status as ActivityStatus,
    notes: a.notes,
    attendance: Number(row.attendance),
    attendanceLines: Number(row.attendanceLines),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function externalIdTaken(externalId: string) {
  return new AppError('EXTERNAL_ID_TAKEN', {
    params: { externalId },
    issues: [{ path: 'externalId', code: 'external_id_taken' }],
  });
}

/** Collective sessions, fairs and events, outreach trips; attendance is their contacts. */
/** One activity of the organisation with its attendance; NOT_FOUND otherwise. */
export async function getActivityIn(tx: Executor, organisationId: string, id: string) {
  const [row] = await tx
    .select({ activity: activities, ...attendance })
    .from(activities)
    .where(and(eq(activities.id, id), eq(activities.organisationId, organisationId)));
  if (!row) throw new AppError('NOT_FOUND');
  return toActivity(row);
}

/** The location is the organisation's own; the end is not before the start. */
export async function checkActivityReferences(
  tx: Executor,
  organisationId: string,
  input: {
    locationId?: string | null | undefined;
    startsAt?: string;
    endsAt?: string | null | undefined;
  },
  current?: ActivityRow,
) {
  const issues: FieldIssue[] = [];
  if (input.locationId) {
    const [location] = await tx
      .select({ id: locations.id })
      .from(locations)
      .where(and(eq(locations.id, input.locationId), eq(locations.organisationId, organisationId)));
    if (!location) issues.push({ path: 'locationId', code: 'unknown_location' });
  }
  const startsAt = input.startsAt ?? current?.startsAt.toISOString();
  const endsAt = input.endsAt === undefined ? current?.endsAt?.toISOString() : input.endsAt;
  if (startsAt && endsAt && Date.parse(endsAt) < Date.parse(startsAt))
    issues.push({ path: 'endsAt', code: 'ends_before_start' });
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
}
