import type { ServiceDeps } from '../deps.ts';

/** Aggregated results, cross-tables and exports, with small-cell suppression. */
export function createSurveyResultsService(deps: ServiceDeps) {
  void deps;
  return {};
}
