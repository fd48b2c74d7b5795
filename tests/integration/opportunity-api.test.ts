import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET as list } from '@/app/api/v1/opportunities/route';
import { GET as getOne, PATCH } from '@/app/api/v1/opportunities/[id]/route';
import { POST as moveTier } from '@/app/api/v1/opportunities/[id]/tier/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { createOpportunity, createUser, tokenFor } from '../factories';

const call = async (
  handler: (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>,
  token: string,
  url: string,
  opts: { method?: string; body?: unknown; params?: Record<string, string> } = {},
) => {
  const res = await handler(
    new NextRequest(`http://localhost${url}`, {
      method: opts.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    }),
    { params: Promise.resolve(opts.params ?? {}) },
  );
  return { status: res.status, json: await res.json() };
};

describe('GET /api/v1/opportunities', () => {
  test('keyset pages with filters; every row once', async () => {
    const u = await createUser();
    const token = await tokenFor(u.id);
    for (let i = 0; i < 7; i++) await createOpportunity({ ownerId: u.id, tier: i % 2 ? 3 : 4 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r: { status: number; json: { items: { id: string; tier: number }[]; nextCursor: string | null } } = await call(
        list,
        token,
        `/api/v1/opportunities?tier=4&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(r.status).toBe(200);
      expect(r.json.items.every((x) => x.tier === 4)).toBe(true);
      seen.push(...r.json.items.map((x) => x.id));
      cursor = r.json.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  test.each([
    ['tier=9', 400],
    ['limit=0', 400],
    ['cursor=not-a-uuid', 400],
    ['bogus=1', 400],
  ])('bad query %s → %i with fields', async (q, status) => {
    const u = await createUser();
    const r = await call(list, await tokenFor(u.id), `/api/v1/opportunities?${q}`);
    expect(r.status).toBe(status);
    expect(r.json.error.code).toBe('VALIDATION');
  });

  test('no token → 401', async () => {
    const res = await list(new NextRequest('http://localhost/api/v1/opportunities'), { params: Promise.resolve({}) });
    expect(res.status).toBe(401);
  });
});

describe('GET|PATCH /api/v1/opportunities/{id}', () => {
  test('PATCH with the current version updates; a stale version → 409 with the current record', async () => {
    const u = await createUser();
    const token = await tokenFor(u.id);
    const opp = await createOpportunity({ ownerId: u.id });
    const params = { id: opp.id };
    const ok = await call(PATCH, token, `/api/v1/opportunities/${opp.id}`, {
      method: 'PATCH',
      body: { version: 1, amount: '1,250,000,000', nextStep: '킥오프 미팅' },
      params,
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ amount: '1250000000', nextStep: '킥오프 미팅', version: 2 });
    const stale = await call(PATCH, token, `/api/v1/opportunities/${opp.id}`, {
      method: 'PATCH',
      body: { version: 1, nextStep: '덮어쓰기' },
      params,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('CONFLICT');
    expect(stale.json.current).toMatchObject({ id: opp.id, version: 2, nextStep: '킥오프 미팅' });
    expect((await call(getOne, token, `/api/v1/opportunities/${opp.id}`, { params })).json.nextStep).toBe('킥오프 미팅');
  });

  test.each([
    ['unknown field', { version: 1, tier: 1 }],
    ['bad amount', { version: 1, amount: '12억' }],
    ['bad date', { version: 1, expectedCloseDate: '2027-02-30' }],
    ['missing version', { nextStep: 'x' }],
  ])('PATCH %s → 400, nothing written', async (_l, body) => {
    const u = await createUser();
    const opp = await createOpportunity({ ownerId: u.id });
    const r = await call(PATCH, await tokenFor(u.id), `/api/v1/opportunities/${opp.id}`, { method: 'PATCH', body, params: { id: opp.id } });
    expect(r.status).toBe(400);
    expect(r.json.error.fields.length).toBeGreaterThan(0);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).version).toBe(1);
  });

  test('another rep\'s opportunity: readable, so PATCH → 403 (권한이 없습니다, not "not found"); a marketer → 403; a missing one → 404', async () => {
    const owner = await createUser();
    const other = await createUser();
    const marketer = await createUser({ roles: ['MARKETER'] });
    const opp = await createOpportunity({ ownerId: owner.id });
    const params = { id: opp.id };
    expect((await call(getOne, await tokenFor(other.id), `/api/v1/opportunities/${opp.id}`, { params })).status).toBe(200);
    const rename = async (userId: string) =>
      (
        await call(PATCH, await tokenFor(userId), `/api/v1/opportunities/${opp.id}`, {
          method: 'PATCH',
          body: { version: 1, name: 'x' },
          params,
        })
      ).status;
    expect(await rename(other.id)).toBe(403);
    expect(await rename(marketer.id)).toBe(403);
    expect(
      (
        await call(getOne, await tokenFor(other.id), `/api/v1/opportunities/00000000-0000-4000-8000-000000000000`, {
          params: { id: '00000000-0000-4000-8000-000000000000' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('POST /api/v1/opportunities/{id}/tier', () => {
  test('422 lists the unmet requirements; 200 returns the moved opportunity; 409 when stale', async () => {
    const u = await createUser();
    const token = await tokenFor(u.id);
    const opp = await createOpportunity({ ownerId: u.id, tier: 3 });
    const params = { id: opp.id };
    const url = `/api/v1/opportunities/${opp.id}/tier`;
    const unmet = await call(moveTier, token, url, { method: 'POST', body: { to: 2, version: 1 }, params });
    expect(unmet.status).toBe(422);
    expect(unmet.json.error.details.unmet.map((x: { id: string }) => x.id)).toEqual(['amount', 'expectedCloseDate', 'decisionMaker']);
    expect(unmet.json.error.fields.map((x: { path: string }) => x.path)).toEqual(['amount', 'expectedCloseDate', 'decisionMaker']);

    const down = await call(moveTier, token, url, { method: 'POST', body: { to: 4, reason: '고객 조직 개편', version: 1 }, params });
    expect(down.status).toBe(200);
    expect(down.json).toMatchObject({ tier: 4, version: 2, salesStage: 'INITIAL_CONTACT' });

    const stale = await call(moveTier, token, url, {
      method: 'POST',
      body: { to: 0, outcome: 'NO_BID', reason: '수익성 부족', version: 1 },
      params,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ tier: 4, version: 2 });

    const close = await call(moveTier, token, url, {
      method: 'POST',
      body: { to: 0, outcome: 'NO_BID', reason: '수익성 부족', version: 2 },
      params,
    });
    expect(close.status).toBe(200);
    expect(close.json).toMatchObject({ tier: 0, outcome: 'NO_BID', lastOpenTier: 4 });
    expect(await db.tierChange.count({ where: { opportunityId: opp.id } })).toBe(3);
  });

  test.each([
    ['a tier that does not exist', { to: 5, version: 1 }, 400],
    ['a string tier', { to: '3', version: 1 }, 400],
    ['the same tier', { to: 4, version: 1 }, 422],
    ['Tier 0 without outcome', { to: 0, version: 1 }, 400],
    ['an unknown outcome', { to: 0, outcome: 'MAYBE', version: 1 }, 400],
    ['an unknown field', { to: 3, version: 1, force: true }, 400],
    ['malformed JSON', '{"to":', 400],
  ])('%s → %i, nothing written', async (_l, body, status) => {
    const u = await createUser();
    const opp = await createOpportunity({ ownerId: u.id, tier: 4 });
    const r = await call(moveTier, await tokenFor(u.id), `/api/v1/opportunities/${opp.id}/tier`, {
      method: 'POST',
      body,
      params: { id: opp.id },
    });
    expect(r.status).toBe(status);
    expect(JSON.stringify(r.json)).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(await db.tierChange.count({ where: { opportunityId: opp.id } })).toBe(1);
  });

  test('a closed opportunity: a rep is refused (422); an executive may not move at all (403)', async () => {
    const u = await createUser();
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const opp = await createOpportunity({ ownerId: u.id, tier: 0, outcome: 'WON' });
    const url = `/api/v1/opportunities/${opp.id}/tier`;
    expect(
      (
        await call(moveTier, await tokenFor(u.id), url, {
          method: 'POST',
          body: { to: 1, reason: 'x', version: 1 },
          params: { id: opp.id },
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await call(moveTier, await tokenFor(exec.id), url, {
          method: 'POST',
          body: { to: 1, reason: 'x', version: 1 },
          params: { id: opp.id },
        })
      ).status,
    ).toBe(403);
  });

  test('the operations are in the OpenAPI document', async () => {
    const doc = await (await openapi()).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/opportunities', '/api/v1/opportunities/{id}', '/api/v1/opportunities/{id}/tier']),
    );
    expect(doc.paths['/api/v1/opportunities/{id}/tier'].post.requestBody.content['application/json'].schema.required).toEqual([
      'to',
      'version',
    ]);
  });
});
