/**
 * Where the public links (questionnaire link, QR code, poster) point, and how far that can be
 * trusted: `configured` is PUBLIC_URL; `request` is the address the browser used, which
 * others can reach when they share its network; `loopback` is this computer only
 * (localhost, 127.x, ::1): a phone scanning the QR code cannot open it.
 */
export type PublicUrlSource = 'configured' | 'request' | 'loopback';

const bare = (hostname: string) =>
  hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

/** True for names and addresses that reach only the machine itself (localhost, 127.x, ::1). */
export function isLoopbackHost(hostname: string): boolean {
  const host = bare(hostname);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(host) || host === '::1') return true;
  return /^::ffff:127(\.\d{1,3}){3}$/.test(host) || host === '::ffff:7f00:1';
}

/** True when no other device can open a link to this host: loopback, or 0.0.0.0 / ::. */
export function isUnreachableHost(hostname: string): boolean {
  const host = bare(hostname);
  return isLoopbackHost(host) || host === '0.0.0.0' || host === '::';
}

/**
 * The base (scheme, host, port; no trailing slash) of the public links: PUBLIC_URL when
 * configured, else the address of the request (its Host header, or X-Forwarded-Host behind
 * a trusted proxy) — marked `loopback` when that reaches this machine only.
 */
export function publicUrlFor(
  configured: string | undefined,
  request: { protocol: string; host: string },
): { url: string; source: PublicUrlSource } {
  if (configured) return { url: configured.replace(/\/+$/, ''), source: 'configured' };
  const url = `${request.protocol}://${request.host}`;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return { url, source: 'loopback' };
  }
  return { url, source: isUnreachableHost(hostname) ? 'loopback' : 'request' };
}
