import { sql } from 'drizzle-orm';
import {
  CATEGORY_CONTACT_TYPE,
  categoryForContactType,
  type ActivityCategory,
} from '../../core/contacts/model.ts';
import type { Executor } from '../../db/client.ts';
import type { FieldIssue } from '../../core/common/errors.ts';
import { isString, rowsOf, type ContactDraft } from './drafts.ts';

/** The checks of drafts against the database: locations, activities and tags. */

/** An issue of one draft, by its index in the list checked. */
export interface DraftIssue extends FieldIssue {
  index: number;
}

interface ActivityFacts {
  category: ActivityCategory;
  status: string;
}

/**
 * Checks what a draft refers to inside the organisation: the date is not after today (in
 * the organisation's zone), the location and activity are the organisation's own (another
 * organisation's id reads as unknown), and an activity's category fits the contact type.
 */
export async function checkDraftReferences(
  tx: Executor,
  organisationId: string,
  today: string,
  drafts: readonly ContactDraft[],
  paths: { date: string; locationId: string; activityId: string } = {
    date: 'date',
    locationId: 'locationId',
    activityId: 'activityId',
  },
): Promise<DraftIssue[]> {
  const issues: DraftIssue[] = [];
  const locationIds = [...new Set(drafts.map((d) => d.locationId).filter(isString))];
  const activityIds = [...new Set(drafts.map((d) => d.activityId).filter(isString))];
  const knownLocations = new Set<string>();
  if (locationIds.length) {
    const rows = await tx.execute<{ id: string }>(
      sql`SELECT id FROM locations WHERE organisation_id = ${organisationId}
          AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(locationIds)}::jsonb)::uuid)`,
    );
    for (const row of rowsOf<{ id: string }>(rows)) knownLocations.add(row.id);
  }
  const activities = new Map<string, ActivityFacts>();
  if (activityIds.length) {
    const rows = await tx.execute<{ id: string; category: ActivityCategory; status: string }>(
      sql`SELECT id, category, status FROM activities WHERE organisation_id = ${organisationId}
          AND id IN (SELECT jsonb_array_elements_text(${JSON.stringify(activityIds)}::jsonb)::uuid)`,
    );
    for (const row of rowsOf<{ id: string; category: ActivityCategory; status: string }>(rows))
      activities.set(row.id, { category: row.category, status: row.status });
  }
  drafts.forEach((draft, index) => {
    if (draft.date > today) issues.push({ index, path: paths.date, code: 'future_date' });
    if (draft.locationId && !knownLocations.has(draft.locationId))
      issues.push({ index, path: paths.locationId, code: 'unknown_location' });
    if (draft.activityId) {
      const activity = activities.get(draft.activityId);
      if (!activity) issues.push({ index, path: paths.activityId, code: 'unknown_activity' });
      else if (activity.status === 'cancelled')
        issues.push({ index, path: paths.activityId, code: 'activity_cancelled' });
      else if (categoryForContactType(draft.type) === null)
        issues.push({ index, path: paths.activityId, code: 'type_takes_no_activity' });
      else if (CATEGORY_CONTACT_TYPE[activity.category] !== draft.type)
        issues.push({
          index,
          path: 'type',
          code: 'activity_type_mismatch',
          params: { type: CATEGORY_CONTACT_TYPE[activity.category] },
        });
    }
  });
  return issues;
}

/** Creates the tags that do not exist yet; returns the slugs it created. */
export async function ensureTags(
  tx: Executor,
  organisationId: string,
  slugs: Iterable<string>,
): Promise<string[]> {
  const list = [...new Set(slugs)];
  if (!list.length) return [];
  const rows = await tx.execute<{ slug: string }>(
    sql`INSERT INTO contact_tags (organisation_id, slug)
        SELECT ${organisationId}, s FROM jsonb_array_elements_text(${JSON.stringify(list)}::jsonb) AS s
        ON CONFLICT DO NOTHING RETURNING slug`,
  );
  return rowsOf<{ slug: string }>(rows)
    .map((r) => r.slug)
    .sort();
}
