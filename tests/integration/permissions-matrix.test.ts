import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { can, PERMISSION_NAMES, ROLES, type Permission, type Role } from '@/lib/auth/permissions';
import { putEconomics, saveAssessment } from '@/lib/server/commands/vrb';
import { invoiceMilestone } from '@/lib/server/commands/receivables';
import { createExpert, linkExpert, unlinkExpert, updateExpert } from '@/lib/server/commands/tools';
import { runAction } from '@/lib/server/action';
import { apiRoute } from '@/lib/server/api';
import { audit } from '@/lib/server/audit';
import { createUser, sessionFor, tokenFor } from '../factories';

// Every role × permission pair, through the real wrappers every server action (runAction, the
// part of defineAction after requireSession) and every /api/v1 route (apiRoute, with a real
// token looked up in the database) go through. A refused call writes nothing.

const schema = z.strictObject({ note: z.string() });
const writeOne =
  (permission: Permission) =>
  async ({ session }: { session: { userId: string } }) => {
    await audit(db, { actorId: session.userId, action: `probe.${permission}`, entityType: 'Probe', entityId: permission });
    return { wrote: true };
  };

async function usersByRole() {
  return Promise.all(ROLES.map(async (role) => ({ role, user: await createUser({ roles: [role] }) })));
}

describe.each(PERMISSION_NAMES)('permission %s', (permission) => {
  test('server action wrapper: allowed roles run the command, others get FORBIDDEN and nothing is written', async () => {
    for (const { role, user } of await usersByRole()) {
      const before = await db.auditLog.count({ where: { action: `probe.${permission}` } });
      const r = await runAction(sessionFor(user), { schema, permission }, { note: 'x' }, writeOne(permission));
      const after = await db.auditLog.count({ where: { action: `probe.${permission}` } });
      if (can([role], permission)) {
        expect(r, `${role} should be allowed`).toEqual({ ok: true, data: { wrote: true } });
        expect(after).toBe(before + 1);
      } else {
        expect(r.ok, `${role} should be refused`).toBe(false);
        expect(r.ok === false && r.code).toBe('FORBIDDEN');
        expect(after).toBe(before);
      }
    }
  });

  test('API route wrapper: no token → 401, wrong role → 403, allowed → 200; refusals write nothing', async () => {
    const route = apiRoute({ permission, body: schema }, writeOne(permission));
    const call = (token?: string) =>
      route(
        new NextRequest('http://localhost/api/v1/probe', {
          method: 'POST',
          body: JSON.stringify({ note: 'x' }),
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        }),
        { params: Promise.resolve({}) },
      );
    const anon = await call();
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.code).toBe('UNAUTHENTICATED');
    expect((await call('tl_not-a-real-token')).status).toBe(401);
    for (const { role, user } of await usersByRole()) {
      const before = await db.auditLog.count({ where: { action: `probe.${permission}` } });
      const res = await call(await tokenFor(user.id));
      const after = await db.auditLog.count({ where: { action: `probe.${permission}` } });
      if (can([role], permission)) {
        expect(res.status, `${role} should be allowed`).toBe(200);
        expect(after).toBe(before + 1);
      } else {
        expect(res.status, `${role} should be refused`).toBe(403);
        expect((await res.json()).error).toMatchObject({ code: 'FORBIDDEN' });
        expect(after).toBe(before);
      }
    }
  });
});

describe('API wrapper input handling', () => {
  const route = apiRoute({ permission: 'lead:read', body: schema }, async () => ({ ok: true }));
  const call = (body: string, token: string, type = 'application/json') =>
    route(
      new NextRequest('http://localhost/api/v1/probe', {
        method: 'POST',
        body,
        headers: { 'content-type': type, authorization: `Bearer ${token}` },
      }),
      {
        params: Promise.resolve({}),
      },
    );

  test.each([
    ['malformed JSON', '{"note":', 400],
    ['wrong type', '{"note":1}', 400],
    ['unknown field', '{"note":"x","admin":true}', 400],
    ['not an object', '[1,2]', 400],
  ])('%s → %i', async (_l, body, status) => {
    const token = await tokenFor((await createUser({ roles: ['MARKETER'] })).id);
    const res = await call(body, token);
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error.code).toBe('VALIDATION');
    expect(json.error.message).toBeTruthy();
  });

  test('oversized body → 413; wrong media type → 415', async () => {
    const token = await tokenFor((await createUser({ roles: ['MARKETER'] })).id);
    expect((await call(JSON.stringify({ note: 'x'.repeat(1_100_000) }), token)).status).toBe(413);
    expect((await call('note=x', token, 'text/plain')).status).toBe(415);
  });

  test('a revoked token is refused', async () => {
    const u = await createUser({ roles: ['MARKETER'] });
    const token = await tokenFor(u.id);
    await db.apiToken.updateMany({ where: { userId: u.id }, data: { revokedAt: new Date() } });
    expect((await call('{"note":"x"}', token)).status).toBe(401);
  });

  test('an unexpected error is a generic 500 without internals', async () => {
    const boom = apiRoute({ permission: 'lead:read' }, async () => {
      throw new Error('secret internal detail at /work/main/lib/x.ts:1');
    });
    const token = await tokenFor((await createUser({ roles: ['MARKETER'] })).id);
    const res = await boom(new NextRequest('http://localhost/api/v1/probe', { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret');
    expect(text).not.toContain('.ts:');
  });
});

// Issue #11's permissions, pinned row by row (the table above only proves the wrappers follow
// `can`): who may fill the ROI calculator, score the assessment, and record invoices/collections —
// and the commands themselves refuse anyone else before reading anything.
describe('issue #11 rows: vrb:economics, vrb:assess, receivable:collect', () => {
  const rows: [Permission, Role[]][] = [
    ['vrb:economics', ['SALES_REP', 'SALES_MANAGER']],
    ['vrb:assess', ['SALES_REP', 'SALES_MANAGER', 'VRB_MEMBER', 'VRB_CHAIR', 'EXECUTIVE']],
    ['receivable:collect', ['SALES_REP', 'SALES_MANAGER', 'ADMIN', 'VRB_MEMBER']],
  ];
  test.each(rows)('%s is granted to exactly %j', (permission, granted) => {
    expect(ROLES.filter((r) => can([r], permission))).toEqual(ROLES.filter((r) => granted.includes(r)));
  });

  const id = '00000000-0000-4000-8000-000000000000';
  const commands: [Permission, (s: ReturnType<typeof sessionFor>) => Promise<unknown>][] = [
    [
      'vrb:economics',
      (s) =>
        putEconomics(db, s, id, {
          contractPrice: '1',
          hardwareCost: '0',
          softwareLicenseCost: '0',
          labor: [],
          subcontractCost: '0',
          otherCost: '0',
          contingency: '0',
        }),
    ],
    ['vrb:assess', (s) => saveAssessment(db, s, id, { scores: [{ criterion: 'SALES_CAPABILITY', score: 3 }] })],
    ['receivable:collect', (s) => invoiceMilestone(db, s, { id, invoicedAmount: '1', invoicedOn: '2026-01-01', version: 1 })],
  ];
  test.each(commands)('the %s command refuses every other role with FORBIDDEN', async (permission, run) => {
    for (const { role, user } of await usersByRole()) {
      if (can([role], permission)) continue;
      await expect(run(sessionFor(user)), role).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

// Issue #12's expert network (items 4 and 9): who may add and edit experts (tools:edit) and who may
// link them to deals (opportunity:edit); the commands refuse anyone else before reading anything.
describe('issue #12 rows: tools:edit and opportunity:edit for the expert network', () => {
  const rows: [Permission, Role[]][] = [
    ['tools:edit', ['SALES_REP', 'SALES_MANAGER', 'ADMIN']],
    ['opportunity:edit', ROLES.filter((r) => can([r], 'opportunity:edit'))],
  ];
  test.each(rows)('%s is granted to exactly %j', (permission, granted) => {
    expect(ROLES.filter((r) => can([r], permission))).toEqual(ROLES.filter((r) => granted.includes(r)));
  });

  const id = '00000000-0000-4000-8000-000000000000';
  const commands: [string, Permission, (s: ReturnType<typeof sessionFor>) => Promise<unknown>][] = [
    ['createExpert', 'tools:edit', (s) => createExpert(db, s, { name: '전문가', field: '보안', internal: false })],
    ['updateExpert', 'tools:edit', (s) => updateExpert(db, s, { expertId: id, version: 1, name: '전문가' })],
    ['linkExpert', 'opportunity:edit', (s) => linkExpert(db, s, { opportunityId: id, expertId: id })],
    ['unlinkExpert', 'opportunity:edit', (s) => unlinkExpert(db, s, { opportunityId: id, expertId: id })],
  ];
  test.each(commands)('%s (%s) refuses every other role with FORBIDDEN and writes nothing', async (_name, permission, run) => {
    for (const { role, user } of await usersByRole()) {
      if (can([role], permission)) continue;
      await expect(run(sessionFor(user)), role).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await db.expert.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: 'expert.' } } })).toBe(0);
  });
});
