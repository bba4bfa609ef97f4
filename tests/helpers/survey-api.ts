import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { withContext } from '../../src/db/context.ts';
import type { TestApp } from './app.ts';

/** Questionnaire fixtures and public-form calls for the API tests. */

/** The same text in nl, fr and en. */
export const text = (s: string) => ({ nl: `${s} (nl)`, fr: `${s} (fr)`, en: s });

const options = (...keys: string[]) => keys.map((key) => ({ key, labels: text(key) }));

/**
 * A small questionnaire: a required choice, a question shown only after `training`, a
 * rating, a number from 1 to 20 and a free text.
 */
export function sampleDefinition(title = 'Exit questionnaire') {
  return {
    title: text(title),
    languages: ['ar'],
    questions: [
      {
        key: 'came_for',
        type: 'single_choice',
        required: true,
        labels: text('Why did you come?'),
        options: options('job', 'training', 'other'),
      },
      {
        key: 'training_kind',
        type: 'single_choice',
        labels: text('Which training?'),
        options: options('course', 'degree'),
        condition: { question: 'came_for', anyOf: ['training'] },
      },
      { key: 'satisfaction', type: 'rating', labels: text('How satisfied are you?') },
      { key: 'visits', type: 'number', min: 1, max: 20, labels: text('How many visits?') },
      { key: 'remarks', type: 'free_text', labels: text('Anything else?') },
    ],
  };
}

/** Row counts of the questionnaire tables, read past row-level security. */
export async function countRows(t: TestApp) {
  return withContext(
    t.db.database.db,
    { organisationId: null, userId: null, isAdmin: true },
    async (tx) => {
      const result = await tx.execute(sql`SELECT
        (SELECT count(*)::int FROM survey_responses) AS responses,
        (SELECT count(*)::int FROM survey_answers) AS answers`);
      return (result as unknown as { rows: { responses: number; answers: number }[] }).rows[0]!;
    },
  );
}

let addressCounter = 0;
/** A documentation address (TEST-NET-3) no other call uses, so rate limits stay apart. */
export const freshAddress = () => `203.0.113.${(addressCounter++ % 250) + 1}`;

export interface PublicCall {
  /** Client address as the proxy reports it (X-Forwarded-For; the app trusts its proxy). */
  address?: string;
  headers?: Record<string, string>;
}

/** GET the public form as an anonymous visitor. */
export function openForm(app: FastifyInstance, code: string, call: PublicCall = {}) {
  return app.inject({
    method: 'GET',
    url: `/api/public/surveys/${code}`,
    headers: { 'x-forwarded-for': call.address ?? freshAddress(), ...call.headers },
  });
}

/** POST one response as an anonymous visitor. */
export function submit(
  app: FastifyInstance,
  code: string,
  body: unknown,
  call: PublicCall = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/public/surveys/${code}/responses`,
    payload: body as object,
    headers: { 'x-forwarded-for': call.address ?? freshAddress(), ...call.headers },
  });
}
