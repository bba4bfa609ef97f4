import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/common/errors.ts';

/**
 * PGlite has no lock between processes: two processes on one data directory would
 * corrupt it. A lock file holding the owner's pid keeps a second process out; a lock
 * left by a process that no longer runs is taken over.
 */
export interface DataDirLock {
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = join(dataDir, 'parcours.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            unlinkSync(file);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new AppError('DATA_DIR_LOCKED', { params: { dir: dataDir, pid } });
      }
      if (pid === process.pid)
        throw new AppError('DATA_DIR_LOCKED', { params: { dir: dataDir, pid } });
      unlinkSync(file); // stale: its process is gone
    }
  }
  throw new AppError('DATA_DIR_LOCKED', { params: { dir: dataDir, pid: 0 } });
}
