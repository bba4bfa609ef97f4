import type { ServiceDeps } from '../deps.ts';

/** The annual report (JSON, HTML, PDF, XLSX) and its narratives. */
export function createReportService(_deps: ServiceDeps) {
  return {};
}
