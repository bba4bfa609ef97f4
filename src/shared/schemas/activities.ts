import { z } from 'zod';
import { ACTIVITY_STATUSES } from '../../core/contacts/model.ts';
import {
  isoDateSchema,
  listQuerySchema,
  municipalityNisSchema,
  nameSchema,
  uuidSchema,
} from './common.ts';
import {
  activityCategorySchema,
  channelSchema,
  externalIdSchema,
  keySchema,
  labelsSchema,
  serviceLanguageSchema,
  themeSchema,
} from './contacts.ts';

export const activityStatusSchema = z.enum(ACTIVITY_STATUSES);
/** An instant with its offset, as `2023-05-04T14:00:00+02:00` or `…Z`. */
export const instantSchema = z.iso
  .datetime({ offset: true, message: 'invalid_datetime' })
  // The same years as a date (isoDateSchema): year 1 would even come back as 2001.
  .refine((value) => value >= '1900-01-01' && value < '2101-01-01', 'invalid_datetime');

export const activitySchema = z.object({
  id: uuidSchema,
  organisationId: uuidSchema,
  externalId: z.string().nullable(),
  kind: z.string(),
  category: activityCategorySchema,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  locationId: uuidSchema.nullable(),
  municipality: z.string().nullable(),
  neighbourhood: z.string().nullable(),
  language: z.string().nullable(),
  theme: themeSchema.nullable(),
  partner: z.string().nullable(),
  capacity: z.number().int().nullable(),
  status: activityStatusSchema,
  notes: z.string().nullable(),
  /** People reached: the sum of the counts of the activity's contacts. */
  attendance: z.number().int(),
  /** How many contact lines make up the attendance. */
  attendanceLines: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

const activityFields = {
  kind: keySchema,
  title: nameSchema,
  startsAt: instantSchema,
  endsAt: instantSchema.nullable().optional(),
  locationId: uuidSchema.nullable().optional(),
  municipality: municipalityNisSchema.nullable().optional(),
  neighbourhood: z.string().trim().max(200).nullable().optional(),
  language: serviceLanguageSchema.nullable().optional(),
  theme: themeSchema.nullable().optional(),
  partner: z.string().trim().max(200).nullable().optional(),
  capacity: z.number().int().min(0).max(100_000).nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
  externalId: externalIdSchema.nullable().optional(),
};

export const createActivitySchema = z.strictObject({
  ...activityFields,
  status: z.enum(['planned', 'held']).default('planned'),
});
export type CreateActivityInput = z.input<typeof createActivitySchema>;

export const updateActivitySchema = z.strictObject({
  kind: activityFields.kind.optional(),
  title: activityFields.title.optional(),
  startsAt: activityFields.startsAt.optional(),
  endsAt: activityFields.endsAt,
  locationId: activityFields.locationId,
  municipality: activityFields.municipality,
  neighbourhood: activityFields.neighbourhood,
  language: activityFields.language,
  theme: activityFields.theme,
  partner: activityFields.partner,
  capacity: activityFields.capacity,
  notes: activityFields.notes,
  externalId: activityFields.externalId,
  status: z.enum(['planned', 'held']).optional(),
});
export type UpdateActivityInput = z.input<typeof updateActivitySchema>;

export const activityListQuerySchema = listQuerySchema.extend({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  kind: keySchema.optional(),
  category: activityCategorySchema.optional(),
  language: serviceLanguageSchema.optional(),
  status: activityStatusSchema.optional(),
  sort: z.enum(['starts_desc', 'starts_asc']).default('starts_desc'),
});
export type ActivityListQuery = z.output<typeof activityListQuerySchema>;

/** People reached at an activity: one contact line of the activity's type. */
export const recordAttendanceSchema = z.strictObject({
  count: z.number().int().min(1).max(100_000),
  /** Defaults to the activity's start date (in the organisation's zone). */
  date: isoDateSchema.optional(),
  language: serviceLanguageSchema.nullable().optional(),
  theme: themeSchema.nullable().optional(),
  channel: channelSchema.nullable().optional(),
  municipality: municipalityNisSchema.nullable().optional(),
  tags: z.array(keySchema).max(20).default([]),
  /**
   * Attendance above the activity's capacity is refused (ATTENDANCE_OVER_CAPACITY, with the
   * capacity and the attendance it would reach) unless the user confirmed it with `true`.
   */
  confirmOverCapacity: z.boolean().default(false),
});
export type RecordAttendanceInput = z.input<typeof recordAttendanceSchema>;

export const activityKindSchema = z.object({
  slug: z.string(),
  category: activityCategorySchema,
  builtIn: z.boolean(),
  /** Labels given by the organisation; built-in kinds are labelled by the catalogs. */
  labels: labelsSchema,
  active: z.boolean(),
});
export type ActivityKind = z.infer<typeof activityKindSchema>;

export const createActivityKindSchema = z.strictObject({
  slug: keySchema,
  category: activityCategorySchema,
  labels: labelsSchema,
});
export const updateActivityKindSchema = z.strictObject({
  labels: labelsSchema.optional(),
  active: z.boolean().optional(),
});
export const kindParamsSchema = z.strictObject({ slug: keySchema });
