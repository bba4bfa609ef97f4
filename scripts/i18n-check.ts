import { checkCatalogs } from '../src/shared/i18n/check.ts';
import { MESSAGE_GROUPS } from '../src/shared/i18n/groups.ts';

const problems = checkCatalogs(MESSAGE_GROUPS);
const count = Object.values(MESSAGE_GROUPS)
  .map((group) => Object.keys(group).length)
  .reduce((a, b) => a + b, 0);
if (problems.length) {
  console.error(`i18n: ${problems.length} problem(s) in the catalogs:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`i18n: ${count} messages complete in nl, fr and en.`);
