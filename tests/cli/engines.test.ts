import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { documentedMinimum, findEngineConflicts } from '../../scripts/engines.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'parcours-engines-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writePackage(dir: string, json: object) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify(json));
}

describe('Node.js engines of the installed packages', () => {
  it('the README documents the minimum that package.json declares', () => {
    const [major, minor] = documentedMinimum(ROOT).split('.');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(
      `Node.js ${major}.${minor} or newer`,
    );
  });

  it('no installed package refuses the documented minimum (npm install would warn EBADENGINE)', () => {
    expect(findEngineConflicts(ROOT, documentedMinimum(ROOT))).toEqual([]);
  });

  it('finds a refusing package, scoped or nested, and accepts ranges that include the minimum', () => {
    const root = join(scratch, 'project');
    writePackage(root, { name: 'p', engines: { node: '>=20.19' } });
    const modules = join(root, 'node_modules');
    writePackage(join(modules, 'fine'), {
      name: 'fine',
      version: '1.0.0',
      engines: { node: '>=18' },
    });
    writePackage(join(modules, 'either'), {
      name: 'either',
      version: '1.0.0',
      engines: { node: '^20.19.0 || >=22.12.0' },
    });
    writePackage(join(modules, 'no-engines'), { name: 'no-engines', version: '1.0.0' });
    writePackage(join(modules, '@scope', 'new'), {
      name: '@scope/new',
      version: '2.0.0',
      engines: { node: '>=22' },
    });
    writePackage(join(modules, 'fine', 'node_modules', 'cookie'), {
      name: 'cookie',
      version: '2.0.2',
      engines: { node: '>=22' },
    });
    writePackage(join(modules, 'old-only'), {
      name: 'old-only',
      version: '0.1.0',
      engines: { node: '<20' },
    });

    const minimum = documentedMinimum(root);
    expect(minimum).toBe('20.19.0');
    expect(findEngineConflicts(root, minimum)).toEqual([
      {
        path: 'node_modules/@scope/new',
        name: '@scope/new',
        version: '2.0.0',
        engines: '>=22',
      },
      {
        path: 'node_modules/fine/node_modules/cookie',
        name: 'cookie',
        version: '2.0.2',
        engines: '>=22',
      },
      { path: 'node_modules/old-only', name: 'old-only', version: '0.1.0', engines: '<20' },
    ]);
    // On a newer Node.js the same tree only trips over the package that wants an older one.
    expect(findEngineConflicts(root, '22.12.0').map((c) => c.name)).toEqual(['old-only']);
  });
});
