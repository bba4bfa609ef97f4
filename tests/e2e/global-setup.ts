import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * Builds the web app (dist/web) that the browser tests load from the real server.
 * `E2E_WEB_ROOT` builds elsewhere (for parallel runs in one checkout). Always rebuilt (~1–10 s) so the tests never run against a stale bundle; NODE_ENV is
 * forced to production because Vitest sets it to `test`, which would bundle React's development build.
 */
export function setup() {
  const started = Date.now();
  const outDir = process.env.E2E_WEB_ROOT;
  const args = [
    VITE,
    'build',
    '--logLevel',
    'warn',
    ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  const index = outDir
    ? `${outDir}/index.html`
    : fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));
  if (!existsSync(index)) throw new Error('vite build produced no dist/web/index.html');
  console.log(`e2e: web app built in ${Date.now() - started} ms`);
}
