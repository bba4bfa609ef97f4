import { sql } from 'drizzle-orm';
import {
  ACTIVITY_CATEGORIES,
  CATEGORY_CONTACT_TYPE,
  DEFAULT_KIND_FOR_CATEGORY,
  categoryForContactType,
  type ActivityCategory,
} from '../../core/contacts/model.ts';
import type { Executor } from '../../db/client.ts';
import { kindsOf } from '../activity-kinds.ts';
import { rowsOf } from '../contacts/drafts.ts';
import type { ImportRow, RowIssue } from './rows.ts';

interface ActivityFacts {
  id: string | null;
  category: ActivityCategory;
  status: string;
  /** Created by this import: its start follows its earliest contact. */
  created: boolean;
  startDate: string;
  earliest: string;
}

/** A row of the chunk being written: invalid once it has issues (`row` is then null). */
export interface PendingRow {
  line: number;
  row: ImportRow | null;
  issues: RowIssue[];
}

/**
 * The activities an import's rows name by external id. Rows sharing an unknown id make one
 * new activity (kind fitting their type, title = the id, status held, starting on the
 * earliest row's date at 00:00 in the organisation's zone); a known activity must be of
 * the row type's category and not cancelled. Holds one entry per distinct activity id.
 */
export class ActivityResolver {
  private readonly known = new Map<string, ActivityFacts>();
  private readonly createdIds: string[] = [];
  private kindFor: Record<ActivityCategory, string> | null = null;

  constructor(
    private readonly tx: Executor,
    private readonly organisationId: string,
    private readonly zone: string,
    private readonly createdBy: string | null,
    private readonly at: Date,
  ) {}

  /**
   * The id of a checked row's activity, or the nil UUID for one this import will create
   * (no existing contact points at it, so a row naming it is a change).
   */
  idFor(externalId: string): string {
    return this.known.get(externalId)?.id ?? '00000000-0000-0000-0000-000000000000';
  }

  /** External ids of the activities this import created (or would create), in order. */
  get created(): readonly string[] {
    return this.createdIds;
  }

  /** Checks the activity of every valid row, marking rows that do not fit it. */
  async check(rows: PendingRow[]): Promise<void> {
    const unknown = new Set<string>();
    for (const { row } of rows)
      if (row?.activity && !this.known.has(row.activity)) unknown.add(row.activity);
    if (unknown.size) {
      const found = await this.tx.execute(
        sql`SELECT id, external_id, category, status FROM activities
            WHERE organisation_id = ${this.organisationId}
            AND external_id IN (SELECT jsonb_array_elements_text(${JSON.stringify([...unknown])}::jsonb))`,
      );
      type Found = { id: string; external_id: string; category: ActivityCategory; status: string };
      for (const a of rowsOf<Found>(found))
        this.known.set(a.external_id, {
          id: a.id,
          category: a.category,
          status: a.status,
          created: false,
          startDate: '',
          earliest: '',
        });
    }
    for (const pending of rows) {
      const row = pending.row;
      if (!row?.activity) continue;
      const { type, date } = row.draft;
      const facts = this.known.get(row.activity);
      if (!facts) {
        const category = categoryForContactType(type)!;
        this.known.set(row.activity, {
          id: null,
          category,
          status: 'held',
          created: true,
          startDate: date,
          earliest: date,
        });
        this.createdIds.push(row.activity);
      } else if (facts.status === 'cancelled') {
        reject(pending, { column: 'activity', code: 'activity_cancelled' });
      } else if (CATEGORY_CONTACT_TYPE[facts.category] !== type) {
        const params = { type: CATEGORY_CONTACT_TYPE[facts.category] };
        reject(pending, { column: 'type', code: 'activity_type_mismatch', params });
      } else if (facts.created && date < facts.earliest) facts.earliest = date;
    }
  }

  /** Creates the new activities the valid rows need and points the rows at their ids. */
  async write(rows: PendingRow[]): Promise<void> {
    const toCreate = new Map<string, ActivityFacts>();
    for (const { row } of rows) {
      const facts = row?.activity ? this.known.get(row.activity) : undefined;
      if (facts && facts.id === null) toCreate.set(row!.activity!, facts);
    }
    if (toCreate.size) {
      const kinds = await this.kinds();
      const payload = [...toCreate].map(([externalId, facts]) => ({
        external_id: externalId,
        kind: kinds[facts.category],
        category: facts.category,
        day: facts.earliest,
      }));
      for (const facts of toCreate.values()) facts.startDate = facts.earliest;
      const inserted = await this.tx.execute(sql`
        INSERT INTO activities (organisation_id, external_id, kind, category, title, starts_at,
          status, created_by, created_at, updated_at)
        SELECT ${this.organisationId}, r.external_id, r.kind, r.category, r.external_id,
          (r.day::timestamp AT TIME ZONE ${this.zone}), 'held', ${this.createdBy},
          ${this.at.toISOString()}::timestamptz, ${this.at.toISOString()}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb)
          AS r(external_id text, kind text, category text, day date)
        RETURNING id, external_id`);
      for (const a of rowsOf<{ id: string; external_id: string }>(inserted))
        toCreate.get(a.external_id)!.id = a.id;
    }
    for (const { row } of rows)
      if (row?.activity) row.draft.activityId = this.known.get(row.activity)!.id;
  }

  /** Moves each new activity's start to its earliest contact (rows come in any order). */
  async finish(): Promise<void> {
    const moved = [...this.known.values()]
      .filter((f) => f.created && f.id && f.earliest < f.startDate)
      .map((f) => ({ id: f.id, day: f.earliest }));
    if (!moved.length) return;
    await this.tx.execute(sql`
      UPDATE activities a SET starts_at = (r.day::timestamp AT TIME ZONE ${this.zone})
      FROM jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) AS r(id uuid, day date)
      WHERE a.id = r.id AND a.organisation_id = ${this.organisationId}`);
  }

  /** The default kind of each category when active, else the category's first active kind. */
  private async kinds(): Promise<Record<ActivityCategory, string>> {
    if (this.kindFor) return this.kindFor;
    const all = await kindsOf(this.tx, this.organisationId);
    const kindFor = { ...DEFAULT_KIND_FOR_CATEGORY };
    for (const category of ACTIVITY_CATEGORIES) {
      const active = all.filter((k) => k.category === category && k.active);
      if (active.length && !active.some((k) => k.slug === kindFor[category]))
        kindFor[category] = active[0]!.slug;
    }
    return (this.kindFor = kindFor);
  }
}

function reject(pending: PendingRow, issue: RowIssue) {
  pending.issues.push(issue);
  pending.row = null;
}
