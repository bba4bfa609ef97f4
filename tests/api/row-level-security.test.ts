import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_CONTEXT, withContext } from '../../src/db/context.ts';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';

/** The database enforces tenant isolation on its own, whatever the services do. */
let t: TestApp;
let orgA: string;
let orgB: string;

const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
  const installation = await setupInstallation(t.app);
  const a = await createOrganisation(t.app, installation, 'org-a', ['org_admin']);
  const b = await createOrganisation(t.app, installation, 'org-b', ['org_admin']);
  orgA = a.organisationId;
  orgB = b.organisationId;
  await a.clients.org_admin!.post('/api/locations', { slug: 'a-office', name: 'A office' });
  await b.clients.org_admin!.post('/api/locations', { slug: 'b-office', name: 'B office' });
});
afterAll(() => t?.close());

describe('row-level security', () => {
  const db = () => t.db.database.db;

  it('runs application queries as a role that is neither superuser nor owner', async () => {
    const [me] = rows(
      await db().execute(
        sql`SELECT current_user AS name, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`,
      ),
    );
    expect(me).toEqual({ name: 'parcours_app', rolsuper: false, rolbypassrls: false });
    const [owner] = rows(
      await db().execute(sql`SELECT tableowner FROM pg_tables WHERE tablename = 'locations'`),
    );
    expect(owner!.tableowner).not.toBe('parcours_app');
  });

  it('shows no org-scoped rows to a query without an organisation context', async () => {
    const counts = await withContext(db(), NO_CONTEXT, async (tx) => ({
      locations: rows(await tx.execute(sql`SELECT count(*)::int AS n FROM locations`))[0]!.n,
      memberships: rows(await tx.execute(sql`SELECT count(*)::int AS n FROM memberships`))[0]!.n,
      audit: rows(await tx.execute(sql`SELECT count(*)::int AS n FROM audit_log`))[0]!.n,
    }));
    expect(counts).toEqual({ locations: 0, memberships: 0, audit: 0 });
    // and outside any transaction, too
    expect(rows(await db().execute(sql`SELECT count(*)::int AS n FROM locations`))[0]!.n).toBe(0);
  });

  it("shows an organisation only its own rows and refuses writes into another's", async () => {
    const context = { organisationId: orgB, userId: null, isAdmin: false };
    const names = await withContext(db(), context, async (tx) =>
      rows(await tx.execute(sql`SELECT name FROM locations ORDER BY name`)).map((r) => r.name),
    );
    expect(names).toEqual(['B office']);
    await expect(
      withContext(db(), context, (tx) =>
        tx.execute(
          sql`INSERT INTO locations (organisation_id, slug, name) VALUES (${orgA}, 'smuggled', 'Smuggled')`,
        ),
      ),
    ).rejects.toThrow();
    const updated = await withContext(db(), context, async (tx) =>
      rows(
        await tx.execute(
          sql`UPDATE locations SET name = 'Hijacked' WHERE organisation_id = ${orgA} RETURNING id`,
        ),
      ),
    );
    expect(updated).toEqual([]);
  });

  it('keeps the audit log append-only for the application', async () => {
    const context = { organisationId: orgA, userId: null, isAdmin: false };
    await expect(
      withContext(db(), context, (tx) => tx.execute(sql`DELETE FROM audit_log`)),
    ).rejects.toThrow();
    await expect(
      withContext(db(), context, (tx) => tx.execute(sql`UPDATE audit_log SET action = 'forged'`)),
    ).rejects.toThrow();
    const count = await withContext(
      db(),
      context,
      async (tx) => rows(await tx.execute(sql`SELECT count(*)::int AS n FROM audit_log`))[0]!.n,
    );
    expect(count).toBeGreaterThan(0);
  });

  it('does not leak the context of one transaction into the next', async () => {
    await withContext(
      db(),
      { organisationId: orgA, userId: null, isAdmin: true },
      async () => undefined,
    );
    const after = rows(await db().execute(sql`SELECT count(*)::int AS n FROM locations`))[0]!.n;
    expect(after).toBe(0);
  });
});
