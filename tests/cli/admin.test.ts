import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, STRONG_PASSWORD } from '../helpers/app.ts';
import { testEngine } from '../helpers/db.ts';
import { createCliInstallation, type CliInstallation } from './harness.ts';

/** One installation for the whole file (PGlite starts once), driven only through the CLI. */
let cli: CliInstallation;
const generated: Record<string, string> = {};
const NEW_PASSWORD = 'Zenne oever Anderlecht 42';

/** Asserts a refusal: status 1 and exactly one `parcours: …` line on stderr. */
async function refused(line: string, stdin?: string): Promise<string> {
  const result = await cli.sh(line, stdin);
  expect(result.code).toBe(1);
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^parcours: /);
  return lines[0]!;
}

async function succeeds(line: string, stdin?: string): Promise<string> {
  const result = await cli.sh(line, stdin);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

function generatedPassword(stdout: string): string {
  const match = /^Generated password: (\S+)$/m.exec(stdout);
  expect(match).not.toBeNull();
  return match![1]!;
}

beforeAll(async () => {
  cli = await createCliInstallation();
});
afterAll(async () => {
  await cli?.close();
});

describe('parcours administration commands', () => {
  it('migrates the database', async () => {
    const engine = testEngine() === 'postgres' ? 'PostgreSQL' : 'PGlite';
    expect(await succeeds('migrate')).toContain(`The database (${engine}) is up to date.`);
  });

  it('sets up once, with the password from stdin, and refuses a second setup', async () => {
    const setup =
      'setup --org-slug beroepenpunt --org-name Beroepenpunt --org-kind career_centre ' +
      '--email Admin@Beroepenpunt.example --name Admin --language en --password-stdin';
    const out = await succeeds(setup, `${STRONG_PASSWORD}\n`);
    expect(out).toContain('organisation beroepenpunt, administrator admin@beroepenpunt.example');
    expect(out).not.toContain(STRONG_PASSWORD);
    expect(await refused(setup, `${STRONG_PASSWORD}\n`)).toBe(
      'parcours: Parcours has already been set up.',
    );
  });

  it('adds organisations, names the invalid field and refuses a duplicate slug', async () => {
    await succeeds('org add --slug jes --name "JES Brussel" --kind partner --language fr');
    await succeeds('org add --slug other --name Other --kind partner');

    expect(await refused('org add --slug "Not A Slug" --name X --kind partner')).toMatch(
      /^parcours: Some fields are not valid\. slug: Use lower-case letters/,
    );
    const two = await refused('org add --slug x --name X --kind shop --time-zone Mars/Olympus');
    expect(two).toContain(' kind: Not one of the allowed values.');
    expect(two).toContain(' time-zone: Unknown time zone.');
    expect(await refused('org add --slug jes --name Again --kind partner')).toBe(
      'parcours: The short name "jes" is already in use.',
    );

    const list = await succeeds('org list');
    expect(list).toMatch(/^jes\s+JES Brussel\s+partner\s+fr\s+Europe\/Brussels$/m);
    expect(list).toContain('3 organisations');
  });

  it('translates errors with --lang', async () => {
    expect(await refused('--lang fr org add --slug jes --name JES --kind partner')).toBe(
      'parcours: Le nom court « jes » est déjà utilisé.',
    );
    expect(await refused('org add --slug -x- --name X --kind partner --lang nl')).toMatch(
      /^parcours: Sommige velden zijn niet geldig\. slug: Gebruik kleine letters/,
    );
  });

  it('adds users with roles, generating a password for a new account', async () => {
    const given = await succeeds(
      'user add --org jes --email coach@jes.example --role coach --name Coach --password-stdin',
      `${STRONG_PASSWORD}\n`,
    );
    expect(given).toContain('coach@jes.example is now a member of jes (coach).');
    expect(given).not.toContain('Generated password');

    const fresh = await succeeds(
      'user add --org jes --email admin@jes.example --role org_admin --role coordinator --name "JES Admin"',
    );
    expect(fresh).toContain('(org_admin, coordinator)');
    generated['admin@jes.example'] = generatedPassword(fresh);

    const existing = await succeeds(
      'user add --org other --email coach@jes.example --role analyst',
    );
    expect(existing).toContain('only the membership was added');
    expect(existing).not.toContain('Generated password');

    expect(await refused('user add --org jes --email x@jes.example --role boss --name X')).toBe(
      'parcours: Some fields are not valid. role: Not one of the allowed values.',
    );
    expect(
      await refused(
        'user add --org jes --email y@jes.example --role coach --name Y --password-stdin',
        'short\n',
      ),
    ).toBe('parcours: Some fields are not valid. password: At least 12 characters.');
    expect(
      await refused('user add --org nowhere --email z@jes.example --role coach --name Z'),
    ).toBe('parcours: There is no organisation with the short name "nowhere".');
    expect(await refused('user add --org jes --email coach@jes.example --role coach')).toBe(
      'parcours: This user is already a member of the organisation.',
    );
  });

  it('sets a password from stdin or generates one', async () => {
    const fromStdin = await succeeds(
      'user set-password --email coach@jes.example --password-stdin',
      `${NEW_PASSWORD}\r\n`,
    );
    expect(fromStdin).toContain('The password of coach@jes.example has been changed');
    generated['admin@jes.example'] = generatedPassword(
      await succeeds('user set-password --email ADMIN@jes.example'),
    );
    expect(await refused('user set-password --email ghost@jes.example')).toBe(
      'parcours: There is no user with the e-mail address ghost@jes.example.',
    );
    expect(
      await refused(
        'user set-password --email coach@jes.example --password-stdin',
        '123456789012\n',
      ),
    ).toMatch(/too common/);
  });

  it('adds locations in one organisation only', async () => {
    await succeeds(
      'location add --org jes --slug molenbeek --name "JES Molenbeek" --municipality 21012 --address "Vierwindenstraat 1"',
    );
    expect(
      await refused('location add --org jes --slug gent --name Gent --municipality 44021'),
    ).toBe(
      'parcours: Some fields are not valid. municipality: Not a Brussels municipality (NIS code 21001–21019).',
    );
    expect(await refused('location add --org jes --slug molenbeek --name Twice')).toContain(
      'already in use',
    );

    expect(await succeeds('location list --org jes')).toMatch(
      /^molenbeek\s+JES Molenbeek\s+office\s+21012\s+Vierwindenstraat 1$/m,
    );
    const other = await succeeds('location list --org other');
    expect(other).not.toContain('molenbeek');
    expect(other).toContain('other has no locations yet.');
  });

  it('creates an API token that works as a Bearer token; the passwords it set work too', async () => {
    const out = await succeeds(
      'token create --org jes --email coach@jes.example --name export --expires-days 30',
    );
    const token = /^(pct_\S+)$/m.exec(out)?.[1];
    expect(token).toBeDefined();
    expect(out.split(token!)).toHaveLength(2); // printed exactly once

    expect(
      await refused('token create --org beroepenpunt --email coach@jes.example --name x'),
    ).toBe('parcours: coach@jes.example is not a member of beroepenpunt.');
    expect(
      await refused(
        'token create --org jes --email coach@jes.example --name x --expires-days soon',
      ),
    ).toBe('parcours: Some fields are not valid. expires-days: Wrong kind of value.');

    await cli.withApp(async (app) => {
      const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
      const response = await app.inject({
        method: 'GET',
        url: '/api/locations',
        headers: bearer(token!),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().items.map((l: { slug: string }) => l.slug)).toEqual(['molenbeek']);
      const forged = await app.inject({
        method: 'GET',
        url: '/api/locations',
        headers: bearer(`${token}x`),
      });
      expect(forged.statusCode).toBe(401);

      await new Client(app).login('coach@jes.example', NEW_PASSWORD);
      await new Client(app).login('admin@jes.example', generated['admin@jes.example']);
      await new Client(app).login('admin@beroepenpunt.example', STRONG_PASSWORD);
    });
  });
});
