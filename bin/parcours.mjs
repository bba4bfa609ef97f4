#!/usr/bin/env node
// The `parcours` command. Loads the TypeScript CLI through tsx so that `npx parcours`
// works straight after `npm install`, without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
