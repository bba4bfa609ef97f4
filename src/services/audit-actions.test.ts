import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../core/common/languages.ts';
import { MESSAGES } from '../shared/i18n/catalog.ts';
import { AUDIT_ACTIONS } from '../shared/schemas/audit.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The actions written anywhere on the server side, read from the code: the string literals
 * (`'area.verb'`) given as `action:` in files that write audit records — a ternary between
 * two actions included.
 */
function recordedActions(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const dir of ['services', 'api', 'cli']) {
    for (const file of sourceFiles(join(SRC, dir))) {
      const text = readFileSync(file, 'utf8');
      if (!/\b(recordAudit|AuditRecord)\b/.test(text) || file.endsWith('services/audit.ts'))
        continue;
      for (const match of text.matchAll(/\baction:\s*([^,}]*)/g))
        for (const literal of match[1]!.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) {
          const where = relative(SRC, file);
          found.set(literal[1]!, [...(found.get(literal[1]!) ?? []), where]);
        }
    }
  }
  return found;
}

const catalogActions = Object.keys(MESSAGES)
  .filter((key) => key.startsWith('audit.action.'))
  .map((key) => key.slice('audit.action.'.length));

describe('audit actions', () => {
  const recorded = recordedActions();

  it('the scan sees the services that write the audit trail', () => {
    // Guards the scan itself: the services write a few dozen actions, including a ternary.
    expect(recorded.size).toBeGreaterThan(40);
    expect(recorded.has('programme.partnership_declined')).toBe(true);
  });

  it('every action recorded anywhere is in AUDIT_ACTIONS, the list the audit page filters by', () => {
    const missing = [...recorded].filter(
      ([action]) => !(AUDIT_ACTIONS as readonly string[]).includes(action),
    );
    expect(missing).toEqual([]);
  });

  it('AUDIT_ACTIONS lists no action that nothing records', () => {
    expect(AUDIT_ACTIONS.filter((action) => !recorded.has(action))).toEqual([]);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('every action is translated in nl, fr and en, and the catalog names no other action', () => {
    const entries = MESSAGES as Record<string, Record<string, string>>;
    for (const action of AUDIT_ACTIONS) {
      const entry = entries[`audit.action.${action}`];
      expect(entry, `audit.action.${action}`).toBeDefined();
      for (const lang of UI_LANGUAGES)
        expect(entry![lang]?.trim(), `${action} in ${lang}`).toBeTruthy();
    }
    expect([...catalogActions].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});
