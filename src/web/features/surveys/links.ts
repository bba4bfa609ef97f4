import type { PublicUrl } from '../../../shared/schemas/public-url.ts';
import { useApiQuery } from '../../lib/query.ts';

/** The public link of a questionnaire: `<base>/s/<code>`; the kiosk link adds `?kiosk=1`. */
export function publicLink(base: string, publicCode: string, kiosk = false): string {
  return `${base.replace(/\/+$/, '')}/s/${publicCode}${kiosk ? '?kiosk=1' : ''}`;
}

/** The QR code image (SVG) of a questionnaire's public or kiosk link. */
export function qrSource(surveyId: string, kiosk = false): string {
  return `/api/surveys/${surveyId}/qr.svg${kiosk ? '?kiosk=1' : ''}`;
}

/**
 * The base of the public links as the server gives it to the QR codes too (PUBLIC_URL, or
 * the address this browser used); until it is known, this page's own origin, unjudged.
 */
export function usePublicUrl(): { url: string; source: PublicUrl['source'] | null } {
  const query = useApiQuery<PublicUrl>('/api/settings/public-url');
  return query.data ?? { url: window.location.origin, source: null };
}
