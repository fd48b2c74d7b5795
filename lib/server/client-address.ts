import 'server-only';
import { clientAddress, parseTrustedProxies } from '@/lib/domain/auth/client-address';

// The client address of a request, for rate limits and the audit trail. The socket's remote
// address reaches the app as PEER_HEADER, stamped on every request by the server process itself
// (instrumentation.ts overwrites whatever a client sent); X-Forwarded-For counts only through the
// configured TRUSTED_PROXIES (comma-separated addresses or CIDRs; default none).

export const PEER_HEADER = 'x-tierline-peer';

const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

export function requestAddress(headers: Headers): string {
  return clientAddress(headers.get(PEER_HEADER), headers.get('x-forwarded-for'), trusted);
}
