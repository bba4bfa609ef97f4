import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../helpers/app.ts';
import { createCliInstallation, type CliInstallation } from './harness.ts';

let cli: CliInstallation;

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
  });

  it('says so when the demo is already loaded, without printing a useless password', async () => {
    const again = await cli.run(['--lang', 'nl', 'demo']);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).toContain('De demo is al geladen');
    expect(again.stdout).not.toContain('Wachtwoord');
  });
});
