import type { ServiceDeps } from '../deps.ts';

/** Programmes, partners, funders, targets and progress. */
export function createProgrammeService(_deps: ServiceDeps) {
  return {};
}
