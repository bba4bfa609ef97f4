import QRCode from 'qrcode';
import { withContext } from '../../db/context.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { findSurvey } from './mapping.ts';

/** The public link of a questionnaire: `<base>/s/<code>`, `?kiosk=1` for the tablet. */
export function publicSurveyUrl(base: string, code: string, kiosk = false): string {
  return `${base.replace(/\/+$/, '')}/s/${code}${kiosk ? '?kiosk=1' : ''}`;
}

/** QR codes of the public links, for posters and the tablet at the exit. */
export function createSurveyQr({ db }: ServiceDeps) {
  return {
    /** An SVG QR code of the questionnaire's public link under `base` (scheme and host). */
    async qrSvg(actor: Actor, id: string, options: { base: string; kiosk: boolean }) {
      requirePermission(actor, 'aggregates.read');
      const ctx = orgContext(actor);
      const survey = await withContext(db, ctx, (tx) => findSurvey(tx, ctx.organisationId, id));
      const url = publicSurveyUrl(options.base, survey.publicCode, options.kiosk);
      const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return { url, svg };
    },
  };
}
