import 'server-only';
import { cache } from 'react';
import { forbidden, redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { auth } from './config';
import { can, type Permission } from './permissions';
import { APP_USER_SELECT, toAppSession, type AppSession } from './app-session';

export type { AppSession } from './app-session';

/** Load the acting user as an AppSession (roles fresh from the database; null if disabled). */
export async function loadAppSession(userId: string): Promise<AppSession | null> {
  return toAppSession(await db.user.findUnique({ where: { id: userId }, select: APP_USER_SELECT }));
}

/** The signed-in user of this request (cookie session), or null. Cached per request. */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const s = (await auth()) as { app?: AppSession } | null;
  return s?.app ?? null; // built by the adapter in the session query (lib/auth/config.ts)
});

/** For pages and server actions: the session, or a redirect to /login. */
export async function requireSession(): Promise<AppSession> {
  const s = await getSession();
  if (!s) redirect('/login');
  return s;
}

/**
 * For pages a role may not use: the session, or Next's forbidden() — the one "권한이 없습니다" page
 * (app/forbidden.tsx, HTTP 403 before streaming) for every such page, never a 404 (issue 14).
 */
export async function requirePermission(permission: Permission): Promise<AppSession> {
  const s = await requireSession();
  if (!can(s.roles, permission)) forbidden();
  return s;
}
