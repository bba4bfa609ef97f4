import { checkCatalogs } from '../src/shared/i18n/check.ts';
import { MESSAGE_GROUPS } from '../src/shared/i18n/groups.ts';
import { findUntranslated } from '../src/shared/i18n/untranslated.ts';

// Incomplete or inconsistent messages, and Dutch or French texts left in English.
const problems = [...checkCatalogs(MESSAGE_GROUPS), ...findUntranslated(MESSAGE_GROUPS)];
const count = Object.values(MESSAGE_GROUPS)
  .map((group) => Object.keys(group).length)
  .reduce((a, b) => a + b, 0);
if (problems.length) {
  console.error(`i18n: ${problems.length} problem(s) in the catalogs:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`i18n: ${count} messages complete in nl, fr and en.`);
