import type { ServiceDeps } from '../deps.ts';

/** The public form: no login, nothing identifying stored. */
export function createPublicSurveyService(deps: ServiceDeps) {
  void deps;
  return {};
}
