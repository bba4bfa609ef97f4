import { z } from 'zod';
import { LOCATION_KINDS } from '../../core/organisations/roles.ts';
import {
  listQuerySchema,
  municipalityNisSchema,
  nameSchema,
  slugSchema,
  uuidSchema,
} from './common.ts';

export const locationKindSchema = z.enum(LOCATION_KINDS);

export const locationSchema = z.object({
  id: uuidSchema,
  organisationId: uuidSchema,
  slug: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  municipality: z.string().nullable(),
  kind: locationKindSchema,
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Location = z.infer<typeof locationSchema>;

export const createLocationSchema = z.strictObject({
  slug: slugSchema,
  name: nameSchema,
  address: z.string().trim().max(300).nullable().optional(),
  municipality: municipalityNisSchema.nullable().optional(),
  kind: locationKindSchema.default('office'),
  active: z.boolean().default(true),
});
export type CreateLocationInput = z.input<typeof createLocationSchema>;

export const updateLocationSchema = z.strictObject({
  slug: slugSchema.optional(),
  name: nameSchema.optional(),
  address: z.string().trim().max(300).nullable().optional(),
  municipality: municipalityNisSchema.nullable().optional(),
  kind: locationKindSchema.optional(),
  active: z.boolean().optional(),
});

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const locationListQuerySchema = listQuerySchema.extend({
  active: booleanQuery.optional(),
  kind: locationKindSchema.optional(),
});
