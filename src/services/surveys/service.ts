import type { ServiceDeps } from '../deps.ts';

/** Questionnaires: list, create, change (new version once live), publish, close, delete. */
export function createSurveyService(deps: ServiceDeps) {
  void deps;
  return {};
}
