import { z } from 'zod';

const labels = z.object({ nl: z.string(), fr: z.string(), en: z.string() });

export const referenceSchema = z.object({
  themes: z.array(z.object({ key: z.string(), labels })),
  serviceLanguages: z.array(z.object({ code: z.string(), labels })),
  municipalities: z.array(
    z.object({ nis: z.string(), nl: z.string(), fr: z.string(), postalCodes: z.array(z.string()) }),
  ),
  iscedLevels: z.array(z.object({ level: z.number().int(), group: z.string(), labels })),
  esfEducationGroups: z.array(z.object({ key: z.string(), labels })),
  organisationKinds: z.array(z.string()),
  locationKinds: z.array(z.string()),
  roles: z.array(z.string()),
});
export type Reference = z.infer<typeof referenceSchema>;
