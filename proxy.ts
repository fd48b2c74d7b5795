import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookie';
import { hstsHeader, pageCsp } from '@/lib/server/security-headers';

// Pages only (API routes answer for themselves in lib/server/api.ts):
// 1. a fresh nonce per request and the nonce-based Content-Security-Policy (Next reads the
//    request's CSP header and puts the nonce on its own scripts; pages are rendered per request);
//    HSTS when the public URL is https;
// 2. a convenience redirect to /login when there is no session cookie at all. It is never the
//    authorization layer: every page, server action and API route checks the session and the role
//    itself (lib/server/action.ts, lib/server/api.ts).
const PUBLIC = /^\/(login|setup)(\/|$)/; // sign-in and the one-time password setup link

export function proxy(req: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = pageCsp(nonce);
  const hsts = hstsHeader();
  let res: NextResponse;
  if (req.cookies.has(sessionCookieName()) || PUBLIC.test(req.nextUrl.pathname)) {
    const headers = new Headers(req.headers);
    headers.set('x-nonce', nonce);
    headers.set('Content-Security-Policy', csp);
    res = NextResponse.next({ request: { headers } });
  } else {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.search = req.nextUrl.pathname === '/' ? '' : `?next=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    res = NextResponse.redirect(url);
  }
  res.headers.set('Content-Security-Policy', csp);
  if (hsts) res.headers.set(...hsts);
  return res;
}

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|fonts|.*\\.(?:png|svg|ico|woff2?)$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
