import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD } from '../helpers/app.ts';
import { createCliInstallation, type CliInstallation } from './harness.ts';

let cli: CliInstallation;

/** Writes `text` into the installation's temporary directory; returns the path. */
function file(name: string, text: string): string {
  const path = join(cli.dataDir, name);
  writeFileSync(path, text);
  return path;
}

const GOOD =
  'submitted_at;gender;highest_diploma;municipality;how_heard;external_id\r\n' +
  '03/02/2025;female;upper_secondary;1080;internet|school;PAPER-1\r\n' +
  '2025-02-04 15:20;male;higher;21009;;PAPER-2\r\n';

beforeAll(async () => {
  cli = await createCliInstallation();
  const setup = await cli.sh(
    'setup --org-slug centre --org-name Centre --org-kind career_centre --email admin@centre.example --name Admin --password-stdin',
    `${STRONG_PASSWORD}\n`,
  );
  expect(setup.code).toBe(0);
});
afterAll(async () => {
  await cli?.close();
});

describe('parcours import survey', () => {
  it('imports paper answers into the visitor profile, then changes nothing the second time', async () => {
    const path = file('paper.csv', GOOD);
    const first = await cli.run(['import', 'survey', path, '--org', 'centre']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Import of paper.csv into centre:');
    expect(first.stdout).toContain('  Added: 2\n');
    expect(first.stdout).not.toContain('Updated');
    expect(first.stdout).toContain('The import is done.');

    const again = await cli.run([
      '--lang',
      'fr',
      'import',
      'survey',
      path,
      '--org',
      'centre',
      '--survey',
      'visitor-profile',
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  Ajoutées : 0\n');
    expect(again.stdout).toContain('  Inchangées : 2\n');
  });

  it('reads standard input in a dry run and writes nothing', async () => {
    const csv = 'submitted_at,gender\n2025-02-05,other\n';
    const dry = await cli.run(['import', 'survey', '-', '--org', 'centre', '--dry-run'], csv);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('  Added: 1\n');
    expect(dry.stdout).toContain('Trial run: nothing was written.');
    expect(dry.stdout).toContain('1 row has no external id');
  });

  it('imports nothing from a bad file, prints every problem and exits with 1', async () => {
    const path = file(
      'bad.csv',
      'submitted_at,gender,municipality\n2025-02-06,female,1050\n2099-01-01,woman,1000\n',
    );
    const result = await cli.run(['import', 'survey', path, '--org', 'centre']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^2 +municipality +Postal code 1050 covers two municipalities/m);
    expect(result.stdout).toMatch(/^3 +submitted_at +This date is in the future\.$/m);
    expect(result.stdout).toMatch(/^3 +gender +“woman” is not an option of this question/m);
    expect(result.stderr).toBe(
      'parcours: Nothing was imported: 2 rows have errors (of 2). Correct them, or use --skip-invalid to import the valid rows.\n',
    );

    const columns = file('columns.csv', 'submitted_at;gender;colour\n2025-02-06;female;red\n');
    const refused = await cli.run(['import', 'survey', columns, '--org', 'centre']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'parcours: The file cannot be imported: Unknown column in the header row: colour.',
    );
  });

  it('names an unknown questionnaire, file or organisation on one line', async () => {
    const path = file('again.csv', GOOD);
    const unknown = await cli.run([
      'import',
      'survey',
      path,
      '--org',
      'centre',
      '--survey',
      'no-such-form',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'parcours: The organisation centre has no questionnaire with the short name no-such-form.\n',
    );
    const missing = await cli.run([
      'import',
      'survey',
      join(cli.dataDir, 'nope.csv'),
      '--org',
      'centre',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read the file');
    const org = await cli.run(['import', 'survey', path, '--org', 'nowhere']);
    expect(org.code).toBe(1);
    expect(org.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
