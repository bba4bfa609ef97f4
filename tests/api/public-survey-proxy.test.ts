import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganisation,
  createTestApp,
  setupInstallation,
  type TestApp,
} from '../helpers/app.ts';
import { countRows, openForm, sampleDefinition, submit } from '../helpers/survey-api.ts';

/**
 * Behind one reverse proxy (TRUST_PROXY=1) the client address is the one the proxy added:
 * a client that puts addresses of its own in X-Forwarded-For cannot escape the rate limit.
 */
let t: TestApp;
let code: string;

beforeAll(async () => {
  t = await createTestApp({ TRUST_PROXY: '1' });
  const installation = await setupInstallation(t.app);
  const admin = (await createOrganisation(t.app, installation, 'centre', ['org_admin'])).clients
    .org_admin!;
  const survey = (
    await admin.post('/api/surveys', { slug: 'exit', definition: sampleDefinition() })
  ).json();
  code = survey.publicCode;
  await admin.post(`/api/surveys/${survey.id}/publish`);
});
afterAll(() => t?.close());

describe('the rate limit behind one proxy', () => {
  it('ignores the addresses a client writes into X-Forwarded-For itself', async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 21; i++) tokens.push((await openForm(t.app, code)).json().formToken);
    t.clock.advance(5_000);
    const send = (i: number) =>
      submit(
        t.app,
        code,
        { formToken: tokens[i]!, answers: { came_for: 'job' } },
        { headers: { 'x-forwarded-for': `10.9.${i}.1, 198.51.100.7` } },
      );
    for (let i = 0; i < 20; i++) expect((await send(i)).statusCode).toBe(201);
    const before = await countRows(t);
    expect((await send(20)).statusCode).toBe(429);
    expect(await countRows(t)).toEqual(before);
  });
});
