import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../src/core/contacts/dates.ts';
import { withContext } from '../../src/db/context.ts';
import { DEMO_ORGANISATIONS } from '../../src/services/demo/data.ts';
import { Client } from '../helpers/app.ts';
import { createCliInstallation, type CliInstallation } from './harness.ts';

let cli: CliInstallation;
let demoPassword = '';

/** Stats groups as { key: count } for one dimension. */
function counts(
  groups: { key: Record<string, string | null>; count: number }[],
  dimension: string,
) {
  return Object.fromEntries(groups.map((g) => [g.key[dimension], g.count])) as Record<
    string,
    number
  >;
}

beforeAll(async () => {
  cli = await createCliInstallation();
});
afterAll(async () => {
  await cli?.close();
});

describe('parcours demo', () => {
  it('loads the demo, prints its users and password once, and the users can log in', async () => {
    // An organisation of the installation already has a demo short name: that demo
    // organisation loads whole under a free one, and the command says so.
    await cli.sh('org add --slug leerwinkel --name "Leerwinkel Kortrijk" --kind learning_guidance');
    const result = await cli.run(['demo']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(
      'The short name leerwinkel was already taken by an organisation of this installation: the demo organisation "Leerwinkel – Huis van het Leren (demo)" is loaded in full as leerwinkel-demo.',
    );
    expect(result.stdout).toMatch(
      /^org-admin@leerwinkel-demo\.demo\.parcours\.example\s+leerwinkel-demo\s+org_admin$/m,
    );
    const password = /^Password of the new demo users: (\S+)$/m.exec(result.stdout)?.[1];
    expect(password).toBeDefined();
    expect(result.stdout.split(password!).length).toBe(2);
    expect(result.stdout).toContain('not stored anywhere');
    expect(result.stdout).toMatch(
      /^admin@demo\.parcours\.example\s+all organisations\s+installation_admin$/m,
    );
    const coordinator = /^(coordinator@\S+)\s+(\S+)\s+coordinator$/m.exec(result.stdout);
    expect(coordinator).not.toBeNull();

    await cli.withApp(async (app) => {
      const session = await new Client(app).login(coordinator![1]!, password);
      expect(session.user.email).toBe(coordinator![1]);
      await new Client(app).login('admin@demo.parcours.example', password);
    });

    const orgs = await cli.run(['org', 'list']);
    expect(orgs.stdout).toMatch(/^beroepenpunt\s/m);
    expect(orgs.stdout).toMatch(/^leerwinkel\s+Leerwinkel Kortrijk\s/m);
    expect(orgs.stdout).toMatch(/^leerwinkel-demo\s+Leerwinkel – Huis van het Leren \(demo\)\s/m);
    demoPassword = password!;
    // Five years of contacts and of questionnaire answers: slow on PGlite in a busy test run.
  }, 300_000);

  it('gives the walk-in centre the 2023 of its annual report, 2022 and this year up to yesterday', async () => {
    await cli.withApp(async (app) => {
      const analyst = new Client(app);
      await analyst.login('analyst@beroepenpunt.demo.parcours.example', demoPassword);
      const get = async (url: string) => {
        const response = await analyst.get(url);
        expect(response.statusCode, response.body).toBe(200);
        return response.json();
      };
      const year = 'from=2023-01-01&to=2023-12-31';

      const byType = await get(`/api/contacts/stats?${year}&groupBy=type&compare=previous_year`);
      expect(byType.current.total).toBe(65_654);
      expect(counts(byType.current.groups, 'type')).toEqual({
        individual_advice: 28_977,
        documentation_centre: 9_556,
        collective_activity: 18_062,
        event: expect.any(Number),
        outreach: expect.any(Number),
      });
      const reached = counts(byType.current.groups, 'type');
      expect(reached.event! + reached.outreach!).toBe(9_059);
      expect(byType.previous.total).toBeGreaterThan(50_000);
      expect(byType.current.total - byType.previous.total).toBeGreaterThan(10_000);

      const ukrainians = await get(`/api/contacts/stats?${year}&tag=ukrainian&groupBy=type`);
      expect(ukrainians.current.total).toBe(6_456);
      expect(Object.keys(counts(ukrainians.current.groups, 'type')).sort()).toEqual([
        'collective_activity',
        'individual_advice',
      ]);
      const sessions = await get(
        `/api/contacts/stats?${year}&type=collective_activity&groupBy=language`,
      );
      const dutchShare = counts(sessions.current.groups, 'language').nl! / 18_062;
      expect(dutchShare).toBeGreaterThan(0.09);
      expect(dutchShare).toBeLessThan(0.1);

      const dashboard = await get(`/api/contacts/dashboard?${year}`);
      expect(dashboard.total).toBe(65_654);
      const outreach = dashboard.activities.find(
        (a: { category: string }) => a.category === 'outreach',
      );
      expect(outreach).toMatchObject({ activities: 62, reached: reached.outreach });
      expect(dashboard.breakdowns.tag).toContainEqual(
        expect.objectContaining({ key: 'ukrainian', count: 6_456 }),
      );
      expect(dashboard.breakdowns.theme).toHaveLength(5);
      expect(dashboard.breakdowns.language.length).toBeGreaterThanOrEqual(10);
      expect(dashboard.breakdowns.language[0].key).toBe('fr');
      expect(dashboard.breakdowns.municipality.length).toBeGreaterThan(5);
      const kinds = dashboard.breakdowns.activityKind.map((k: { key: string }) => k.key);
      expect(kinds).toEqual(expect.arrayContaining(['outreach_trip', 'vr_orientation', 'fair']));
      expect(dashboard.months.every((m: { count: number }) => m.count > 0)).toBe(true);

      const tags = await get('/api/contact-tags');
      expect(tags).toContainEqual(
        expect.objectContaining({
          slug: 'ukrainian',
          labels: { nl: 'Oekraïners', fr: 'Ukrainiens', en: 'Ukrainians' },
        }),
      );
      expect(tags.map((t: { slug: string }) => t.slug)).toContain('neet_referral');

      // This year: contacts up to yesterday, none from today on, and sessions planned ahead.
      const today = todayIn('Europe/Brussels', new Date());
      const yesterday = addDays(today, -1);
      const thisYear = await get(
        `/api/contacts/stats?from=${today.slice(0, 4)}-01-01&to=${yesterday}`,
      );
      if (yesterday.slice(0, 4) === today.slice(0, 4))
        expect(thisYear.current.total).toBeGreaterThan(0);
      const ahead = await get(`/api/contacts/stats?from=${today}&to=${addDays(today, 60)}`);
      expect(ahead.current.total).toBe(0);
      const planned = await get(`/api/activities?status=planned&from=${today}`);
      expect(planned.total).toBeGreaterThan(0);
    });
  });

  it('gives the walk-in centre the visitor profiles of its annual report: 3,133 answers in 2023', async () => {
    const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
    const admin = { organisationId: null, userId: null, isAdmin: true };
    const inWalkIn = sql`s.template = 'visitor_profile' AND s.organisation_id =
      (SELECT id FROM organisations WHERE slug = 'beroepenpunt')`;
    const year = (y: number) =>
      sql`r.submitted_hour >= ${`${y}-01-01 00:00 Europe/Brussels`}::timestamptz
      AND r.submitted_hour < ${`${y + 1}-01-01 00:00 Europe/Brussels`}::timestamptz`;
    await cli.withApp((app) =>
      withContext(app.database.db, admin, async (tx) => {
        const perYear = rows<{ y: number; n: number; weekend: number; hours: string }>(
          await tx.execute(sql`
            SELECT extract(year FROM r.submitted_hour AT TIME ZONE 'Europe/Brussels')::int AS y,
              count(*)::int AS n,
              count(*) FILTER (WHERE extract(isodow FROM r.submitted_hour AT TIME ZONE
                'Europe/Brussels') > 5)::int AS weekend,
              min(extract(hour FROM r.submitted_hour AT TIME ZONE 'Europe/Brussels'))::int || '-' ||
              max(extract(hour FROM r.submitted_hour AT TIME ZONE 'Europe/Brussels'))::int AS hours
            FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
            WHERE ${inWalkIn} GROUP BY 1 ORDER BY 1`),
        );
        expect(perYear.find((p) => p.y === 2023)?.n).toBe(3_133);
        for (const p of perYear) {
          expect(p).toMatchObject({ weekend: 0, hours: '9-16' });
          if (p.y <= 2025) expect(p.n).toBeGreaterThanOrEqual(2_500);
          expect(p.n).toBeLessThanOrEqual(3_500);
        }
        expect(perYear[0]!.y).toBe(2022);

        const answers = rows<{ q: string; o: string; n: number }>(
          await tx.execute(sql`
            SELECT a.question_key AS q, a.option_key AS o, count(DISTINCT r.id)::int AS n
            FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
            JOIN survey_answers a ON a.response_id = r.id
            WHERE ${inWalkIn} AND ${year(2023)} GROUP BY GROUPING SETS ((1, 2), (1))`),
        );
        const count = (q: string, o: string | null = null) =>
          answers.find((a) => a.q === q && a.o === o)?.n ?? 0;
        expect(count('gender')).toBe(3_133);
        expect(count('highest_diploma')).toBe(3_133);
        expect(count('gender', 'female')).toBe(1_651);
        expect(count('highest_diploma', 'upper_secondary')).toBe(1_065);
        expect(
          count('highest_diploma', 'none_or_primary') + count('highest_diploma', 'lower_secondary'),
        ).toBe(1_175);
        expect(count('highest_diploma', 'higher')).toBe(893);
        expect((1_651 / 3_133).toFixed(3)).toBe('0.527');
        // Only after a diploma that can be recognised; satisfaction mostly 4 or 5.
        expect(count('diploma_recognised')).toBeLessThan(3_133 - 500);
        expect(count('satisfaction', '4') + count('satisfaction', '5')).toBeGreaterThan(
          0.8 * count('satisfaction'),
        );
        expect(count('municipality', '21004')).toBeGreaterThan(
          count('municipality', 'outside_brussels'),
        );
        const notShown = rows<{ n: number }>(
          await tx.execute(sql`
            SELECT count(*)::int AS n FROM survey_answers a
            JOIN survey_answers d ON d.response_id = a.response_id
              AND d.question_key = 'highest_diploma' AND d.option_key = 'none_or_primary'
            WHERE a.question_key = 'diploma_recognised'`),
        );
        expect(notShown[0]!.n).toBe(0);
        const several = rows<{ n: number }>(
          await tx.execute(sql`
            SELECT count(*)::int AS n FROM (SELECT response_id FROM survey_answers
              WHERE question_key = 'how_heard' GROUP BY 1 HAVING count(*) > 1) m`),
        );
        expect(several[0]!.n).toBeGreaterThan(100);
      }),
    );
  });

  it('gives Actiris its NEET programme, the walk-in centre its yearly targets met in 2023 and its introduction', async () => {
    await cli.withApp(async (app) => {
      const as = async (email: string) => {
        const client = new Client(app);
        await client.login(email, demoPassword);
        return async (url: string) => {
          const response = await client.get(url);
          expect(response.statusCode, response.body).toBe(200);
          return response.json();
        };
      };
      type Target = { indicator: string; target: number; deadline: string; year: number | null };
      const brief = (t: Target & { partner: { slug: string } | null }) =>
        [t.indicator, t.target, t.deadline, t.partner?.slug ?? null] as const;

      // Seed 001: €1.65M a year 2024–2027 (40% ESF+), seven partners, 3,000 by the end of 2027.
      const actiris = await as('analyst@actiris.demo.parcours.example');
      const owned = await actiris('/api/programmes?role=owner');
      expect(owned.items).toHaveLength(1);
      const neet = await actiris(`/api/programmes/${owned.items[0].id}`);
      expect(neet).toMatchObject({ periodStart: '2024-01-01', periodEnd: '2027-12-31' });
      expect(neet.budget).toBe(6_600_000);
      expect(neet.partners.map((p: { slug: string }) => p.slug).sort()).toEqual(
        DEMO_ORGANISATIONS.filter((o) => o.kind === 'partner')
          .map((o) => o.slug)
          .sort(),
      );
      expect(neet.partners).toHaveLength(7);
      expect(neet.fundingByYear).toEqual(
        [2024, 2025, 2026, 2027].map((year) => ({ year, amount: 1_650_000 })),
      );
      expect(neet.funders.map((f: { name: string; total: number }) => [f.name, f.total])).toEqual([
        ['ESF+', 2_640_000],
        ['Actiris', 3_960_000],
      ]);
      expect(neet.targets.map(brief)).toEqual(
        expect.arrayContaining([
          ['contacts_total', 3_000, '2027-12-31', null],
          ['contacts_total', 450, '2027-12-31', 'inbrussel'],
          ['contacts_total', 400, '2027-12-31', 'jes'],
        ]),
      );

      // A NEET partner reads the programme and its own target, as aggregates.
      const jes = await as('org-admin@jes.demo.parcours.example');
      const shared = await jes('/api/programmes?role=partner');
      expect(shared.items).toEqual([
        expect.objectContaining({
          id: neet.id,
          owner: expect.objectContaining({ slug: 'actiris' }),
          role: 'partner',
        }),
      ]);
      const progress = await jes(`/api/programmes/${neet.id}/progress`);
      expect(progress.targets.map((t: { target: Target }) => t.target.target)).toContain(400);

      // The walk-in centre: yearly targets, 2023's met by the demo's 2023 (seed 000).
      const walkIn = await as('analyst@beroepenpunt.demo.parcours.example');
      const own = await walkIn('/api/programmes');
      expect(own.items).toHaveLength(1);
      const yearly = await walkIn(`/api/programmes/${own.items[0].id}`);
      const of = (year: number) =>
        yearly.targets
          .filter((t: Target) => t.year === year)
          .map((t: Target) => [t.indicator, t.target])
          .sort();
      expect(of(2024)).toEqual([
        ['collective_participants', 20_000],
        ['contacts_total', 70_000],
      ]);
      const report = await walkIn('/api/reports/annual?year=2023&format=json&lang=nl');
      expect(report.narratives.introduction).toContain('65.654 contacten');
      const met = report.programmes[0].targets
        .filter((t: Target) => t.deadline === '2023-12-31')
        .map((t: Target & { actual: number; status: string }) => [t.indicator, t.actual, t.status])
        .sort();
      expect(met).toEqual([
        ['collective_participants', 18_062, 'met'],
        ['contacts_total', 65_654, 'met'],
      ]);
      const narratives = await walkIn('/api/reports/annual/narratives?year=2023');
      const intro = Object.fromEntries(
        narratives.items.map((n: { language: string; body: string }) => [n.language, n.body]),
      );
      expect(intro.en).toContain('65,654 contacts');
      expect(intro.fr).toContain('65 654 contacts');
    });
  }, 60_000);

  it('says so when the demo is already loaded, without printing a useless password', async () => {
    const again = await cli.run(['--lang', 'nl', 'demo']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toContain('De demo is al geladen');
    expect(again.stdout).not.toContain('Wachtwoord');
    const programmes = await cli.withApp((app) =>
      withContext(app.database.db, { organisationId: null, userId: null, isAdmin: true }, (tx) =>
        tx.execute(sql`SELECT count(*)::int AS n FROM programmes`),
      ),
    );
    expect((programmes as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(2);
  });
});
