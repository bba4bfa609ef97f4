#!/usr/bin/env node
// `npm run dev`: the API on :3001 (restarted by tsx on every change) and the Vite dev
// server on :3000, which serves the web app with hot reload and proxies /api to the API.
import { spawn } from 'node:child_process';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'bin/parcours.mjs', 'serve'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      PORT: '3001',
      HOST: '127.0.0.1',
    },
  }),
  spawn(bin('vite'), ['--port', '3000', '--strictPort'], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

for (const child of children) child.on('exit', (code) => stop(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
