import { useEffect, useRef, useState } from 'react';
import type { FormLanguage } from '../../../core/surveys/model.ts';
import type { PublicSurvey } from '../../../shared/schemas/surveys.ts';
import { issuesByQuestion, type AnswerValue, type FormIssue } from './answers.ts';
import { loadSurvey, newIdempotencyKey, sendResponse } from './api.ts';

/** Why a send did not go through, shown above the buttons (with a retry where it helps). */
export type SendProblem = 'network' | 'rate_limited' | 'server' | 'form_expired' | 'generic';

export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'closed' }
  | { kind: 'issues'; byQuestion: Record<string, FormIssue> }
  | { kind: 'problem'; problem: SendProblem }
  | { kind: 'abandoned' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sending one filled-in form. The Idempotency-Key is made once for this form and reused
 * on every retry, so a double tap or a retry after a lost answer counts once. The send
 * waits, if needed, until the minimum fill time has passed since the token was issued:
 * a quick person is never taken for a bot. An expired token is renewed for the next try.
 */
export function useSend(code: string, survey: PublicSurvey, loadedAt: number) {
  const [key] = useState(newIdempotencyKey);
  const token = useRef({ value: survey.formToken, at: loadedAt });
  const alive = useRef(true);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  async function send(
    answers: Record<string, AnswerValue>,
    language: FormLanguage,
    kiosk: boolean,
    website: string,
  ): Promise<SendOutcome> {
    setSending(true);
    try {
      const wait = token.current.at + survey.minFillSeconds * 1000 + 250 - Date.now();
      if (wait > 0) await sleep(wait);
      if (!alive.current) return { kind: 'abandoned' };
      const result = await sendResponse(code, key, {
        formToken: token.current.value,
        answers,
        language,
        kiosk,
        website,
      });
      if (result.kind === 'sent' || result.kind === 'closed') return result;
      if (result.kind === 'invalid') return await explain(result.issues);
      return { kind: 'problem', problem: result.kind };
    } finally {
      if (alive.current) setSending(false);
    }
  }

  async function explain(issues: (FormIssue & { path: string })[]): Promise<SendOutcome> {
    const { byQuestion } = issuesByQuestion(issues);
    if (issues.some((issue) => issue.code === 'form_expired')) {
      const fresh = await loadSurvey(code);
      if (fresh.kind === 'closed' || fresh.kind === 'not_found') return { kind: 'closed' };
      if (fresh.kind === 'ok')
        token.current = { value: fresh.survey.formToken, at: fresh.loadedAt };
      return { kind: 'problem', problem: 'form_expired' };
    }
    if (Object.keys(byQuestion).length > 0) return { kind: 'issues', byQuestion };
    return { kind: 'problem', problem: 'generic' };
  }

  return { send, sending };
}
