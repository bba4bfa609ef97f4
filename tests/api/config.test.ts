import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resolveConfig } from '../../src/api/config.ts';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ PORT: 3000, PARCOURS_DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads TRUST_PROXY as a switch, a hop count or proxy addresses', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toBe(
      '10.0.0.0/8, 127.0.0.1',
    );
    expect(() => parseConfig({ TRUST_PROXY: 'every proxy' })).toThrow(ConfigError);
  });

  it('lists every invalid variable at once', () => {
    let error: unknown;
    try {
      parseConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        PARCOURS_SECRET: 'short',
        PUBLIC_URL: 'not a url',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(problems).toEqual([
      'DATABASE_URL',
      'LOG_LEVEL',
      'PARCOURS_SECRET',
      'PORT',
      'PUBLIC_URL',
    ]);
    expect((error as Error).message).toContain('PORT');
  });

  it('generates the secret once and keeps it in the data directory', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'parcours-config-')), 'nested', 'data');
    const first = resolveConfig(parseConfig({ PARCOURS_DATA_DIR: dir }));
    const second = resolveConfig(parseConfig({ PARCOURS_DATA_DIR: dir }));
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(second.secret).toBe(first.secret);
    expect(readFileSync(join(dir, 'secret'), 'utf8').trim()).toBe(first.secret);
    expect(statSync(join(dir, 'secret')).mode & 0o777).toBe(0o600);
    expect(
      resolveConfig(parseConfig({ PARCOURS_DATA_DIR: dir, PARCOURS_SECRET: 'y'.repeat(40) }))
        .secret,
    ).toBe('y'.repeat(40));
  });

  it('turns on Secure cookies for an https public URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcours-config-'));
    expect(
      resolveConfig(
        parseConfig({ PARCOURS_DATA_DIR: dir, PUBLIC_URL: 'https://parcours.example.org' }),
      ).secureCookies,
    ).toBe(true);
    expect(
      resolveConfig(parseConfig({ PARCOURS_DATA_DIR: dir, PUBLIC_URL: 'http://localhost:3000' }))
        .secureCookies,
    ).toBe(false);
  });
});
