import { describe, expect, it } from 'vitest';
import { runCli } from './harness.ts';

const env = { DATABASE_URL: '', PARCOURS_LANG: '' };

/** Help, usage errors and configuration errors: nothing here opens a database. */
describe('parcours help and usage', () => {
  it('lists every command in the help', async () => {
    const result = await runCli(['--help'], { env });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Usage: parcours');
    for (const command of [
      'serve',
      'migrate',
      'setup',
      'demo',
      'org',
      'user',
      'location',
      'token',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(result.stdout).toContain('--data <dir>');
  });

  it('shows the options of a subcommand, with the allowed values', async () => {
    const result = await runCli(['user', 'add', '--help'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--password-stdin');
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(
      'org_admin, coordinator, counsellor, coach, analyst',
    );
    expect(result.stdout).toContain('Global options:');
  });

  it('translates the help with --lang, and takes PARCOURS_LANG as the default', async () => {
    const fr = await runCli(['--lang', 'fr', 'org', '--help'], { env });
    expect(fr.stdout).toContain('Utilisation : parcours org');
    expect(fr.stdout).toContain('Commandes :');
    expect(fr.stdout).toContain('créer une organisation');
    const nl = await runCli(['--help'], { env: { ...env, PARCOURS_LANG: 'nl' } });
    expect(nl.stdout).toContain('Gebruik: parcours');
    const overridden = await runCli(['--lang=en', '--help'], {
      env: { ...env, PARCOURS_LANG: 'nl' },
    });
    expect(overridden.stdout).toContain('Usage: parcours');
  });

  it('reports usage errors on one translated line with status 2', async () => {
    const missing = await runCli(
      ['--lang', 'nl', 'org', 'add', '--name', 'X', '--kind', 'partner'],
      { env },
    );
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(
      'parcours: De optie --slug <slug> is verplicht. Zie "parcours --help".\n',
    );

    const unknown = await runCli(['org', 'remove'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);

    const option = await runCli(['migrate', '--force'], { env });
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('parcours: Unknown option --force. See "parcours --help".\n');

    const language = await runCli(['--lang', 'de', 'org', 'list'], { env });
    expect(language.code).toBe(2);
    expect(language.stderr).toContain('Unknown language "de"');
  });

  it('lists every invalid configuration variable on one line', async () => {
    const result = await runCli(['--data', '/nonexistent/parcours', 'migrate'], {
      env: { ...env, PORT: 'many', DATABASE_URL: 'mysql://db/x' },
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^parcours: The configuration is not valid\. /);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).toContain('DATABASE_URL: must start with postgres://');
  });

  it('reports an unreachable database on one line, with the stack only under --verbose', async () => {
    const unreachable = { ...env, DATABASE_URL: 'postgres://parcours@127.0.0.1:1/parcours' };
    const plain = await runCli(['migrate'], { env: unreachable });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^parcours: The database cannot be reached: .*ECONNREFUSED.*\n$/);
    const verbose = await runCli(['migrate', '--verbose'], { env: unreachable });
    expect(verbose.code).toBe(1);
    expect(verbose.stderr.split('\n')[0]).toMatch(/ECONNREFUSED/);
    expect(verbose.stderr.split('\n')[1]).toMatch(/^\s+at /);
    expect(plain.stderr).not.toMatch(/\s+at /);
  });
});
