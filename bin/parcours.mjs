#!/usr/bin/env node
// The `parcours` command. Loads the TypeScript CLI through tsx so that `npx parcours`
// works straight after `npm install`, without a build step. main() returns the exit
// status instead of exiting, so pending output is flushed; `serve` keeps running.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
