import { randomBytes, scryptSync } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';
import pg from 'pg';
import { e2eDatabaseUrl } from './env';
import { insertSession, insertUser } from '../factories/rows';

// Fixtures: a pg pool on the e2e database, and `login(roles)` which creates a user, inserts a
// database session and sets the session cookie — the same row the sign-in action writes.
export type Role = 'ADMIN' | 'EXECUTIVE' | 'SALES_MANAGER' | 'SALES_REP' | 'MARKETER' | 'VRB_MEMBER' | 'VRB_CHAIR';
const SESSION_COOKIE = 'tierline.session-token';

let pool: pg.Pool | null = null;
export const e2eDb = () => (pool ??= new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 4 }));

export function testPasswordHash(password: string) {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 16384, r: 8, p: 1 });
  return ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function createTestUser(opts: { roles: Role[]; name?: string; vrbDomains?: string[]; password?: string; managerId?: string }) {
  const id = randomBytes(4).toString('hex');
  const email = `e2e-${id}@test.local`;
  const name = opts.name ?? `E2E ${opts.roles[0]} ${id}`;
  const user = await insertUser(e2eDb(), {
    email,
    name,
    passwordHash: testPasswordHash(opts.password ?? 'e2e-password'),
    roles: opts.roles,
    vrbDomains: opts.vrbDomains,
    managerId: opts.managerId,
  });
  return { id: user.id, email, name };
}

export async function loginAs(page: Page, user: { id: string }) {
  const token = randomBytes(32).toString('base64url');
  await insertSession(e2eDb(), { sessionToken: token, userId: user.id });
  await page
    .context()
    .addCookies([{ name: SESSION_COOKIE, value: token, domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax' }]);
  return token;
}

type Fixtures = {
  login: (roles: Role[], opts?: { name?: string; vrbDomains?: string[] }) => Promise<{ id: string; email: string; name: string }>;
};

export const test = base.extend<Fixtures>({
  login: async ({ page }, use) => {
    const created: string[] = [];
    await use(async (roles, opts) => {
      const u = await createTestUser({ roles, ...opts });
      created.push(u.id);
      await loginAs(page, u);
      return u;
    });
    // sessions cascade with the user; data the test made under this user stays (other tests ignore it)
    if (created.length) await e2eDb().query(`DELETE FROM "Session" WHERE "userId" = ANY($1::uuid[])`, [created]);
  },
});

export { expect };
