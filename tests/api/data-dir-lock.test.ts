import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../src/db/lock.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'parcours-lock-'));

describe('data directory lock', () => {
  it('keeps a second holder out, also in the same process, and frees the directory on release', () => {
    const d = dir();
    const lock = acquireDataDirLock(d);
    expect(() => acquireDataDirLock(d)).toThrow(
      expect.objectContaining({ code: 'DATA_DIR_LOCKED' }),
    );
    lock.release();
    expect(existsSync(join(d, 'parcours.lock'))).toBe(false);
    acquireDataDirLock(d).release();
  });

  it('refuses a lock held by another running process', () => {
    const d = dir();
    writeFileSync(join(d, 'parcours.lock'), `${process.ppid}\nnonce\n`);
    expect(() => acquireDataDirLock(d)).toThrow(
      expect.objectContaining({
        code: 'DATA_DIR_LOCKED',
        params: expect.objectContaining({ pid: process.ppid }),
      }),
    );
  });

  it('takes over a lock left by a dead process or by a predecessor with the same pid', () => {
    for (const pid of [2_147_483_000, process.pid]) {
      const d = dir();
      writeFileSync(join(d, 'parcours.lock'), `${pid}\nold\n`);
      const lock = acquireDataDirLock(d);
      expect(readFileSync(join(d, 'parcours.lock'), 'utf8').split('\n')[0]).toBe(
        String(process.pid),
      );
      lock.release();
    }
  });

  it("does not delete another holder's lock when released late", () => {
    const d = dir();
    const lock = acquireDataDirLock(d);
    writeFileSync(join(d, 'parcours.lock'), '12345\nsomeone-else\n');
    lock.release();
    expect(readFileSync(join(d, 'parcours.lock'), 'utf8')).toBe('12345\nsomeone-else\n');
  });
});
