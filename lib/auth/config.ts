import 'server-only';
import NextAuth from 'next-auth';
import type { Adapter, AdapterSession, AdapterUser } from 'next-auth/adapters';
import { db } from '@/lib/db/client';
import { APP_USER_SELECT, toAppSession, type AppSession } from './app-session';
import { isHttpsDeployment, sessionCookieName } from './cookie';

// Database sessions, read by Auth.js through this small adapter. Sign-in itself is our own
// server action (lib/server/commands/sign-in.ts) because Auth.js refuses database sessions with
// the credentials provider: it verifies the password, writes the Session row and sets the
// cookie. Deleting the row — sign-out, or disabling the user — ends the session at once.
// See docs/decisions/004-auth-database-sessions.md.

export const SESSION_COOKIE = sessionCookieName(); // `__Host-` prefixed on https (lib/auth/cookie.ts)
export const SESSION_MAX_AGE_S = 60 * 60 * 24 * 14; // 14 days, extended on use

const toAdapterUser = (u: { id: string; email: string; name: string }): AdapterUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  emailVerified: null,
});

const adapter: Adapter = {
  // one query per request: the session row with every user column the request needs (roles are
  // read fresh each time, so a role change or a disable applies at once)
  async getSessionAndUser(sessionToken) {
    const row = await db.session.findUnique({ where: { sessionToken }, include: { user: { select: APP_USER_SELECT } } });
    const app = toAppSession(row?.user ?? null);
    if (!row || !app || row.expires < new Date()) return null;
    return {
      session: { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires },
      user: { ...toAdapterUser(row.user), app },
    };
  },
  async updateSession(s) {
    const row = await db.session.update({
      where: { sessionToken: s.sessionToken },
      data: { expires: s.expires },
    });
    return { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires } satisfies AdapterSession;
  },
  async deleteSession(sessionToken) {
    await db.session.deleteMany({ where: { sessionToken } });
  },
  async getUser(id) {
    const u = await db.user.findUnique({ where: { id } });
    return u ? toAdapterUser(u) : null;
  },
  async getUserByEmail(email) {
    const u = await db.user.findUnique({ where: { email } });
    return u ? toAdapterUser(u) : null;
  },
  async createSession(s) {
    const row = await db.session.create({ data: { sessionToken: s.sessionToken, userId: s.userId, expires: s.expires } });
    return { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires };
  },
  // Auth.js requires these for the database strategy. Users are created by admins (Settings,
  // create-admin) and there are no OAuth accounts to link, so Auth.js never reaches them.
  async getUserByAccount() {
    return null;
  },
  async createUser() {
    throw new Error('users are created by an admin, not by Auth.js');
  },
  async updateUser(u) {
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    return toAdapterUser(row);
  },
  async linkAccount() {
    throw new Error('no OAuth accounts');
  },
};

const secureCookie = isHttpsDeployment();

export const { auth, handlers, signOut } = NextAuth({
  adapter,
  providers: [],
  session: { strategy: 'database', maxAge: SESSION_MAX_AGE_S, updateAge: 60 * 60 * 24 },
  trustHost: true,
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookie },
    },
  },
  pages: { signIn: '/login' },
  callbacks: {
    // the AppSession the adapter built travels inside the session object; /api/auth/session
    // would show signed-in users only their own name, roles and locale
    session: ({ session, user }) =>
      ({
        ...session,
        user: { id: user.id, email: user.email, name: user.name ?? '' },
        app: (user as AdapterUser & { app?: AppSession }).app,
      }) as never,
  },
  logger: {
    error: (e) => console.error(JSON.stringify({ level: 'error', msg: 'auth', name: e.name })),
    warn: () => {},
    debug: () => {},
  },
});

export { secureCookie };
