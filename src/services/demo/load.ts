import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { locations, memberships, organisations, users } from '../../db/schema/index.ts';
import { hashPassword } from '../passwords.ts';
import { recordAudit } from '../audit.ts';
import { DEMO_INSTALLATION_ADMIN, DEMO_ORGANISATIONS, demoEmail } from './data.ts';
import { loadDemoProgrammes } from './programmes.ts';
import { WALK_IN_CENTRE, loadWalkInContacts } from './walk-in-load.ts';
import { loadWalkInSurvey } from './walk-in-survey.ts';

export interface DemoResult {
  /** Printed once; never stored in clear, never hard-coded. */
  password: string;
  users: { email: string; organisation: string; role: string }[];
  organisationsCreated: string[];
  organisationsSkipped: string[];
}

/** A random demo password: 20 characters from a 32-letter alphabet without look-alikes (100 bits). */
export function generateDemoPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789AB';
  const bytes = randomBytes(20);
  return [...bytes]
    .map((b) => alphabet[b % 32])
    .join('')
    .replace(/(.{5})(?!$)/g, '$1-');
}

/**
 * Loads the demo organisations, locations and users in the caller's transaction (run with
 * the installation-admin context). Organisations whose slug exists are left alone.
 */
export async function loadDemoData(
  tx: Executor,
  at: Date,
  actorUserId: string | null,
): Promise<DemoResult> {
  const password = generateDemoPassword();
  const passwordHash = await hashPassword(password);
  const result: DemoResult = {
    password,
    users: [],
    organisationsCreated: [],
    organisationsSkipped: [],
  };

  async function ensureUser(
    email: string,
    name: string,
    language: string,
    isInstallationAdmin = false,
  ) {
    const [existing] = await tx.select().from(users).where(eq(users.email, email));
    if (existing) return existing;
    const [row] = await tx
      .insert(users)
      .values({
        email,
        name,
        language,
        passwordHash,
        isInstallationAdmin,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    return row!;
  }

  const admin = await ensureUser(DEMO_INSTALLATION_ADMIN, 'Demo Admin', 'en', true);
  result.users.push({ email: admin.email, organisation: '*', role: 'installation_admin' });

  const created = new Map<string, string>();
  for (const demo of DEMO_ORGANISATIONS) {
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.slug, demo.slug));
    if (existing) {
      result.organisationsSkipped.push(demo.slug);
      continue;
    }
    const [org] = await tx
      .insert(organisations)
      .values({
        slug: demo.slug,
        name: demo.name,
        kind: demo.kind,
        defaultLanguage: demo.defaultLanguage,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    result.organisationsCreated.push(demo.slug);
    created.set(demo.slug, org!.id);
    const locationIds: Record<string, string> = {};
    for (const location of demo.locations) {
      const [row] = await tx
        .insert(locations)
        .values({ ...location, organisationId: org!.id, createdAt: at, updatedAt: at })
        .returning({ id: locations.id });
      locationIds[location.slug] = row!.id;
    }
    const userIds: Partial<Record<string, string>> = {};
    for (const role of demo.roles) {
      const email = demoEmail(demo.slug, role);
      const user = await ensureUser(
        email,
        `${demo.name.split(/[ –/]/)[0]} ${role.replace('_', ' ')}`,
        demo.defaultLanguage,
      );
      userIds[role] = user.id;
      await tx
        .insert(memberships)
        .values({ organisationId: org!.id, userId: user.id, roles: [role], createdAt: at })
        .onConflictDoNothing();
      result.users.push({ email, organisation: demo.slug, role });
    }
    if (demo.slug === WALK_IN_CENTRE) {
      const target = { organisationId: org!.id, timeZone: org!.timeZone };
      await loadWalkInContacts(
        tx,
        {
          ...target,
          locations: locationIds,
          recordedBy: userIds.counsellor ?? null,
          plannedBy: userIds.coordinator ?? null,
        },
        at,
      );
      await loadWalkInSurvey(tx, target, at);
    }
    await recordAudit(
      tx,
      { userId: actorUserId, organisationId: org!.id },
      { action: 'demo.loaded', entity: 'organisation', entityId: org!.id },
    );
  }
  // Programmes name partner organisations: once every organisation is there.
  await loadDemoProgrammes(tx, created, at, actorUserId);
  return result;
}
