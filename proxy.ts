import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookie';
import { hstsHeader, pageCsp } from '@/lib/server/security-headers';

// Pages (API routes answer for themselves in lib/server/api.ts; the proxy only screens their paths):
// 1. a fresh nonce per request and the nonce-based Content-Security-Policy (Next reads the
//    request's CSP header and puts the nonce on its own scripts; pages are rendered per request);
//    HSTS when the public URL is https;
// 2. a convenience redirect to /login when there is no session cookie at all. It is never the
//    authorization layer: every page, server action and API route checks the session and the role
//    itself (lib/server/action.ts, lib/server/api.ts).
const PUBLIC = /^\/(login|setup)(\/|$)/; // sign-in and the one-time password setup link

// A path whose percent-escapes are not UTF-8 (`/api/v1/opportunities/%ED%BF%BF/economics`, a lone
// surrogate) made Next answer 500 while decoding the route's params: refuse it here, before routing.
function malformedPath(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(req: NextRequest) {
  if (malformedPath(req.nextUrl.pathname)) {
    return NextResponse.json(
      { error: { code: 'VALIDATION', message: 'Malformed URL path' } },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  if (req.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
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
    // API routes answer for themselves; the proxy only refuses their malformed paths (above)
    '/api/:path*',
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|fonts|.*\\.(?:png|svg|ico|woff2?)$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
