import { eq, sql, type SQL } from 'drizzle-orm';
import { correctionWindowStart, type ContactType } from '../../core/contacts/model.ts';
import { can } from '../../core/organisations/roles.ts';
import type { Executor } from '../../db/client.ts';
import { contacts, organisations, users } from '../../db/schema/index.ts';
import type { Contact } from '../../shared/schemas/contacts.ts';
import type { Actor } from '../actor.ts';

export const contactColumns = {
  contact: contacts,
  recordedByName: users.name,
};

export type ContactRow = { contact: typeof contacts.$inferSelect; recordedByName: string | null };

/** Contacts joined with their recorder's name, for list and get. */
export function selectContacts(tx: Executor) {
  return tx
    .select(contactColumns)
    .from(contacts)
    .leftJoin(users, eq(users.id, contacts.recordedBy));
}

/**
 * Whether `actor` may still correct or undo `contact` at `now`: org admins always, others
 * their own entries within the correction window. Every write path applies the same rule
 * (`upsertContacts` in SQL for contacts addressed by external id).
 */
export function mayCorrect(
  actor: Actor,
  contact: { recordedBy: string | null; recordedAt: Date },
  now: Date,
): boolean {
  if (can(actor, 'contacts.correct_any')) return true;
  if (!can(actor, 'contacts.record')) return false;
  if (!actor.userId || contact.recordedBy !== actor.userId) return false;
  return contact.recordedAt > correctionWindowStart(now);
}

export function toContact(row: ContactRow, actor: Actor, now: Date): Contact {
  const c = row.contact;
  return {
    id: c.id,
    organisationId: c.organisationId,
    date: c.contactDate,
    time: c.contactTime ? c.contactTime.slice(0, 5) : null,
    type: c.type as ContactType,
    count: c.count,
    theme: c.theme as Contact['theme'],
    language: c.language,
    channel: c.channel as Contact['channel'],
    locationId: c.locationId,
    municipality: c.municipality,
    tags: c.tags,
    activityId: c.activityId,
    externalId: c.externalId,
    recordedBy: c.recordedBy,
    // Analysts see aggregates and entries, not which colleague recorded them.
    recordedByName: can(actor, 'contacts.record') ? row.recordedByName : null,
    recordedAt: c.recordedAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    editable: mayCorrect(actor, c, now),
  };
}

/** The organisation's time zone (where its days begin and end). */
export async function organisationZone(tx: Executor, organisationId: string): Promise<string> {
  const [row] = await tx
    .select({ zone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.zone ?? 'Europe/Brussels';
}

/** Contacts whose activity is of `kind`. */
export function activityKindFilter(kind: string): SQL {
  return sql`contacts.activity_id IN (SELECT k.id FROM activities k
    WHERE k.organisation_id = contacts.organisation_id AND k.kind = ${kind})`;
}
