import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET as list, POST as create } from '@/app/api/v1/experts/route';
import { GET as getOne, PATCH } from '@/app/api/v1/experts/[id]/route';
import { GET as exportCsv } from '@/app/api/v1/experts/export/route';
import { GET as oppExperts } from '@/app/api/v1/opportunities/[id]/experts/route';
import { DELETE as unlink, PUT as link } from '@/app/api/v1/opportunities/[id]/experts/[expertId]/route';
import { callApi } from '../setup/api-contract';
import { createAccount, createApiUser, createOpportunity, createUser, tokenFor } from '../factories';

// Issue 12 item 4 (expert network) and item 9 (its API): experts, CAS edits with audit, links to the
// deals they helped by whoever may edit the deal, and the 수주율 over those deals — through /api/v1
// on the real database.

const rep = () => createApiUser({ roles: ['SALES_REP'] });
const external = (over: Record<string, unknown> = {}) => ({
  name: '정해진',
  field: '공공 조달·계약',
  organization: '조달법무연구소',
  email: 'hj.jung@procure-law.example',
  phone: '025550142',
  notes: '국가계약법 자문',
  ...over,
});
const missing = '00000000-0000-4000-8000-000000000000';

describe('experts', () => {
  test('POST creates (201, audited); GET finds by a Korean substring of name, domain or organisation; filters by kind and domain', async () => {
    const { u, token } = await rep();
    const a = await callApi(create, '/api/v1/experts', { method: 'POST', token, body: external() });
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({ name: '정해진', kind: 'EXTERNAL', internal: false, userId: null, version: 1, phone: '025550142' });
    const b = await callApi(create, '/api/v1/experts', {
      method: 'POST',
      token,
      body: { name: '오민석', field: '클라우드 아키텍처', internal: true, userId: u.id, organization: '', email: '' },
    });
    expect(b.status).toBe(201);
    expect(b.json).toMatchObject({ kind: 'INTERNAL', userId: u.id, userName: u.name, organization: null, email: null });
    expect(await db.auditLog.count({ where: { action: 'expert.create', entityId: a.json.id } })).toBe(1);

    const ids = async (qs: string) =>
      (await callApi(list, `/api/v1/experts${qs}`, { token })).json.items.map((e: { id: string }) => e.id).sort();
    for (const q of ['해진', '조달', '법무연구']) expect(await ids(`?q=${encodeURIComponent(q)}`)).toEqual([a.json.id]);
    expect(await ids('?q=%25')).toEqual([]); // % is literal
    expect(await ids('?kind=INTERNAL')).toEqual([b.json.id]);
    expect(await ids('?kind=EXTERNAL')).toEqual([a.json.id]);
    expect(await ids(`?field=${encodeURIComponent('클라우드 아키텍처')}`)).toEqual([b.json.id]);
    expect(await ids('')).toEqual([a.json.id, b.json.id].sort());
    expect((await callApi(list, '/api/v1/experts?kind=BOTH', { token })).status).toBe(400);

    const one = await callApi(getOne, `/api/v1/experts/${a.json.id}`, { token, params: { id: a.json.id } });
    expect(one.json).toMatchObject({ expert: { name: '정해진' }, record: { deals: 0, winRate: null }, deals: [] });
    expect((await callApi(getOne, `/api/v1/experts/${missing}`, { token, params: { id: missing } })).status).toBe(404);
  });

  test('bad input → 400 naming the field: empty name, over-long fields, NUL, a user link on an external expert or to no user', async () => {
    const { token } = await rep();
    const bad = async (body: Record<string, unknown>, field: string) => {
      const r = await callApi(create, '/api/v1/experts', { method: 'POST', token, body });
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.json.error.code).toBe('VALIDATION');
      expect(r.json.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    };
    await bad(external({ name: '' }), 'name');
    await bad(external({ name: '   ' }), 'name');
    await bad(external({ name: '가'.repeat(121) }), 'name');
    await bad(external({ field: 'x'.repeat(101) }), 'field');
    await bad(external({ notes: 'x'.repeat(4001) }), 'notes');
    await bad(external({ organization: '조달\u0000법무' }), 'organization');
    await bad(external({ name: '정\u0000해진' }), 'name');
    await bad(external({ email: 'nope' }), 'email');
    await bad(external({ phone: '010-CALL-ME' }), 'phone');
    const { u } = await rep();
    await bad(external({ internal: false, userId: u.id }), 'userId');
    await bad(external({ internal: true, userId: missing }), 'userId');
    expect(await db.expert.count()).toBe(0); // nothing half-written
  });

  test('PATCH edits only the fields sent (version CAS, audited); stale → 409 with the current expert; made external → user link dropped', async () => {
    const { u, token } = await rep();
    const a = (
      await callApi(create, '/api/v1/experts', {
        method: 'POST',
        token,
        body: external({ internal: true, userId: u.id, organization: null }),
      })
    ).json;
    const url = `/api/v1/experts/${a.id}`;
    const ok = await callApi(PATCH, url, {
      method: 'PATCH',
      token,
      params: { id: a.id },
      body: { version: 1, field: '계약 협상', notes: '' },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ field: '계약 협상', notes: null, name: '정해진', userId: u.id, version: 2 });
    const stale = await callApi(PATCH, url, { method: 'PATCH', token, params: { id: a.id }, body: { version: 1, name: '다른 이름' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details).toMatchObject({ version: 2, field: '계약 협상' });
    expect((await callApi(PATCH, url, { method: 'PATCH', token, params: { id: a.id }, body: { version: 2, name: ' ' } })).status).toBe(400);
    const ext = await callApi(PATCH, url, { method: 'PATCH', token, params: { id: a.id }, body: { version: 2, internal: false } });
    expect(ext.json).toMatchObject({ kind: 'EXTERNAL', userId: null, version: 3 });
    const audits = await db.auditLog.findMany({ where: { action: 'expert.update', entityId: a.id }, orderBy: { at: 'asc' } });
    expect(audits).toHaveLength(2);
    expect(audits[1]!.after).toMatchObject({ internal: false, userId: null, version: 3 });
    expect(
      (await callApi(PATCH, `/api/v1/experts/${missing}`, { method: 'PATCH', token, params: { id: missing }, body: { version: 1 } }))
        .status,
    ).toBe(404);
  });

  test('links to deals by who may edit the deal; the profile shows the deal history and 수주율 = won ÷ (won + lost)', async () => {
    const { u, token } = await rep();
    const e = (await callApi(create, '/api/v1/experts', { method: 'POST', token, body: external() })).json;
    const acc = await createAccount({ name: '조달청' });
    const mk = (name: string, outcome: 'OPEN' | 'WON' | 'LOST' | 'DROPPED') =>
      createOpportunity({ ownerId: u.id, accountId: acc.id, name, tier: outcome === 'OPEN' ? 2 : 0, outcome });
    const deals = {
      won1: await mk('수주 1', 'WON'),
      won2: await mk('수주 2', 'WON'),
      lost: await mk('실주 1', 'LOST'),
      dropped: await mk('Drop 1', 'DROPPED'),
      open: await mk('진행 1', 'OPEN'),
    };
    for (const [k, d] of Object.entries(deals)) {
      const r = await callApi(link, `/api/v1/opportunities/${d.id}/experts/${e.id}`, {
        method: 'PUT',
        token,
        params: { id: d.id, expertId: e.id },
        body: { role: `${k} 자문`, note: '' },
      });
      expect(r.status).toBe(200);
      expect(r.json.items).toEqual([
        expect.objectContaining({ expertId: e.id, name: '정해진', role: `${k} 자문`, note: null, createdByName: u.name }),
      ]);
    }
    // idempotent: linking again changes what they did, not the number of links
    await callApi(link, `/api/v1/opportunities/${deals.open.id}/experts/${e.id}`, {
      method: 'PUT',
      token,
      params: { id: deals.open.id, expertId: e.id },
      body: { role: '제안서 검토' },
    });
    expect(await db.opportunityExpert.count()).toBe(5);
    expect(await db.auditLog.count({ where: { action: 'opportunity.expert.link' } })).toBe(6);

    const p = (await callApi(getOne, `/api/v1/experts/${e.id}`, { token, params: { id: e.id } })).json;
    expect(p.record).toEqual({ deals: 5, open: 1, won: 2, lost: 1, other: 1, winRate: 2 / 3 });
    expect(p.deals.map((d: { name: string }) => d.name).sort()).toEqual(['Drop 1', '수주 1', '수주 2', '실주 1', '진행 1']);
    expect(p.deals.find((d: { name: string }) => d.name === '진행 1').role).toBe('제안서 검토');
    const listed = (await callApi(list, '/api/v1/experts', { token })).json.items[0];
    expect(listed.record).toEqual(p.record);
    const onDeal = await callApi(oppExperts, `/api/v1/opportunities/${deals.won1.id}/experts`, { token, params: { id: deals.won1.id } });
    expect(onDeal.json.items).toHaveLength(1);

    // unknown expert → 400 naming expertId; unlink → 200, again → 404
    const unknown = await callApi(link, `/api/v1/opportunities/${deals.open.id}/experts/${missing}`, {
      method: 'PUT',
      token,
      params: { id: deals.open.id, expertId: missing },
      body: {},
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields[0].path).toBe('expertId');
    const tooLong = await callApi(link, `/api/v1/opportunities/${deals.open.id}/experts/${e.id}`, {
      method: 'PUT',
      token,
      params: { id: deals.open.id, expertId: e.id },
      body: { role: 'x'.repeat(201) },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.fields[0].path).toBe('role');
    const del = { method: 'DELETE' as const, token, params: { id: deals.lost.id, expertId: e.id } };
    const gone = await callApi(unlink, `/api/v1/opportunities/${deals.lost.id}/experts/${e.id}`, del);
    expect(gone.status).toBe(200);
    expect(gone.json.items).toEqual([]);
    expect((await callApi(unlink, `/api/v1/opportunities/${deals.lost.id}/experts/${e.id}`, del)).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: 'opportunity.expert.unlink', entityId: deals.lost.id } })).toBe(1);
    const after = (await callApi(getOne, `/api/v1/experts/${e.id}`, { token, params: { id: e.id } })).json;
    expect(after.record.winRate).toBe(1); // 2 won, 0 lost

    // another rep may not link experts to a deal that is not theirs: they read it, so 403 (issue 14), nothing written
    const other = await rep();
    const r = await callApi(link, `/api/v1/opportunities/${deals.open.id}/experts/${e.id}`, {
      method: 'PUT',
      token: other.token,
      params: { id: deals.open.id, expertId: e.id },
      body: { role: '몰래' },
    });
    expect(r.status).toBe(403);
    expect((await db.opportunityExpert.findFirst({ where: { opportunityId: deals.open.id } }))!.role).toBe('제안서 검토');
  });

  test('a marketer reads experts but may not add, edit or link them', async () => {
    const { u, token } = await rep();
    const e = (await callApi(create, '/api/v1/experts', { method: 'POST', token, body: external() })).json;
    const opp = await createOpportunity({ ownerId: u.id, accountId: (await createAccount()).id });
    const mt = await tokenFor((await createUser({ roles: ['MARKETER'] })).id);
    expect((await callApi(list, '/api/v1/experts', { token: mt })).status).toBe(200);
    expect((await callApi(getOne, `/api/v1/experts/${e.id}`, { token: mt, params: { id: e.id } })).status).toBe(200);
    expect((await callApi(create, '/api/v1/experts', { method: 'POST', token: mt, body: external() })).status).toBe(403);
    expect(
      (await callApi(PATCH, `/api/v1/experts/${e.id}`, { method: 'PATCH', token: mt, params: { id: e.id }, body: { version: 1 } })).status,
    ).toBe(403);
    const l = await callApi(link, `/api/v1/opportunities/${opp.id}/experts/${e.id}`, {
      method: 'PUT',
      token: mt,
      params: { id: opp.id, expertId: e.id },
      body: {},
    });
    expect(l.status).toBe(403);
    expect(await db.expert.count()).toBe(1);
    expect(await db.opportunityExpert.count()).toBe(0);
  });

  test('the export has the table’s columns', async () => {
    const { token } = await rep();
    await callApi(create, '/api/v1/experts', { method: 'POST', token, body: external() });
    const r = await callApi(exportCsv, '/api/v1/experts/export?format=csv', { token });
    expect(r.status).toBe(200);
    expect(r.text).toContain('수주율');
    expect(r.text).toContain('정해진');
    expect(r.text).toContain('02-555-0142'); // formatPhone
  });
});
