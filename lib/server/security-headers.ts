// Response headers for security, decided per request (the proxy for pages, the API wrapper for
// /api/v1). Pure string building: no Next, no database.
import { isHttpsDeployment } from '@/lib/auth/cookie';

/** Nonce-based CSP for pages (Next's documented proxy pattern): no 'unsafe-inline' for scripts. */
export function pageCsp(nonce: string, dev = process.env.NODE_ENV === 'development') {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // style attributes (recharts, Radix) cannot carry a nonce; styles cannot run code
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** HSTS when the public URL is https (two years, subdomains); nothing over plain http. */
export function hstsHeader(): [string, string] | null {
  return isHttpsDeployment() ? ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] : null;
}
