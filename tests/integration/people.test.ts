import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES, type Permission } from '@/lib/auth/permissions';
import { verifyPassword } from '@/lib/auth/password';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/users/route';
import { PATCH as patchRoute } from '@/app/api/v1/users/[id]/route';
import { POST as setupLinkRoute } from '@/app/api/v1/users/[id]/setup-link/route';
import { POST as passwordRoute } from '@/app/api/v1/me/password/route';
import { POST as teamRoute } from '@/app/api/v1/teams/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import {
  changePassword,
  completeSetup,
  createTeam,
  createUser as createUserCmd,
  resetPassword,
  updateUser,
} from '@/lib/server/commands/people';
import { hashSetupToken } from '@/lib/server/commands/people/shared';
import { DomainError } from '@/lib/server/errors';
import { createUser, sessionFor, TEST_PASSWORD, tokenFor } from '../factories';

// People administration on the real database: create/edit users with every rule refusal
// (nothing written), the one-time setup link, changing one's own password, and each route's roles.

type Handler = ((req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: Permission };
const GOOD = 'Tq9!vR2#mZ7@kP-tierline';

async function call(handler: Handler, token: string, body: unknown, params: Record<string, string> = {}, method = 'POST') {
  const res = await handler(
    new NextRequest('http://localhost:3000/api/v1/x', {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: res.status, json: await res.json() };
}

const counts = async () => ({
  users: await db.user.count(),
  tokens: await db.userSetupToken.count(),
  audits: await db.auditLog.count(),
});

async function refused(p: Promise<unknown>, code: string, key?: string) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e, 'should be refused').toBeInstanceOf(DomainError);
  expect((e as DomainError).code).toBe(code);
  if (key) expect((e as DomainError).key).toBe(key);
}

const tokenOf = (setupPath: string) => setupPath.replace('/setup/', '');

describe('create a user', () => {
  test('admin creates a VRB member with a domain, team and manager; a setup link (hash only stored); audit row', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const boss = await createUser({ roles: ['VRB_CHAIR'] });
    const team = await createTeam(db, sessionFor(admin), { name: '재무팀' });
    const r = await createUserCmd(db, sessionFor(admin), {
      name: '김재무',
      email: 'finance@acme.kr',
      roles: ['VRB_MEMBER'],
      vrbDomains: ['FINANCE'],
      teamId: team.id,
      managerId: boss.id,
    });
    expect(r.user).toMatchObject({
      email: 'finance@acme.kr',
      roles: ['VRB_MEMBER'],
      vrbDomains: ['FINANCE'],
      teamId: team.id,
      managerId: boss.id,
      version: 1,
    });
    expect(r.setupPath).toMatch(/^\/setup\/[A-Za-z0-9_-]{43}$/);
    const stored = await db.userSetupToken.findMany({ where: { userId: r.user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashSetupToken(tokenOf(r.setupPath)));
    expect(stored[0]!.tokenHash).not.toContain(tokenOf(r.setupPath));
    expect(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()).toBeGreaterThan(71.9 * 3600e3);
    expect(await db.auditLog.count({ where: { action: 'user.create', entityId: r.user.id } })).toBe(1);
  });

  test.each([
    ['duplicate email (any case)', { name: 'x', email: 'TAKEN@acme.kr', roles: ['SALES_REP'] }, 'CONFLICT', 'people.errors.emailTaken'],
    [
      'VRB domain without VRB_MEMBER',
      { name: 'x', email: 'n1@acme.kr', roles: ['SALES_REP'], vrbDomains: ['LEGAL'] },
      'UNPROCESSABLE',
      'people.errors.domainsNeedVrbMember',
    ],
    [
      'unknown manager',
      { name: 'x', email: 'n2@acme.kr', roles: ['SALES_REP'], managerId: '00000000-0000-4000-8000-000000000000' },
      'UNPROCESSABLE',
      'people.errors.unknownManager',
    ],
  ])('%s → refused, nothing written', async (_l, input, code, key) => {
    const admin = await createUser({ roles: ['ADMIN'] });
    await createUser({ email: 'taken@acme.kr' });
    const before = await counts();
    await refused(createUserCmd(db, sessionFor(admin), input as never), code, key);
    expect(await counts()).toEqual(before);
  });

  test('a non-admin is refused inside the command', async () => {
    const rep = await createUser({ roles: ['SALES_MANAGER'] });
    await refused(createUserCmd(db, sessionFor(rep), { name: 'x', email: 'x@acme.kr', roles: ['SALES_REP'] }), 'FORBIDDEN');
  });
});

describe('edit a user', () => {
  test('every field, version CAS (stale → 409 with the current user), audit of changed keys', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const mgr = await createUser({ roles: ['SALES_MANAGER'] });
    const team = await createTeam(db, sessionFor(admin), { name: '영업1팀' });
    const u = await createUser({ roles: ['SALES_REP'] });
    const after = await updateUser(db, sessionFor(admin), u.id, {
      name: '새 이름',
      email: 'new@acme.kr',
      roles: ['SALES_REP', 'VRB_MEMBER'],
      vrbDomains: ['TECHNOLOGY'],
      teamId: team.id,
      managerId: mgr.id,
      version: 1,
    });
    expect(after).toMatchObject({
      name: '새 이름',
      email: 'new@acme.kr',
      vrbDomains: ['TECHNOLOGY'],
      teamId: team.id,
      managerId: mgr.id,
      version: 2,
    });
    const log = await db.auditLog.findFirst({ where: { action: 'user.update', entityId: u.id } });
    expect(Object.keys(log!.after as object).sort()).toEqual(['email', 'managerId', 'name', 'roles', 'teamId', 'vrbDomains']);
    const e = await updateUser(db, sessionFor(admin), u.id, { name: 'stale', version: 1 }).catch((x) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe('CONFLICT');
    expect(e.details).toMatchObject({ name: '새 이름', version: 2 });
    expect((await db.user.findUnique({ where: { id: u.id } }))!.name).toBe('새 이름');
  });

  test('manager cycle A → B → A refused, nothing written', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const a = await createUser({ roles: ['SALES_MANAGER'] });
    const b = await createUser({ roles: ['SALES_MANAGER'], managerId: a.id });
    const c = await createUser({ roles: ['SALES_REP'], managerId: b.id });
    const before = await counts();
    await refused(updateUser(db, sessionFor(admin), a.id, { managerId: b.id, version: 1 }), 'UNPROCESSABLE', 'people.errors.managerCycle');
    await refused(updateUser(db, sessionFor(admin), a.id, { managerId: c.id, version: 1 }), 'UNPROCESSABLE', 'people.errors.managerCycle');
    await refused(updateUser(db, sessionFor(admin), a.id, { managerId: a.id, version: 1 }), 'UNPROCESSABLE', 'people.errors.selfManager');
    expect(await counts()).toEqual(before);
    expect((await db.user.findUnique({ where: { id: a.id } }))!.managerId).toBeNull();
  });

  test('the last admin cannot remove their own admin role nor be disabled; with a second admin they can', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    await createUser({ roles: ['ADMIN'], disabled: true }); // a disabled admin does not count
    await refused(
      updateUser(db, sessionFor(admin), admin.id, { roles: ['EXECUTIVE'], version: 1 }),
      'UNPROCESSABLE',
      'people.errors.lastAdmin',
    );
    const other = await createUser({ roles: ['ADMIN'] });
    const demoted = await updateUser(db, sessionFor(other), admin.id, { roles: ['EXECUTIVE'], version: 1 });
    expect(demoted.roles).toEqual(['EXECUTIVE']);
    // now `other` is the only admin: disabling them by the (no longer admin) first user is not possible,
    // and `other` may not drop ADMIN either
    await refused(
      updateUser(db, sessionFor(other), other.id, { roles: ['EXECUTIVE'], version: 1 }),
      'UNPROCESSABLE',
      'people.errors.lastAdmin',
    );
    await refused(updateUser(db, sessionFor(other), other.id, { disabled: true, version: 1 }), 'UNPROCESSABLE', 'cannotDisableSelf');
  });

  test('a VRB domain on a user without VRB_MEMBER refused; dropping VRB_MEMBER drops the domains; duplicate email 409', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const u = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] });
    await createUser({ email: 'dup@acme.kr' });
    await refused(
      updateUser(db, sessionFor(admin), u.id, { roles: ['SALES_REP'], vrbDomains: ['FINANCE'], version: 1 }),
      'UNPROCESSABLE',
      'people.errors.domainsNeedVrbMember',
    );
    await refused(updateUser(db, sessionFor(admin), u.id, { email: 'dup@acme.kr', version: 1 }), 'CONFLICT', 'people.errors.emailTaken');
    const r = await updateUser(db, sessionFor(admin), u.id, { roles: ['SALES_REP'], version: 1 });
    expect(r.vrbDomains).toEqual([]);
  });

  test('disable ends sessions and tokens; enable again', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const u = await createUser({ roles: ['SALES_REP'] });
    await db.session.create({ data: { sessionToken: 's-1', userId: u.id, expires: new Date(Date.now() + 3600e3) } });
    await tokenFor(u.id);
    const d = await updateUser(db, sessionFor(admin), u.id, { disabled: true, version: 1 });
    expect(d.disabledAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.apiToken.count({ where: { userId: u.id, revokedAt: null } })).toBe(0);
    const e = await updateUser(db, sessionFor(admin), u.id, { disabled: false, version: 2 });
    expect(e.disabledAt).toBeNull();
  });
});

describe('setup link', () => {
  async function newUser() {
    const admin = await createUser({ roles: ['ADMIN'] });
    const r = await createUserCmd(db, sessionFor(admin), { name: '박설정', email: 'setup@acme.kr', roles: ['SALES_REP'] });
    return { admin, ...r, token: tokenOf(r.setupPath) };
  }

  test('sets the password once; a second use is refused; sign-in works with the new password', async () => {
    const { user, token } = await newUser();
    await db.session.create({ data: { sessionToken: 'old', userId: user.id, expires: new Date(Date.now() + 3600e3) } });
    await completeSetup(db, { token, password: GOOD, confirm: GOOD });
    const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(GOOD, row!.passwordHash)).toBe(true);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await refused(completeSetup(db, { token, password: GOOD + 'x', confirm: GOOD + 'x' }), 'UNPROCESSABLE', 'people.errors.setup.used');
    const again = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    expect(again!.passwordHash).toBe(row!.passwordHash);
  });

  test.each([
    ['too short', 'Ab1!xyz', 'people.errors.password.tooShort'],
    ['guessable', 'password1234', 'people.errors.password.tooGuessable'],
    ['keyboard pattern', '1q2w3e4r5t6y', 'people.errors.password.tooGuessable'],
  ])('%s password refused; the link stays usable', async (_l, pw, key) => {
    const { user, token } = await newUser();
    await refused(completeSetup(db, { token, password: pw, confirm: pw }), 'UNPROCESSABLE', key);
    expect((await db.userSetupToken.findFirst({ where: { userId: user.id } }))!.usedAt).toBeNull();
    await completeSetup(db, { token, password: GOOD, confirm: GOOD });
  });

  test('expired (72 h) and unknown links refused; a reset voids the earlier link', async () => {
    const { admin, user, token } = await newUser();
    await db.userSetupToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await refused(completeSetup(db, { token, password: GOOD, confirm: GOOD }), 'UNPROCESSABLE', 'people.errors.setup.expired');
    await refused(
      completeSetup(db, { token: 'x'.repeat(43), password: GOOD, confirm: GOOD }),
      'UNPROCESSABLE',
      'people.errors.setup.unknown',
    );
    const first = await resetPassword(db, sessionFor(admin), user.id);
    const second = await resetPassword(db, sessionFor(admin), user.id);
    await refused(
      completeSetup(db, { token: tokenOf(first.setupPath), password: GOOD, confirm: GOOD }),
      'UNPROCESSABLE',
      'people.errors.setup.used',
    );
    await completeSetup(db, { token: tokenOf(second.setupPath), password: GOOD, confirm: GOOD });
    expect(await db.auditLog.count({ where: { action: 'user.setup_link', entityId: user.id } })).toBe(2);
  });

  test('two concurrent uses of one link: exactly one wins', async () => {
    const { token } = await newUser();
    const results = await Promise.allSettled([
      completeSetup(db, { token, password: GOOD, confirm: GOOD }),
      completeSetup(db, { token, password: GOOD + '!', confirm: GOOD + '!' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('change own password', () => {
  test('current password required; other sessions end, this one stays', async () => {
    const u = await createUser({ roles: ['EXECUTIVE'] });
    for (const t of ['mine', 'other-1', 'other-2'])
      await db.session.create({ data: { sessionToken: t, userId: u.id, expires: new Date(Date.now() + 3600e3) } });
    await refused(
      changePassword(db, sessionFor(u), { currentPassword: 'wrong', newPassword: GOOD, confirm: GOOD }, 'mine'),
      'UNPROCESSABLE',
      'people.errors.password.currentWrong',
    );
    await refused(
      changePassword(db, sessionFor(u), { currentPassword: TEST_PASSWORD, newPassword: 'qwertyuiopas', confirm: 'qwertyuiopas' }, 'mine'),
      'UNPROCESSABLE',
      'people.errors.password.tooGuessable',
    );
    await refused(
      changePassword(db, sessionFor(u), { currentPassword: TEST_PASSWORD, newPassword: GOOD, confirm: 'other' }, 'mine'),
      'UNPROCESSABLE',
      'people.errors.password.mismatch',
    );
    expect(await db.session.count({ where: { userId: u.id } })).toBe(3);
    const r = await changePassword(db, sessionFor(u), { currentPassword: TEST_PASSWORD, newPassword: GOOD, confirm: GOOD }, 'mine');
    expect(r.endedSessions).toBe(2);
    expect((await db.session.findMany({ where: { userId: u.id } })).map((s) => s.sessionToken)).toEqual(['mine']);
    const row = await db.user.findUnique({ where: { id: u.id }, select: { passwordHash: true } });
    expect(await verifyPassword(GOOD, row!.passwordHash)).toBe(true);
  });
});

describe('routes', () => {
  test('POST /api/v1/users → 201 { user, setupUrl }; 409 duplicate; 400 unknown field; PATCH stale → 409', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const token = await tokenFor(admin.id);
    const body = { name: '이영업', email: 'rep@acme.kr', roles: ['SALES_REP'] };
    const created = await call(createRoute, token, body);
    expect(created.status).toBe(201);
    expect(created.json.setupUrl).toMatch(/^http:\/\/localhost:3000\/setup\/[A-Za-z0-9_-]{43}$/);
    expect(created.json.user).toMatchObject({ email: 'rep@acme.kr', version: 1 });
    expect((await call(createRoute, token, body)).status).toBe(409);
    expect((await call(createRoute, token, { ...body, email: 'b@acme.kr', admin: true })).status).toBe(400);
    expect((await call(createRoute, token, { ...body, email: 'not-an-email' })).status).toBe(400);
    const id = created.json.user.id;
    const ok = await call(patchRoute, token, { name: '이영업2', version: 1 }, { id }, 'PATCH');
    expect(ok.status).toBe(200);
    const stale = await call(patchRoute, token, { name: 'x', version: 1 }, { id }, 'PATCH');
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ name: '이영업2', version: 2 });
    const link = await call(setupLinkRoute, token, {}, { id });
    expect(link.status).toBe(201);
    expect(link.json.setupUrl).toContain('/setup/');
    const list = await call(listRoute, token, undefined, {}, 'GET');
    expect(list.json.data.map((u: { email: string }) => u.email)).toContain('rep@acme.kr');
    expect((await call(teamRoute, token, { name: '영업2팀' })).status).toBe(201);
    expect((await call(teamRoute, token, { name: '영업2팀' })).status).toBe(409);
  });

  test.each([
    ['POST /users', createRoute, { name: 'x', email: 'x@acme.kr', roles: ['SALES_REP'] }],
    ['POST /teams', teamRoute, { name: 't' }],
  ])('%s: only admins; everyone else 403 and nothing written', async (_l, route, body) => {
    for (const role of ROLES) {
      const u = await createUser({ roles: [role] });
      const token = await tokenFor(u.id);
      const before = await counts();
      const r = await call(route as Handler, token, body);
      if (can([role], 'users:manage')) {
        expect(r.status).toBe(201);
        await db.user.deleteMany({ where: { email: 'x@acme.kr' } });
        await db.team.deleteMany({ where: { name: 't' } });
      } else {
        expect(r.status, role).toBe(403);
        expect(await counts()).toEqual(before);
      }
    }
  });

  test('POST /api/v1/me/password works for every role', async () => {
    for (const role of ROLES) {
      const u = await createUser({ roles: [role] });
      const r = await call(passwordRoute, await tokenFor(u.id), { currentPassword: TEST_PASSWORD, newPassword: GOOD, confirm: GOOD });
      expect(r.status, role).toBe(200);
    }
  });

  test('OpenAPI lists the people operations', async () => {
    const doc = await (await openapi()).json();
    expect(doc.paths['/api/v1/users'].post).toBeTruthy();
    expect(doc.paths['/api/v1/users/{id}'].patch).toBeTruthy();
    expect(doc.paths['/api/v1/users/{id}/setup-link'].post).toBeTruthy();
    expect(doc.paths['/api/v1/me/password'].post).toBeTruthy();
  });
});
