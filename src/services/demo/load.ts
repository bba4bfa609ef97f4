import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { locations, memberships, organisations, users } from '../../db/schema/index.ts';
import { hashPassword } from '../passwords.ts';
import { recordAudit } from '../audit.ts';
import { DEMO_INSTALLATION_ADMIN, DEMO_ORGANISATIONS, demoEmail } from './data.ts';
import { loadNeetPartnerContacts } from './neet-partners.ts';
import { loadedDemoOrganisations, placeDemoOrganisation, type DemoPlace } from './placement.ts';
import { loadDemoProgrammes } from './programmes.ts';
import { DEMO_ADMIN_NAME, demoUserName } from './user-names.ts';
import { WALK_IN_CENTRE, loadWalkInContacts } from './walk-in-load.ts';
import { loadWalkInSurvey } from './walk-in-survey.ts';

export interface DemoResult {
  /** Printed once; never stored in clear, never hard-coded. */
  password: string;
  users: { email: string; organisation: string; role: string }[];
  /** Slugs of the demo organisations made now, as this installation calls them. */
  organisationsCreated: string[];
  /** Slugs of the demo organisations an earlier run made, left as they are. */
  organisationsSkipped: string[];
  /**
   * Demo organisations whose slug an organisation of the installation already had: loaded
   * whole under a free slug (`demo` → `slug`), "(demo)" after the name.
   */
  organisationsRenamed: { demo: string; slug: string; name: string }[];
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
 * the installation-admin context), each whole: one an earlier run loaded is left alone, one
 * whose slug the installation already uses goes under a free slug.
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
    organisationsRenamed: [],
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

  const admin = await ensureUser(DEMO_INSTALLATION_ADMIN, DEMO_ADMIN_NAME, 'en', true);
  result.users.push({ email: admin.email, organisation: '*', role: 'installation_admin' });

  // Keyed by the demo's own slug, whatever slug the organisation got here.
  const created = new Map<string, string>();
  const loaded = await loadedDemoOrganisations(tx);
  // An organisation of the installation with a demo slug (the first organisation is often
  // named after the same centre) never stops the demo: it loads under a free slug. Every
  // place is found before anything is loaded, so a demo that cannot load whole fails at once.
  const places = new Map<string, DemoPlace>();
  for (const demo of DEMO_ORGANISATIONS)
    if (!loaded.has(demo.slug)) places.set(demo.slug, await placeDemoOrganisation(tx, demo));
  for (const demo of DEMO_ORGANISATIONS) {
    const place = places.get(demo.slug);
    if (!place) {
      result.organisationsSkipped.push(loaded.get(demo.slug)!.slug);
      continue;
    }
    if (place.renamed)
      result.organisationsRenamed.push({ demo: demo.slug, slug: place.slug, name: place.name });
    const [org] = await tx
      .insert(organisations)
      .values({
        slug: place.slug,
        name: place.name,
        kind: demo.kind,
        defaultLanguage: demo.defaultLanguage,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    result.organisationsCreated.push(place.slug);
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
      const email = demoEmail(place.slug, role);
      const user = await ensureUser(
        email,
        demoUserName(demo.slug, role, demo.defaultLanguage),
        demo.defaultLanguage,
      );
      userIds[role] = user.id;
      await tx
        .insert(memberships)
        .values({ organisationId: org!.id, userId: user.id, roles: [role], createdAt: at })
        .onConflictDoNothing();
      result.users.push({ email, organisation: place.slug, role });
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
    if (demo.kind === 'partner')
      await loadNeetPartnerContacts(
        tx,
        {
          slug: demo.slug,
          organisationId: org!.id,
          timeZone: org!.timeZone,
          language: demo.defaultLanguage,
          locations: demo.locations.map((l) => ({ ...l, id: locationIds[l.slug]! })),
          recordedBy: userIds.coach ?? null,
        },
        at,
      );
    await recordAudit(
      tx,
      { userId: actorUserId, organisationId: org!.id },
      {
        action: 'demo.loaded',
        entity: 'organisation',
        entityId: org!.id,
        // Which demo organisation this is, for a later run (the slug may differ).
        details: { demo: demo.slug },
      },
    );
  }
  // Programmes name partner organisations: once every organisation is there.
  await loadDemoProgrammes(tx, created, at, actorUserId);
  return result;
}
