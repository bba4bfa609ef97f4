import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/common/errors.ts';

/**
 * PGlite has no lock between processes: two processes on one data directory would
 * corrupt it. A lock file holding the owner's pid and a random nonce keeps a second
 * process out. It is written completely under a temporary name and then hard-linked into
 * place, which fails atomically when a lock exists, so no one ever reads a half-written
 * lock. A lock whose process no longer runs is taken over — also when this process has
 * the same pid as a crashed predecessor (PID 1 in a container).
 */
export interface DataDirLock {
  release(): void;
}

/** Data directories locked by this process (a second open in the same process is refused too). */
const heldHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function lockedError(dir: string, pid: number) {
  return new AppError('DATA_DIR_LOCKED', { params: { dir, pid } });
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = join(dataDir, 'parcours.lock');
  if (heldHere.has(dataDir)) throw lockedError(dataDir, process.pid);
  const content = `${process.pid}\n${randomBytes(8).toString('hex')}\n`;
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, content, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temporary, file);
        heldHere.add(dataDir);
        return {
          release() {
            if (!heldHere.delete(dataDir)) return;
            if (readLock(file) === content) unlinkSync(file);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const existing = readLock(file);
      if (existing === null) continue; // released meanwhile: try again
      const pid = Number(existing.split('\n')[0]);
      const alive = Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid);
      if (alive) throw lockedError(dataDir, pid);
      // Stale: remove it, unless someone replaced it since we read it.
      if (readLock(file) === existing) unlinkSync(file);
    }
    throw lockedError(dataDir, 0);
  } finally {
    unlinkSync(temporary);
  }
}
