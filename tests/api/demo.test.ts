import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../src/db/context.ts';
import { addDays, todayIn } from '../../src/core/contacts/dates.ts';
import { DEMO_ORGANISATIONS, demoEmail } from '../../src/services/demo/data.ts';
import { walkInLiveFrom } from '../../src/services/demo/walk-in-load.ts';
import { Client, createTestApp, STRONG_PASSWORD, type TestApp } from '../helpers/app.ts';

/**
 * The demo loads whole, even when the first organisation takes one of its short names (the
 * README's command-line example calls it `beroepenpunt`), and what it loads looks like
 * what the organisations would record.
 */
let t: TestApp;
let admin: Client;
let demo: {
  password: string;
  users: { email: string; organisation: string; role: string }[];
  renamed: { demo: string; slug: string; name: string }[];
};

const INSTALLATION = { organisationId: null, userId: null, isAdmin: true };

async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  const result = await withContext(t.db.database.db, INSTALLATION, (tx) => tx.execute(statement));
  return (result as unknown as { rows: T[] }).rows;
}

async function as(email: string) {
  const client = new Client(t.app);
  await client.login(email, demo.password);
  return async (url: string) => {
    const response = await client.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = new Client(t.app);
  const response = await admin.post('/api/setup', {
    organisation: { slug: 'beroepenpunt', name: 'Beroepenpunt', kind: 'career_centre' },
    admin: { email: 'ann@beroepenpunt.example', name: 'Ann Admin', password: STRONG_PASSWORD },
    demo: true,
  });
  expect(response.statusCode, response.body).toBe(201);
  demo = response.json().demo;
  admin.csrf = response.json().session.csrfToken;
  // Five years of the walk-in centre and its questionnaire answers: slow on a busy machine.
}, 240_000);
afterAll(() => t?.close());

describe('setup with the demo when the first organisation takes a demo short name', () => {
  it('loads the demo walk-in centre under a free short name and says so', async () => {
    expect(demo.renamed).toEqual([
      {
        demo: 'beroepenpunt',
        slug: 'beroepenpunt-demo',
        name: `${DEMO_ORGANISATIONS.find((o) => o.slug === 'beroepenpunt')!.name} (demo)`,
      },
    ]);
    const organisations = await query<{ slug: string; name: string }>(
      sql`SELECT slug, name FROM organisations ORDER BY slug`,
    );
    const expected = [
      'beroepenpunt',
      ...DEMO_ORGANISATIONS.map((o) => (o.slug === 'beroepenpunt' ? 'beroepenpunt-demo' : o.slug)),
    ].sort();
    expect(organisations.map((o) => o.slug)).toEqual(expected);
    expect(organisations.find((o) => o.slug === 'beroepenpunt')!.name).toBe('Beroepenpunt');
    // The demo's users are the renamed organisation's, and say which one.
    const walkInUsers = demo.users.filter((u) => u.organisation === 'beroepenpunt-demo');
    expect(walkInUsers.map((u) => u.email).sort()).toEqual(
      ['analyst', 'coach', 'coordinator', 'counsellor', 'org_admin']
        .map((role) => demoEmail('beroepenpunt-demo', role as never))
        .sort(),
    );
    expect(demo.users.some((u) => u.organisation === 'beroepenpunt')).toBe(false);
  });

  it('gives the demo walk-in centre its whole 2023 (65,654 contacts) and leaves the new organisation empty', async () => {
    const perOrganisation = await query<{ slug: string; n: number }>(sql`
      SELECT o.slug, coalesce(sum(c.count), 0)::int AS n FROM organisations o
      LEFT JOIN contacts c ON c.organisation_id = o.id
        AND c.contact_date BETWEEN '2023-01-01' AND '2023-12-31'
      WHERE o.slug IN ('beroepenpunt', 'beroepenpunt-demo') GROUP BY o.slug ORDER BY o.slug`);
    expect(perOrganisation).toEqual([
      { slug: 'beroepenpunt', n: 0 },
      { slug: 'beroepenpunt-demo', n: 65_654 },
    ]);
    const analyst = await as(demoEmail('beroepenpunt-demo', 'analyst'));
    const report = await analyst('/api/reports/annual?year=2023&format=json&lang=en');
    expect(report.narratives.introduction).toContain('65,654 contacts');
    const stats = await analyst('/api/contacts/stats?from=2023-01-01&to=2023-12-31');
    expect(stats.current.total).toBe(65_654);
    const programmes = await analyst('/api/programmes');
    expect(programmes.items).toHaveLength(1);
  });

  it('loads nothing twice when the demo is loaded again', async () => {
    const again = await t.app.services.setup.loadDemo();
    expect(again.organisationsCreated).toEqual([]);
    expect(again.organisationsRenamed).toEqual([]);
    expect(again.organisationsSkipped).toContain('beroepenpunt-demo');
    expect(again.organisationsSkipped).toHaveLength(DEMO_ORGANISATIONS.length);
    const [row] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM organisations`);
    expect(row!.n).toBe(DEMO_ORGANISATIONS.length + 1);
  });
});

describe('what the demo records', () => {
  it('records individual advice one visitor at a time since the centre went live, and imported its history', async () => {
    // The test clock's yesterday is 1 March 2026: live since 1 December 2025.
    const liveFrom = walkInLiveFrom(addDays(todayIn('Europe/Brussels', t.clock()), -1));
    expect(liveFrom).toBe('2025-12-01');
    const lines = await query<{
      live: boolean;
      lines: number;
      people: number;
      biggest: number;
      ids: number;
    }>(sql`
      SELECT c.contact_date >= ${liveFrom}::date AS live, count(*)::int AS lines,
        sum(c.count)::int AS people, max(c.count)::int AS biggest,
        count(c.external_id)::int AS ids
      FROM contacts c JOIN organisations o ON o.id = c.organisation_id
      WHERE o.slug = 'beroepenpunt-demo' AND c.type = 'individual_advice'
        AND c.activity_id IS NULL GROUP BY 1 ORDER BY 1`);
    const [history, live] = lines;
    // History: the count sheets' daily tallies, imported with external ids.
    expect(history).toMatchObject({ live: false, ids: history!.lines });
    expect(history!.biggest).toBeGreaterThan(1);
    // Live: what a counsellor records at the desk, one person each, no external id.
    expect(live).toMatchObject({ live: true, biggest: 1, ids: 0 });
    expect(live!.lines).toBe(live!.people);

    const counsellor = new Client(t.app);
    await counsellor.login(demoEmail('beroepenpunt-demo', 'counsellor'), demo.password);
    const recent = (await counsellor.get('/api/contacts?recordedBy=me&limit=10')).json();
    expect(recent.items).toHaveLength(10);
    const atTheDesk = recent.items.filter(
      (c: { type: string; activityId: string | null }) =>
        c.type === 'individual_advice' && !c.activityId,
    );
    for (const contact of atTheDesk) expect(contact.count).toBe(1);
  });

  it('gives the NEET programme progress its partners recorded: not zero, not all behind', async () => {
    const actiris = await as(demoEmail('actiris', 'analyst'));
    const owned = await actiris('/api/programmes?role=owner');
    const progress = await actiris(`/api/programmes/${owned.items[0].id}/progress`);
    expect(progress.targets.length).toBeGreaterThanOrEqual(4);
    const asOf: string = progress.asOf;
    for (const target of progress.targets) {
      const { periodStart, deadline, partner } = target.target;
      const until = deadline < asOf ? deadline : asOf;
      // Counted again, straight from the partners' contacts.
      const [row] = await query<{ n: number }>(sql`
        SELECT coalesce(sum(c.count), 0)::int AS n FROM contacts c
        JOIN organisations o ON o.id = c.organisation_id
        WHERE c.contact_date BETWEEN ${periodStart} AND ${until}
          AND o.slug IN (${sql.join(
            (partner
              ? [partner.slug]
              : DEMO_ORGANISATIONS.filter((d) => d.kind === 'partner' || d.slug === 'actiris').map(
                  (d) => d.slug,
                )
            ).map((slug: string) => sql`${slug}`),
            sql`, `,
          )})`);
      expect(target.actual, JSON.stringify(target.target)).toBe(row!.n);
      expect(target.actual).toBeGreaterThan(0);
    }
    const statuses = progress.targets.map((target: { status: string }) => target.status);
    expect(statuses.filter((status: string) => status !== 'behind').length).toBeGreaterThan(
      statuses.length / 2,
    );
  });
});

describe('a demo that cannot load whole', () => {
  it('refuses with a clear error and writes nothing', async () => {
    const other = await createTestApp();
    try {
      const setup = await new Client(other.app).post('/api/setup', {
        organisation: { slug: 'jes', name: 'JES', kind: 'partner' },
        admin: { email: 'jo@jes.example', name: 'Jo', password: STRONG_PASSWORD },
      });
      expect(setup.statusCode, setup.body).toBe(201);
      // Every slug the demo would try for JES is already taken.
      const taken = ['jes-demo', ...Array.from({ length: 8 }, (_, i) => `jes-demo-${i + 2}`)];
      await withContext(other.db.database.db, INSTALLATION, async (tx) => {
        for (const slug of taken)
          await tx.execute(
            sql`INSERT INTO organisations (slug, name, kind) VALUES (${slug}, ${slug}, 'partner')`,
          );
      });
      const count = async () => {
        const result = await withContext(other.db.database.db, INSTALLATION, (tx) =>
          tx.execute(sql`SELECT (SELECT count(*) FROM organisations)::int AS organisations,
            (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM contacts)::int AS contacts`),
        );
        return (result as unknown as { rows: unknown[] }).rows[0];
      };
      const before = await count();
      await expect(other.app.services.setup.loadDemo()).rejects.toMatchObject({
        code: 'SLUG_TAKEN',
        params: { slug: 'jes-demo-9' },
      });
      expect(await count()).toEqual(before);
    } finally {
      await other.close();
    }
  });
});
