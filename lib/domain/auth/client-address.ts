// Which address a request comes from (pure). The socket peer is the only address nobody can
// forge; X-Forwarded-For is believed only as far as the hops that are configured trusted proxies
// (TRUSTED_PROXIES, default none): walking the chain right to left, the first hop that is not a
// trusted proxy is the client. Without trusted proxies, X-Forwarded-For is ignored.

export type Cidr = { bytes: number[]; bits: number };

function ipBytes(ip: string): number[] | null {
  const s = ip.trim().replace(/^\[|\]$/g, '');
  const v4 = s.replace(/^::ffff:/i, '');
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) {
    const b = v4.split('.').map(Number);
    return b.every((x) => x <= 255) ? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, ...b] : null;
  }
  if (!/^[0-9a-f:]+$/i.test(s) || !s.includes(':')) return null;
  const [head, tail, ...rest] = s.split('::');
  if (rest.length) return null;
  const h = head ? head.split(':') : [];
  const t = tail !== undefined ? (tail ? tail.split(':') : []) : null;
  const groups = t === null ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 255];
  });
}

/** A normalised address (IPv4-mapped IPv6 → IPv4), or null when it is not an IP address. */
export function normalizeIp(ip: string): string | null {
  const b = ipBytes(ip);
  if (!b) return null;
  const v4mapped = b.slice(0, 10).every((x) => x === 0) && b[10] === 255 && b[11] === 255;
  if (v4mapped) return b.slice(12).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i]! << 8) | b[i + 1]!).toString(16));
  return groups.join(':');
}

/** "10.0.0.0/8, 192.168.1.7, ::1" → CIDRs; entries that are not addresses are ignored. */
export function parseTrustedProxies(list: string | undefined): Cidr[] {
  return (list ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .flatMap((entry) => {
      const [ip, len] = entry.split('/');
      const bytes = ipBytes(ip!);
      if (!bytes) return [];
      const isV4 = /^\d/.test(ip!.trim());
      const bits = len === undefined ? 128 : Number(len) + (isV4 ? 96 : 0);
      return Number.isInteger(bits) && bits >= 0 && bits <= 128 ? [{ bytes, bits }] : [];
    });
}

function inCidr(ip: string, c: Cidr): boolean {
  const b = ipBytes(ip);
  if (!b) return false;
  for (let bit = 0; bit < c.bits; bit++) {
    const i = bit >> 3;
    const m = 0x80 >> (bit & 7);
    if ((b[i]! & m) !== (c.bytes[i]! & m)) return false;
  }
  return true;
}

/**
 * The client address: `peer` is the socket's remote address; `forwardedFor` the X-Forwarded-For
 * header. Returns 'unknown' when the peer is not known.
 */
export function clientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: Cidr[]): string {
  const p = peer ? normalizeIp(peer) : null;
  if (!p) return 'unknown';
  const isTrusted = (ip: string) => trusted.some((c) => inCidr(ip, c));
  if (!isTrusted(p) || !forwardedFor) return p;
  const hops = forwardedFor
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  let client = p;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]!);
    if (!hop) break; // garbage in the chain: stop at the last address we could trust
    client = hop;
    if (!isTrusted(hop)) break;
  }
  return client;
}
