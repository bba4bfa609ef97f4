import type { ServiceDeps } from '../deps.ts';

/** Indicators: built-in and the organisation's own; catalog for the builder; evaluation. */
export function createIndicatorService(_deps: ServiceDeps) {
  return {};
}
