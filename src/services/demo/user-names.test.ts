import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from './data.ts';
import { DEMO_ADMIN_NAME, demoUserName } from './user-names.ts';

describe('demo user names', () => {
  const users = DEMO_ORGANISATIONS.flatMap((organisation) =>
    organisation.roles.map((role) => ({
      organisation,
      role,
      name: demoUserName(organisation.slug, role, organisation.defaultLanguage),
    })),
  );

  it('are people’s names, each different, never the organisation and role in English', () => {
    const names = [DEMO_ADMIN_NAME, ...users.map((user) => user.name)];
    expect(new Set(names).size).toBe(names.length);
    for (const { organisation, role, name } of users) {
      expect(name).toMatch(/^\p{Lu}[\p{L}-]+ (De )?\p{Lu}[\p{L}-]+$/u);
      expect(name.toLowerCase()).not.toContain(role.replace('_', ' '));
      expect(name).not.toContain(organisation.name.split(/[ –/]/)[0]!);
    }
  });

  it('sound Dutch in Dutch-speaking organisations and French in French-speaking ones', () => {
    const dutch = users.filter((u) => u.organisation.defaultLanguage === 'nl').map((u) => u.name);
    const french = users.filter((u) => u.organisation.defaultLanguage === 'fr').map((u) => u.name);
    expect(dutch.length).toBeGreaterThan(5);
    expect(french.length).toBeGreaterThan(5);
    const firstNames = (list: string[]) => new Set(list.map((name) => name.split(' ')[0]));
    const shared = [...firstNames(dutch)].filter((first) => firstNames(french).has(first));
    expect(shared).toEqual([]);
  });
});
