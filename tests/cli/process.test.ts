import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testEngine } from '../helpers/db.ts';
import { TEST_SECRET } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/parcours.mjs');
const env = {
  ...process.env,
  DATABASE_URL: '',
  PARCOURS_SECRET: TEST_SECRET,
  PARCOURS_LANG: '',
  PORT: '0',
  LOG_LEVEL: 'warn',
};

function runBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} in time; output: ${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] ?? match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}; output: ${seen}`));
    });
  });
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('bin/parcours.mjs as a real process', () => {
  it('prints the help and exits 0', async () => {
    const result = await runBin(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: parcours');
  });

  it('exits 2 on a usage error with one line on stderr', async () => {
    const result = await runBin(['org', 'add', '--slug']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'parcours: The option --slug <slug> needs a value. See "parcours --help".\n',
    );
  });

  it.skipIf(testEngine() !== 'pglite')(
    'keeps a second process out of a served data directory and releases it on SIGTERM',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'parcours-serve-'));
      dirs.push(dir);
      const server = spawn(process.execPath, [BIN, 'serve', '--data', dir], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const url = await waitForOutput(server, /running at (http:\/\/\S+) /, 60_000);
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(existsSync(join(dir, 'parcours.lock'))).toBe(true);
        const health = await fetch(`${url}/api/health`);
        expect(health.status).toBeLessThan(500);

        const second = await runBin(['migrate', '--data', dir]);
        expect(second.code).toBe(1);
        const lines = second.stderr.split('\n').filter(Boolean);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toBe(
          `parcours: The data directory ${dir} is in use by another Parcours process (pid ${server.pid}).`,
        );
      } finally {
        if (server.exitCode === null && server.signalCode === null) {
          const exited = new Promise<number | null>((resolve) =>
            server.once('exit', (code) => resolve(code)),
          );
          server.kill('SIGTERM');
          expect(await exited).toBe(0);
        }
      }
      expect(existsSync(join(dir, 'parcours.lock'))).toBe(false);
    },
    90_000,
  );
});
