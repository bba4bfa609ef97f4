import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isUnreachableHost, publicUrlFor } from './public-url.ts';

describe('public links', () => {
  it('knows the addresses that reach this machine only', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['[::1]', '::1', '::ffff:127.0.0.1', 'localhost.'])
      expect(isLoopbackHost(host), host).toBe(true);
    // Listening on every interface is not loopback, but no link can point to it.
    for (const host of ['0.0.0.0', '[::]']) {
      expect(isLoopbackHost(host), host).toBe(false);
      expect(isUnreachableHost(host), host).toBe(true);
    }
    expect(isUnreachableHost('127.0.0.1')).toBe(true);
    expect(isUnreachableHost('192.168.1.20')).toBe(false);
    for (const host of ['192.168.1.20', '10.0.0.5', 'parcours.example.org', '[2001:db8::1]'])
      expect(isLoopbackHost(host), host).toBe(false);
    expect(isLoopbackHost('localhost.example.org')).toBe(false);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });

  it('uses PUBLIC_URL when set, else the address the browser used, flagged when loopback', () => {
    expect(
      publicUrlFor('https://enquete.example.org/', { protocol: 'http', host: '127.0.0.1:3000' }),
    ).toEqual({ url: 'https://enquete.example.org', source: 'configured' });
    expect(publicUrlFor(undefined, { protocol: 'http', host: '192.168.1.20:3000' })).toEqual({
      url: 'http://192.168.1.20:3000',
      source: 'request',
    });
    expect(publicUrlFor(undefined, { protocol: 'http', host: '127.0.0.1:3000' })).toEqual({
      url: 'http://127.0.0.1:3000',
      source: 'loopback',
    });
    expect(publicUrlFor(undefined, { protocol: 'http', host: '[::1]:3000' }).source).toBe(
      'loopback',
    );
    expect(publicUrlFor(undefined, { protocol: 'https', host: 'parcours.example.org' })).toEqual({
      url: 'https://parcours.example.org',
      source: 'request',
    });
  });
});
