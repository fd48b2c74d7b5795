import type { Role } from './permissions';

// The acting user as every command sees it, built from one user row. Shared by the cookie
// session (read through the Auth.js adapter in the same query as the session row) and API
// tokens (lib/server/api-auth.ts).

export type AppSession = {
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  vrbDomains: ('FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY')[];
  managerId: string | null;
  locale: 'ko' | 'en';
};

/** The User columns an AppSession needs (a Prisma `select`). */
export const APP_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  roles: true,
  vrbDomains: true,
  managerId: true,
  locale: true,
  disabledAt: true,
} as const;

type AppUserRow = {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  vrbDomains: AppSession['vrbDomains'];
  managerId: string | null;
  locale: string;
  disabledAt: Date | null;
};

/** null for a disabled user: disabling ends every session and token at once. */
export function toAppSession(u: AppUserRow | null): AppSession | null {
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
