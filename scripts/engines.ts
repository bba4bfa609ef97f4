import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

/** An installed package whose `engines.node` refuses the Node.js version Parcours documents. */
export interface EngineConflict {
  /** Where it is installed, relative to the project: `node_modules/a/node_modules/b`. */
  path: string;
  name: string;
  version: string;
  engines: string;
}

interface PackageJson {
  name?: string;
  version?: string;
  engines?: { node?: unknown };
}

function readPackage(file: string): PackageJson | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
  } catch {
    return null;
  }
}

/**
 * The lowest Node.js version the project supports: the minimum of its own `engines.node`
 * (`>=20.19` gives 20.19.0).
 */
export function documentedMinimum(root: string): string {
  const range = readPackage(join(root, 'package.json'))?.engines?.node;
  const minimum = typeof range === 'string' ? semver.minVersion(range) : null;
  if (!minimum) throw new Error(`${root}/package.json has no usable engines.node`);
  return minimum.version;
}

/**
 * Walks every installed package (`node_modules`, scoped and nested ones included) and lists
 * those whose `engines.node` does not accept `minimum` — what `npm install` warns about as
 * EBADENGINE, and what would fail or misbehave on the oldest Node.js the README promises.
 */
export function findEngineConflicts(root: string, minimum: string): EngineConflict[] {
  const conflicts: EngineConflict[] = [];
  const visit = (modules: string, relative: string) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
      if (entry.name.startsWith('@')) {
        visit(join(modules, entry.name), `${relative}/${entry.name}`);
        continue;
      }
      const dir = join(modules, entry.name);
      const path = `${relative}/${entry.name}`;
      const pkg = readPackage(join(dir, 'package.json'));
      const range = pkg?.engines?.node;
      if (
        typeof range === 'string' &&
        semver.validRange(range) &&
        !semver.satisfies(minimum, range)
      )
        conflicts.push({
          path,
          name: pkg?.name ?? entry.name,
          version: pkg?.version ?? '?',
          engines: range,
        });
      visit(join(dir, 'node_modules'), `${path}/node_modules`);
    }
  };
  visit(join(root, 'node_modules'), 'node_modules');
  return conflicts.sort((a, b) => a.path.localeCompare(b.path));
}
