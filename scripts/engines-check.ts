import { fileURLToPath } from 'node:url';
import { documentedMinimum, findEngineConflicts } from './engines.ts';

// Every installed package must run on the oldest Node.js that package.json (and the README) promise.
const root = fileURLToPath(new URL('..', import.meta.url));
const minimum = documentedMinimum(root);
const conflicts = findEngineConflicts(root, minimum);
if (conflicts.length) {
  console.error(`engines: ${conflicts.length} installed package(s) refuse Node.js ${minimum}:`);
  for (const c of conflicts)
    console.error(`  - ${c.name}@${c.version} (${c.path}) wants node ${c.engines}`);
  console.error(
    'Pin a version that supports it (package.json "overrides"), or raise engines.node.',
  );
  process.exit(1);
}
console.log(`engines: every installed package accepts Node.js ${minimum}.`);
