import { z } from 'zod';
import { TARGET_STATUSES } from '../../core/programmes/progress.ts';
import { isoDateSchema, listQuerySchema, nameSchema, pageOf, uuidSchema } from './common.ts';
import { indicatorCodeSchema } from './indicators.ts';

/**
 * Euro amounts and target values as their columns keep them, `numeric(14, 2)`: cents, and
 * at most 999,999,999,999.99 (tests/api/schema-bounds.test.ts holds schema and column together).
 */
const DECIMAL_PRECISION = 14;
const DECIMAL_SCALE = 2;
const decimalMax = 10 ** (DECIMAL_PRECISION - DECIMAL_SCALE) - 10 ** -DECIMAL_SCALE;
const decimal = () =>
  z
    .number()
    .min(0)
    .max(decimalMax)
    .multipleOf(10 ** -DECIMAL_SCALE);
const money = decimal();

export const funderSchema = z.strictObject({
  name: nameSchema,
  amounts: z
    .array(z.strictObject({ year: z.number().int().min(1900).max(2100), amount: money }))
    .max(50)
    .default([]),
});

const programmeFields = {
  name: nameSchema,
  description: z.string().trim().max(5000),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  budget: money.nullable(),
  partnerIds: z.array(uuidSchema).max(100),
  funders: z.array(funderSchema).max(20),
};

/** Creating or replacing a programme. `periodEnd` before `periodStart` is `period_reversed` on `periodEnd`. */
export const programmeInputSchema = z.strictObject({
  ...programmeFields,
  description: programmeFields.description.default(''),
  budget: programmeFields.budget.default(null),
  partnerIds: programmeFields.partnerIds.default([]),
  funders: programmeFields.funders.default([]),
});
export type ProgrammeInput = z.input<typeof programmeInputSchema>;
/**
 * Changing a programme: only the fields sent change (no defaults, so a missing field is
 * never reset); `partnerIds` and `funders` replace the whole list when sent.
 */
export const updateProgrammeSchema = z.strictObject(programmeFields).partial();

const targetFields = {
  indicator: indicatorCodeSchema,
  target: decimal(),
  periodStart: isoDateSchema,
  deadline: isoDateSchema,
  partnerId: uuidSchema.nullable(),
  year: z.number().int().min(1900).max(2100).nullable(),
};

/**
 * A target. `periodStart` defaults to the programme's start. A deadline before the period
 * start is `deadline_before_start` on `deadline`; a negative value `too_small` on `target`.
 * `partnerId` must be a partner of the programme (`unknown_partner`), `indicator` a built-in
 * or the owner's own indicator (`unknown_indicator`), `year` within the period
 * (`year_outside_period`).
 */
export const targetInputSchema = z.strictObject({
  ...targetFields,
  periodStart: targetFields.periodStart.optional(),
  partnerId: targetFields.partnerId.default(null),
  year: targetFields.year.default(null),
});
export type TargetInput = z.input<typeof targetInputSchema>;
/** Changing a target: only the fields sent change (no defaults). */
export const updateTargetSchema = z.strictObject(targetFields).partial();

export const targetParamsSchema = z.strictObject({ id: uuidSchema, targetId: uuidSchema });

export const organisationRefSchema = z.object({
  id: uuidSchema,
  slug: z.string(),
  name: z.string(),
});

/**
 * A partner's answer to the owner's invitation: `invited` until its org admin or coordinator
 * accepts (nothing of its figures is read), `accepted` once it has (its aggregates count).
 */
export const partnerStatusSchema = z.enum(['invited', 'accepted']);
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

/** A partner organisation of a programme with its answer to the invitation. */
export const partnerRefSchema = organisationRefSchema.extend({ status: partnerStatusSchema });

/** A partner organisation answers the owner's invitation: accept, or decline (and leave). */
export const partnershipAnswerSchema = z.strictObject({ accept: z.boolean() });
/** The partnership after the answer: `accepted`, or `declined` (the partnership is gone). */
export const partnershipResultSchema = z.object({
  status: z.enum(['accepted', 'declined']),
});

export const targetSchema = z.object({
  id: uuidSchema,
  indicator: z.string(),
  indicatorLabels: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
  unit: z.string(),
  target: z.number(),
  periodStart: z.string(),
  deadline: z.string(),
  partner: organisationRefSchema.nullable(),
  year: z.number().int().nullable(),
});
export type TargetDto = z.infer<typeof targetSchema>;

export const programmeSummarySchema = z.object({
  id: uuidSchema,
  name: z.string(),
  description: z.string(),
  owner: organisationRefSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  budget: z.number().nullable(),
  partners: z.array(partnerRefSchema),
  /** `owner` when the caller's organisation owns it (may edit), `partner` when it is a partner (reads aggregates). */
  role: z.enum(['owner', 'partner']),
  /** For role `partner`: whether the caller's organisation has accepted the invitation. */
  partnerStatus: partnerStatusSchema.optional(),
  targetCount: z.number().int(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const programmeSchema = programmeSummarySchema.extend({
  funders: z.array(
    z.object({
      name: z.string(),
      amounts: z.array(z.object({ year: z.number().int(), amount: z.number() })),
      total: z.number(),
    }),
  ),
  /** Funding per year over all funders. */
  fundingByYear: z.array(z.object({ year: z.number().int(), amount: z.number() })),
  targets: z.array(targetSchema),
});
export type Programme = z.infer<typeof programmeSchema>;

export const programmeListQuerySchema = listQuerySchema.extend({
  role: z.enum(['owner', 'partner']).optional(),
});
export const programmePageSchema = pageOf(programmeSummarySchema);

export const targetStatusSchema = z.enum(TARGET_STATUSES);

/** Progress of one target as of a date (default today in the owner's zone). */
export const targetProgressSchema = z.object({
  target: targetSchema,
  actual: z.number(),
  shareDone: z.number(),
  shareElapsed: z.number(),
  forecast: z.number().nullable(),
  status: targetStatusSchema,
  /**
   * The actual per organisation (owner and partners); partner targets have one. A partner
   * carries its `status`: an invited partner's figures are never read (actual 0).
   */
  byOrganisation: z.array(
    z.object({
      organisation: organisationRefSchema,
      actual: z.number(),
      status: partnerStatusSchema.optional(),
    }),
  ),
  /** Cumulative actual at the end of each month from the period start to the as-of month. */
  months: z.array(z.object({ month: z.string(), actual: z.number(), cumulative: z.number() })),
});
export type TargetProgress = z.infer<typeof targetProgressSchema>;

export const progressQuerySchema = z.strictObject({ asOf: isoDateSchema.optional() });

export const programmeProgressSchema = z.object({
  programme: programmeSummarySchema,
  asOf: z.string(),
  /** The status rule as numbers, for the page to state it. */
  rule: z.object({ atRiskMargin: z.number() }),
  targets: z.array(targetProgressSchema),
});
export type ProgrammeProgress = z.infer<typeof programmeProgressSchema>;

/** Organisations that can be chosen as partners (every organisation of the installation but one's own). */
export const partnerCandidatesSchema = z.object({ items: z.array(organisationRefSchema) });
