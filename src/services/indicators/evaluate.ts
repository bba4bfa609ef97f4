import type { IndicatorDefinition } from '../../core/indicators/model.ts';
import type { Executor } from '../../db/client.ts';

/** A period (calendar days in the organisation's zone, inclusive) and at most one breakdown. */
export interface EvaluateOptions {
  from: string;
  to: string;
  breakdown?: string | undefined;
}

export interface Evaluation {
  value: number;
  /** Per value of the breakdown (largest first; date parts in date order); key null = no value. */
  groups: { key: string | null; value: number }[];
}

/**
 * Evaluates a checked definition in SQL for the organisation whose row-level-security context
 * `tx` carries (`organisationId` must be that organisation). CONTRACT for the programme and
 * report services; implemented by the indicator engine.
 */
export async function evaluateDefinition(
  _tx: Executor,
  _organisationId: string,
  _definition: IndicatorDefinition,
  _options: EvaluateOptions,
): Promise<Evaluation> {
  throw new Error('evaluateDefinition: not implemented yet');
}
