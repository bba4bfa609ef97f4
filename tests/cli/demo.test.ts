import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../src/core/contacts/dates.ts';
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
    const result = await cli.run(['demo']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
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
    demoPassword = password!;
  });

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

  it('says so when the demo is already loaded, without printing a useless password', async () => {
    const again = await cli.run(['--lang', 'nl', 'demo']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toContain('De demo is al geladen');
    expect(again.stdout).not.toContain('Wachtwoord');
  });
});
