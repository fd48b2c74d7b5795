import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { auth } from './config';
import type { Role } from './permissions';

export type AppSession = {
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  vrbDomains: ('FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY')[];
  managerId: string | null;
  locale: 'ko' | 'en';
};

/** Load the acting user as an AppSession (roles fresh from the database; null if disabled). */
export async function loadAppSession(userId: string): Promise<AppSession | null> {
  const u = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, roles: true, vrbDomains: true, managerId: true, locale: true, disabledAt: true },
  });
  if (!u || u.disabledAt) return null;
  return {
    userId: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles,
    vrbDomains: u.vrbDomains,
    managerId: u.managerId,
    locale: u.locale === 'en' ? 'en' : 'ko',
  };
}

/** The signed-in user of this request (cookie session), or null. Cached per request. */
export const getSession = cache(async (): Promise<AppSession | null> => {
  const s = await auth();
  const id = (s?.user as { id?: string } | undefined)?.id;
  return id ? loadAppSession(id) : null;
});

/** For pages and server actions: the session, or a redirect to /login. */
export async function requireSession(): Promise<AppSession> {
  const s = await getSession();
  if (!s) redirect('/login');
  return s;
}
