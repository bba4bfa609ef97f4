import { z } from 'zod';
import { ORGANISATION_KINDS, ROLES } from '../../core/organisations/roles.ts';
import {
  nameSchema,
  slugSchema,
  timeZoneSchema,
  uiLanguageSchema,
  uuidSchema,
  emailSchema,
  passwordInputSchema,
  listQuerySchema,
} from './common.ts';

export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export const roleSchema = z.enum(ROLES);

export const organisationSchema = z.object({
  id: uuidSchema,
  slug: z.string(),
  name: z.string(),
  kind: organisationKindSchema,
  defaultLanguage: uiLanguageSchema,
  timeZone: z.string(),
  createdAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const createOrganisationSchema = z.strictObject({
  slug: slugSchema,
  name: nameSchema,
  kind: organisationKindSchema,
  defaultLanguage: uiLanguageSchema.default('nl'),
  timeZone: timeZoneSchema.default('Europe/Brussels'),
});
export type CreateOrganisationInput = z.input<typeof createOrganisationSchema>;

export const updateOrganisationSchema = z.strictObject({
  name: nameSchema.optional(),
  kind: organisationKindSchema.optional(),
  defaultLanguage: uiLanguageSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});

export const memberSchema = z.object({
  userId: uuidSchema,
  email: z.string(),
  name: z.string(),
  language: uiLanguageSchema,
  roles: z.array(roleSchema),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const rolesSchema = z
  .array(roleSchema)
  .min(1)
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, 'invalid_value');

/** Adds a member by e-mail; creates the user account when the e-mail is new (then name and password are needed). */
export const addMemberSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema.optional(),
  language: uiLanguageSchema.optional(),
  password: passwordInputSchema.optional(),
  roles: rolesSchema,
});
export type AddMemberInput = z.input<typeof addMemberSchema>;

export const updateMemberSchema = z.strictObject({ roles: rolesSchema });
export const memberParamsSchema = z.strictObject({ userId: uuidSchema });
export const memberListQuerySchema = listQuerySchema.extend({ role: roleSchema.optional() });

export const userSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  name: z.string(),
  language: uiLanguageSchema,
  isInstallationAdmin: z.boolean(),
  disabled: z.boolean(),
  organisations: z.array(
    z.object({ id: uuidSchema, slug: z.string(), name: z.string(), roles: z.array(roleSchema) }),
  ),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  language: uiLanguageSchema.default('nl'),
  password: passwordInputSchema,
  isInstallationAdmin: z.boolean().default(false),
});

export const updateUserSchema = z.strictObject({
  name: nameSchema.optional(),
  language: uiLanguageSchema.optional(),
  disabled: z.boolean().optional(),
  isInstallationAdmin: z.boolean().optional(),
  password: passwordInputSchema.optional(),
});
