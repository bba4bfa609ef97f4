import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD } from '../helpers/app.ts';
import { createCliInstallation, type CliInstallation } from './harness.ts';

let cli: CliInstallation;

/** Writes `text` into the installation's temporary directory; returns the path. */
function file(name: string, text: string | Buffer): string {
  const path = join(cli.dataDir, name);
  writeFileSync(path, text);
  return path;
}

const GOOD =
  'date;type;count;theme;location;tags;activity;external_id\r\n' +
  '03/02/2025;individual_advice;1;work;desk;ukrainian;;CLI-1\r\n' +
  '04/02/2025;collective_activity;9;learn;;;WS-CLI;CLI-2\r\n';

beforeAll(async () => {
  cli = await createCliInstallation();
  const setup = await cli.sh(
    'setup --org-slug centre --org-name Centre --org-kind career_centre --email admin@centre.example --name Admin --password-stdin',
    `${STRONG_PASSWORD}\n`,
  );
  expect(setup.code).toBe(0);
  expect((await cli.sh('location add --org centre --slug desk --name "Front desk"')).code).toBe(0);
});
afterAll(async () => {
  await cli?.close();
});

describe('parcours import contacts', () => {
  it('imports a semicolon file with DD/MM/YYYY dates, then changes nothing the second time', async () => {
    const path = file('good.csv', GOOD);
    const first = await cli.run(['import', 'contacts', path, '--org', 'centre']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Import of good.csv into centre:');
    expect(first.stdout).toContain('  Added: 2\n');
    expect(first.stdout).toContain('  New tags: ukrainian\n');
    expect(first.stdout).toContain('  New activities: WS-CLI\n');
    expect(first.stdout).toContain('The import is done.');

    const again = await cli.run(['--lang', 'fr', 'import', 'contacts', path, '--org', 'centre']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  Ajoutées : 0\n');
    expect(again.stdout).toContain('  Inchangées : 2\n');
    expect(again.stdout).toContain('L’import est terminé.');
  });

  it('reads commas from standard input, and a dry run writes nothing', async () => {
    const csv = 'external_id,date,type\nCLI-3,2025-02-05,event\n';
    const dry = await cli.run(['import', 'contacts', '-', '--org', 'centre', '--dry-run'], csv);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('  Added: 1\n');
    expect(dry.stdout).toContain('Trial run: nothing was written.');
    const real = await cli.run(['import', 'contacts', '-', '--org', 'centre'], csv);
    expect(real.stdout).toContain('  Added: 1\n');
  });

  it('imports nothing when one row is bad, prints the report and exits with 1', async () => {
    const path = file(
      'bad.csv',
      'date,type,count,external_id\n2025-02-06,event,1,CLI-4\n2099-01-01,event,1,CLI-5\n2025-02-06,event,1.5,CLI-6\n',
    );
    const result = await cli.run(['import', 'contacts', path, '--org', 'centre']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^3 +date +This date is in the future\.$/m);
    expect(result.stdout).toMatch(/^4 +count +Must be a whole number of at least 1\.$/m);
    expect(result.stderr).toBe(
      'parcours: Nothing was imported: 2 rows have errors (of 3). Correct them, or use --skip-invalid to import the valid rows.\n',
    );
    // CLI-4 was not written: a trial run would still add it.
    const check = await cli.run(
      ['import', 'contacts', '-', '--org', 'centre', '--dry-run'],
      'date,type,external_id\n2025-02-06,event,CLI-4\n',
    );
    expect(check.stdout).toContain('  Added: 1\n');

    const skipping = await cli.run([
      'import',
      'contacts',
      path,
      '--org',
      'centre',
      '--skip-invalid',
    ]);
    expect(skipping.code).toBe(0);
    expect(skipping.stdout).toContain('  Skipped (invalid): 2\n');
    expect(skipping.stdout).toContain(
      'The valid rows are imported; 2 rows with errors were left out.',
    );
  });

  it('explains a file in the wrong format on one translated line', async () => {
    const tabs = file('tabs.csv', 'date\ttype\tcount\n2025-02-06\tevent\t1\n');
    const dutch = await cli.run(['--lang', 'nl', 'import', 'contacts', tabs, '--org', 'centre']);
    expect(dutch.code).toBe(1);
    expect(dutch.stderr).toBe(
      'parcours: Het bestand kan niet geïmporteerd worden: De kopregel heeft geen komma of puntkomma tussen de kolomnamen: bewaar het bestand als CSV met “,” of “;” als scheidingsteken.\n',
    );
    const missing = file('missing.csv', 'date;theme\n2025-02-06;work\n');
    const english = await cli.run(['import', 'contacts', missing, '--org', 'centre']);
    expect(english.stderr).toBe(
      'parcours: The file cannot be imported: The header row lacks the required column type.\n',
    );
  });

  it('refuses an unknown file or organisation', async () => {
    const nothing = await cli.run([
      'import',
      'contacts',
      join(cli.dataDir, 'nope.csv'),
      '--org',
      'centre',
    ]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('Cannot read the file');
    const path = file('again.csv', GOOD);
    const org = await cli.run(['import', 'contacts', path, '--org', 'nowhere']);
    expect(org.code).toBe(1);
    expect(org.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
