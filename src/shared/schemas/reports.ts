import { z } from 'zod';
import { TARGET_STATUSES } from '../../core/programmes/progress.ts';
import { protectionSchema } from './disclosure.ts';

/** Formats of the annual report (`json` is the contract below). */
export const REPORT_FORMATS = ['json', 'html', 'pdf', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Sections that carry a narrative text the organisation writes per edition and language. */
export const REPORT_SECTIONS = [
  'introduction',
  'contacts',
  'collective_activities',
  'events_outreach',
  'target_groups',
  'survey',
  'programmes',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Unknown year, language or format: 400 naming `year`, `lang` or `format`. */
export const annualReportQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2100),
  lang: z.enum(['nl', 'fr', 'en']).optional(),
  format: z.enum(REPORT_FORMATS).default('json'),
});
export type AnnualReportQuery = z.infer<typeof annualReportQuerySchema>;

const count = z.number().int();
const countMap = z.record(z.string(), count);

export const surveyOptionCellSchema = z.object({
  count: count.nullable(),
  share: z.number().min(0).max(1).nullable(),
  suppressed: z.boolean(),
});

/**
 * The annual report's JSON (issue 5: these keys exactly; more may be added). `previousYear`,
 * `change` and `changePercent` are null when the previous year has no data. `share` is a
 * fraction of those who answered; a suppressed cell has `count` and `share` null.
 */
export const annualReportSchema = z.object({
  organisation: z.string(),
  organisationName: z.string(),
  year: z.number().int(),
  language: z.enum(['nl', 'fr', 'en']),
  generatedAt: z.string(),
  /** True when the year has no contacts, activities or answers at all. */
  empty: z.boolean(),
  contacts: z.object({
    total: count,
    previousYear: count.nullable(),
    change: count.nullable(),
    changePercent: z.number().nullable(),
    byType: z.object({
      individual_advice: count,
      documentation_centre: count,
      collective_activity: count,
      event: count,
      outreach: count,
    }),
    byTheme: countMap,
    byLanguage: countMap,
    /** Per month YYYY-MM, every month of the year. */
    byMonth: countMap,
  }),
  collectiveActivities: z.object({
    participants: count,
    sessions: count,
    byLanguage: countMap,
    /** Share of participants per language (0–1). */
    shareByLanguage: z.record(z.string(), z.number()),
  }),
  events: z.object({ count, reached: count }),
  outreach: z.object({ trips: count, reached: count }),
  targetGroups: countMap,
  survey: z.object({
    responses: count,
    /** Small-cell threshold used. */
    threshold: count,
    /** Exact for a year that is over; perturbed (cell key) for the year in progress. */
    protection: protectionSchema.optional(),
    questions: z.record(
      z.string(),
      z.object({
        answered: count.nullable(),
        options: z.record(z.string(), surveyOptionCellSchema),
      }),
    ),
  }),
  programmes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      targets: z.array(
        z.object({
          indicator: z.string(),
          indicatorLabel: z.string(),
          target: z.number(),
          actual: z.number(),
          deadline: z.string(),
          forecast: z.number().nullable(),
          status: z.enum(TARGET_STATUSES),
          shareDone: z.number(),
          shareElapsed: z.number(),
          partner: z.string().nullable(),
        }),
      ),
    }),
  ),
  /** Key figures with the change on the previous year, in report order. */
  keyFigures: z.array(
    z.object({
      indicator: z.string(),
      label: z.string(),
      value: count,
      previousYear: count.nullable(),
      change: count.nullable(),
      changePercent: z.number().nullable(),
    }),
  ),
  /** The organisation's narrative per section, in the report's language ('' when none). */
  narratives: z.record(z.string(), z.string()),
});
export type AnnualReport = z.infer<typeof annualReportSchema>;

export const narrativesQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2100),
});
export const narrativeInputSchema = z.strictObject({
  year: z.number().int().min(1900).max(2100),
  section: z.enum(REPORT_SECTIONS),
  language: z.enum(['nl', 'fr', 'en']),
  /** Empty text removes the narrative. */
  body: z.string().max(20000),
});
export type NarrativeInput = z.infer<typeof narrativeInputSchema>;
export const narrativesSchema = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      section: z.enum(REPORT_SECTIONS),
      language: z.enum(['nl', 'fr', 'en']),
      body: z.string(),
      updatedAt: z.string(),
    }),
  ),
});
export type Narratives = z.infer<typeof narrativesSchema>;
