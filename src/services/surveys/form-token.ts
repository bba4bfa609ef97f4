import { createHmac } from 'node:crypto';
import { FORM_TOKEN_MAX_AGE_HOURS } from '../../core/surveys/model.ts';
import { safeEqual } from '../tokens.ts';

/**
 * The public form's token: `<issued at, ms>.<version>.<HMAC-SHA256>` over the
 * questionnaire's code, the version of the form handed out and that instant, keyed with
 * the installation secret. It proves when and which form was handed out (the minimum fill
 * time; answers are checked against the questions the visitor saw) without a cookie or any
 * server-side state, and says nothing about who filled it in.
 */
const PURPOSE = 'parcours.survey-form.v2';
const MAX_AGE_MS = FORM_TOKEN_MAX_AGE_HOURS * 3_600_000;

function signature(secret: string, code: string, version: number, issuedAt: number): string {
  return createHmac('sha256', `${PURPOSE}:${secret}`)
    .update(`${code}.${version}.${issuedAt}`)
    .digest('base64url');
}

/** A token for version `version` of the form of questionnaire `code`, handed out at `at`. */
export function issueFormToken(secret: string, code: string, version: number, at: Date): string {
  const issuedAt = at.getTime();
  return `${issuedAt}.${version}.${signature(secret, code, version, issuedAt)}`;
}

export type FormTokenCheck =
  | { valid: true; issuedAt: number; version: number; signature: string }
  | { valid: false; reason: 'forged' | 'expired' };

/** Checks a token for `code` at `now`: signed by us for this form, and not too old. */
export function checkFormToken(
  secret: string,
  code: string,
  token: string,
  now: Date,
): FormTokenCheck {
  const match = /^(\d{1,15})\.([1-9]\d{0,8})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { valid: false, reason: 'forged' };
  const issuedAt = Number(match[1]);
  const version = Number(match[2]);
  const mac = match[3]!;
  if (!safeEqual(mac, signature(secret, code, version, issuedAt)))
    return { valid: false, reason: 'forged' };
  if (now.getTime() - issuedAt > MAX_AGE_MS) return { valid: false, reason: 'expired' };
  return { valid: true, issuedAt, version, signature: mac };
}

/** A token in use: the Idempotency-Key hash it came with, submissions under way, stored. */
interface UsedToken {
  expiresAt: number;
  idempotencyHash: string | null;
  pending: number;
  stored: boolean;
}

/**
 * The form tokens that have stored a response, held in memory only (by their signature,
 * until they expire anyway) so one token buys one response, not one per request for a
 * day. Bounded: at `max` entries the expired ones go, then the oldest.
 */
export function createUsedFormTokens({ max = 100_000 }: { max?: number } = {}) {
  const used = new Map<string, UsedToken>();

  function prune(now: number) {
    for (const [key, entry] of used) if (entry.expiresAt <= now) used.delete(key);
    for (const key of used.keys()) {
      if (used.size < max) break;
      used.delete(key);
    }
  }

  return {
    /**
     * Claims the token for a submission with `idempotencyHash` (null: no key). False when
     * it is already spent (or being spent) under another key or none: the caller drops the
     * submission. The same key may claim again, so a retried request is answered as a
     * replay. Every true claim must be settled.
     */
    claim(
      token: { signature: string; issuedAt: number },
      idempotencyHash: string | null,
      now: Date,
    ): boolean {
      const entry = used.get(token.signature);
      if (entry && entry.expiresAt > now.getTime()) {
        if (idempotencyHash === null || entry.idempotencyHash !== idempotencyHash) return false;
        entry.pending += 1;
        return true;
      }
      if (used.size >= max) prune(now.getTime());
      used.set(token.signature, {
        expiresAt: token.issuedAt + MAX_AGE_MS,
        idempotencyHash,
        pending: 1,
        stored: false,
      });
      return true;
    },

    /** Ends a claim: kept once a response was stored, forgotten if none was. */
    settle(signature: string, stored: boolean) {
      const entry = used.get(signature);
      if (!entry) return;
      entry.pending = Math.max(0, entry.pending - 1);
      if (stored) entry.stored = true;
      if (!entry.stored && entry.pending === 0) used.delete(signature);
    },

    /** How many tokens are remembered (for tests). */
    get size() {
      return used.size;
    },
  };
}
