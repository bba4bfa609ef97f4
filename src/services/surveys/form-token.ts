import { createHmac } from 'node:crypto';
import { FORM_TOKEN_MAX_AGE_HOURS } from '../../core/surveys/model.ts';
import { safeEqual } from '../tokens.ts';

/**
 * The public form's token: `<issued at, ms>.<HMAC-SHA256>` over the questionnaire's code
 * and that instant, keyed with the installation secret. It proves when the form was handed
 * out (the minimum fill time) without a cookie or any server-side state, and says nothing
 * about who filled it in.
 */
const PURPOSE = 'parcours.survey-form.v1';

function signature(secret: string, code: string, issuedAt: number): string {
  return createHmac('sha256', `${PURPOSE}:${secret}`)
    .update(`${code}.${issuedAt}`)
    .digest('base64url');
}

/** A token for the form of questionnaire `code`, handed out at `at`. */
export function issueFormToken(secret: string, code: string, at: Date): string {
  const issuedAt = at.getTime();
  return `${issuedAt}.${signature(secret, code, issuedAt)}`;
}

export type FormTokenCheck =
  { valid: true; issuedAt: number } | { valid: false; reason: 'forged' | 'expired' };

/** Checks a token for `code` at `now`: signed by us for this form, and not too old. */
export function checkFormToken(
  secret: string,
  code: string,
  token: string,
  now: Date,
): FormTokenCheck {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { valid: false, reason: 'forged' };
  const issuedAt = Number(match[1]);
  if (!safeEqual(match[2]!, signature(secret, code, issuedAt)))
    return { valid: false, reason: 'forged' };
  if (now.getTime() - issuedAt > FORM_TOKEN_MAX_AGE_HOURS * 3_600_000)
    return { valid: false, reason: 'expired' };
  return { valid: true, issuedAt };
}
