import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startupWarnings } from '../../src/api/server.ts';
import {
  Client,
  createTestApp,
  setupInstallation,
  testConfig,
  type TestApp,
} from '../helpers/app.ts';

/**
 * The questionnaires' public links (the link shown, its QR code, the poster) point to
 * PUBLIC_URL when it is set, else to the address the browser used; an address of this
 * machine only (localhost, 127.0.0.1) is flagged so the page can warn.
 */
async function installation(config: Record<string, string> = {}) {
  const t = await createTestApp(config);
  const { admin } = await setupInstallation(t.app);
  const surveys = (await admin.get('/api/surveys')).json().items as {
    id: string;
    publicCode: string;
  }[];
  return { t, admin, survey: surveys[0]! };
}

/** The QR code the server should draw for `url`, made independently with the same options. */
const qrOf = (url: string) =>
  QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

describe('public links without PUBLIC_URL', () => {
  let t: TestApp;
  let admin: Client;
  let survey: { id: string; publicCode: string };
  beforeAll(async () => {
    ({ t, admin, survey } = await installation());
  });
  afterAll(() => t?.close());

  it('use the address the browser used when others can reach it', async () => {
    const host = { host: '192.168.1.20:3000' };
    const answer = await admin.get('/api/settings/public-url', host);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({ url: 'http://192.168.1.20:3000', source: 'request' });
    const qr = await admin.get(`/api/surveys/${survey.id}/qr.svg`, host);
    expect(qr.body).toBe(await qrOf(`http://192.168.1.20:3000/s/${survey.publicCode}`));
    const kiosk = await admin.get(`/api/surveys/${survey.id}/qr.svg?kiosk=1`, host);
    expect(kiosk.body).toBe(await qrOf(`http://192.168.1.20:3000/s/${survey.publicCode}?kiosk=1`));
  });

  it('flag an address of this machine only, which a phone cannot open', async () => {
    for (const host of ['127.0.0.1:3000', 'localhost:3000', '[::1]:3000']) {
      const answer = (await admin.get('/api/settings/public-url', { host })).json();
      expect(answer, host).toEqual({ url: `http://${host}`, source: 'loopback' });
    }
  });

  it('are for logged-in users only', async () => {
    expect((await new Client(t.app).get('/api/settings/public-url')).statusCode).toBe(401);
  });

  it('are named in a warning in the server log at start-up', () => {
    const [warning, ...rest] = startupWarnings(testConfig({ HOST: '127.0.0.1' }));
    expect(rest).toEqual([]);
    expect(warning).toContain('PUBLIC_URL is not set');
    expect(warning).toContain('HOST=0.0.0.0');
    expect(startupWarnings(testConfig({ HOST: '0.0.0.0' }))[0]).not.toContain('HOST=');
  });
});

describe('public links with PUBLIC_URL', () => {
  let t: TestApp;
  let admin: Client;
  let survey: { id: string; publicCode: string };
  beforeAll(async () => {
    ({ t, admin, survey } = await installation({ PUBLIC_URL: 'https://enquete.example.org/' }));
  });
  afterAll(() => t?.close());

  it('always use PUBLIC_URL, whatever address the browser used, and nothing is logged', async () => {
    const answer = await admin.get('/api/settings/public-url', { host: '127.0.0.1:3000' });
    expect(answer.json()).toEqual({ url: 'https://enquete.example.org', source: 'configured' });
    const qr = await admin.get(`/api/surveys/${survey.id}/qr.svg`, { host: '127.0.0.1:3000' });
    expect(qr.body).toBe(await qrOf(`https://enquete.example.org/s/${survey.publicCode}`));
    expect(startupWarnings(testConfig({ PUBLIC_URL: 'https://enquete.example.org' }))).toEqual([]);
  });
});

describe('public links behind a reverse proxy', () => {
  const forwarded = {
    host: '127.0.0.1:3000',
    'x-forwarded-host': 'parcours.example.org',
    'x-forwarded-proto': 'https',
  };

  it('use the address the proxy was asked for when the proxy is trusted by its address', async () => {
    // The test client's requests come from 127.0.0.1.
    const { t, admin } = await installation({ TRUST_PROXY: '127.0.0.1' });
    const answer = await admin.get('/api/settings/public-url', forwarded);
    expect(answer.json()).toEqual({ url: 'https://parcours.example.org', source: 'request' });
    await t.close();
  });

  it('ignore X-Forwarded-Host from a proxy trusted by hop count only, and warn', async () => {
    const { t, admin } = await installation({ TRUST_PROXY: '1' });
    const answer = await admin.get('/api/settings/public-url', forwarded);
    expect(answer.json()).toEqual({ url: 'http://127.0.0.1:3000', source: 'loopback' });
    await t.close();
  });
});
