import { describe, expect, test } from 'vitest';
import { clientAddress, normalizeIp, parseTrustedProxies } from './client-address';

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const lb = parseTrustedProxies('10.0.0.0/8, ::1');
  test.each([
    // [peer, X-Forwarded-For, trusted, expected]
    ['203.0.113.9', '1.2.3.4', none, '203.0.113.9'], // no trusted proxies: the header is ignored
    ['::ffff:203.0.113.9', null, none, '203.0.113.9'],
    ['10.0.0.5', '198.51.100.7', lb, '198.51.100.7'], // the load balancer says who called it
    ['10.0.0.5', '6.6.6.6, 198.51.100.7', lb, '198.51.100.7'], // a forged left part is not believed
    ['10.0.0.5', '198.51.100.7, 10.0.0.9', lb, '198.51.100.7'], // two trusted hops
    ['203.0.113.9', '198.51.100.7', lb, '203.0.113.9'], // an untrusted peer cannot speak for others
    ['10.0.0.5', 'garbage', lb, '10.0.0.5'],
    ['::1', '2001:db8::1', lb, '2001:db8:0:0:0:0:0:1'],
    [null, '1.2.3.4', lb, 'unknown'],
    ['not-an-ip', null, none, 'unknown'],
  ])('peer %s, XFF %s → %s', (peer, xff, trusted, expected) => {
    expect(clientAddress(peer, xff, trusted)).toBe(expected);
  });

  test('parses lists and skips junk', () => {
    expect(parseTrustedProxies('10.0.0.0/8,junk, 192.168.0.1 ,::1/128')).toHaveLength(3);
    expect(normalizeIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeIp('1.2.3.999')).toBeNull();
  });
});
