import type { z } from 'zod';
import type { crossTableSchema, surveyResultsSchema } from '../../shared/schemas/surveys.ts';

/**
 * What the results services return: the contract's input types (texts in the extra form
 * languages may be absent), which the routes' response schemas check and serialise.
 */
export type SurveyResultsView = z.input<typeof surveyResultsSchema>;
export type CrossTableView = z.input<typeof crossTableSchema>;
