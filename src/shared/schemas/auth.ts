import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../core/organisations/roles.ts';
import {
  emailSchema,
  nameSchema,
  passwordInputSchema,
  slugSchema,
  uiLanguageSchema,
  uuidSchema,
  timeZoneSchema,
} from './common.ts';
import { roleSchema } from './organisations.ts';

export const loginSchema = z.strictObject({
  email: z
    .string()
    .trim()
    .min(1)
    .max(254)
    .transform((s) => s.toLowerCase()),
  password: passwordInputSchema,
});

export const sessionSchema = z.object({
  user: z.object({
    id: uuidSchema,
    email: z.string(),
    name: z.string(),
    language: uiLanguageSchema,
    isInstallationAdmin: z.boolean(),
  }),
  organisations: z.array(
    z.object({ id: uuidSchema, slug: z.string(), name: z.string(), roles: z.array(roleSchema) }),
  ),
  currentOrganisation: z
    .object({
      id: uuidSchema,
      slug: z.string(),
      name: z.string(),
      timeZone: z.string(),
      roles: z.array(roleSchema),
    })
    .nullable(),
  permissions: z.array(z.string()),
  csrfToken: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

export const switchOrganisationSchema = z.strictObject({ organisationId: uuidSchema });

export const updateProfileSchema = z.strictObject({
  name: nameSchema.optional(),
  language: uiLanguageSchema.optional(),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});

/** A changed password ends the user's other sessions and revokes their API tokens. */
export const passwordChangedSchema = z.object({
  ok: z.literal(true),
  sessionsEnded: z.number().int(),
  tokensRevoked: z.number().int(),
});
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;

export const setupStatusSchema = z.object({ needed: z.boolean() });

export const setupSchema = z.strictObject({
  organisation: z.strictObject({
    slug: slugSchema,
    name: nameSchema,
    kind: z.enum(ORGANISATION_KINDS),
    defaultLanguage: uiLanguageSchema.default('nl'),
    timeZone: timeZoneSchema.default('Europe/Brussels'),
  }),
  admin: z.strictObject({
    email: emailSchema,
    name: nameSchema,
    password: passwordInputSchema,
    language: uiLanguageSchema.default('nl'),
  }),
  demo: z.boolean().default(false),
});
export type SetupInput = z.input<typeof setupSchema>;

export const setupResultSchema = z.object({
  session: sessionSchema,
  demo: z
    .object({
      password: z.string(),
      users: z.array(z.object({ email: z.string(), organisation: z.string(), role: z.string() })),
      /**
       * Demo organisations whose slug the new organisation took: loaded whole under a free
       * slug (`demo` → `slug`), "(demo)" after the name.
       */
      renamed: z.array(z.object({ demo: z.string(), slug: z.string(), name: z.string() })),
    })
    .nullable(),
});

export const tokenSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  prefix: z.string(),
  organisationId: uuidSchema,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof tokenSchema>;

export const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(365),
});

export const createdTokenSchema = z.object({ token: z.string(), info: tokenSchema });
