import { z } from 'zod';

/**
 * GET /api/settings/public-url: the base of the questionnaires' public links, QR codes and
 * posters, and where it comes from (`configured`: PUBLIC_URL; `request`: the address the
 * browser used; `loopback`: an address of this machine only, which phones cannot open).
 */
export const publicUrlSchema = z.object({
  url: z.string(),
  source: z.enum(['configured', 'request', 'loopback']),
});
export type PublicUrl = z.infer<typeof publicUrlSchema>;
