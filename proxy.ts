import { NextResponse, type NextRequest } from 'next/server';

// Only a convenience redirect for pages when there is no session cookie at all. It is never the
// authorization layer: every page, server action and API route checks the session and the role
// itself (lib/server/action.ts, lib/server/api.ts).
const SESSION_COOKIE = 'tierline.session-token';

export function proxy(req: NextRequest) {
  if (req.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = '/login';
  url.search = req.nextUrl.pathname === '/' ? '' : `?next=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // pages only: API routes answer 401 themselves; static files and the login page pass
  matcher: ['/((?!api|_next|login|setup|favicon.ico|fonts|.*\\.(?:png|svg|ico|woff2?)$).*)'],
};
