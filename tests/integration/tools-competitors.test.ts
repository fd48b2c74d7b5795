import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET as list, POST as create } from '@/app/api/v1/competitors/route';
import { GET as getOne, PATCH } from '@/app/api/v1/competitors/[id]/route';
import { GET as exportCsv } from '@/app/api/v1/competitors/export/route';
import { GET as oppList } from '@/app/api/v1/opportunities/[id]/competitors/route';
import { DELETE as unlink, PUT as link } from '@/app/api/v1/opportunities/[id]/competitors/[competitorId]/route';
import { createCompetitor } from '@/lib/server/commands/tools';
import { callApi } from '../setup/api-contract';
import { createApiUser, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// Issue 12 item 2: competitor profiles, their dedupe key, links to deals with our position, and the
// record against us from closed deals — through /api/v1 on the real database.

const rep = () => createApiUser({ roles: ['SALES_REP'] });

describe('competitors: one per name, spaces and case aside', () => {
  test('POST creates once (201); the same name with other spacing/case/width is the same competitor (200)', async () => {
    const { token } = await rep();
    const a = await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: '  삼성  SDS ', strengths: '대형 SI' } });
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({ created: true, competitor: { name: '삼성 SDS', strengths: '대형 SI', version: 1 } });
    for (const name of ['삼성SDS', '삼성 sds', '삼성ＳＤＳ']) {
      const b = await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name } });
      expect(b.status).toBe(200);
      expect(b.json).toMatchObject({ created: false, competitor: { id: a.json.competitor.id, name: '삼성 SDS' } });
    }
    expect(await db.competitor.count()).toBe(1);
    const found = await callApi(list, '/api/v1/competitors?q=%EC%82%BC%EC%84%B1sds', { token });
    expect(found.json.items.map((c: { id: string }) => c.id)).toEqual([a.json.competitor.id]);
  });

  test('two people creating the same name at once get one row', async () => {
    const { u } = await rep();
    const s = sessionFor({ ...u, roles: ['SALES_REP'] });
    const rs = await Promise.all(['LG CNS', 'lg cns', 'LGCNS', 'Lg Cns'].map((name) => createCompetitor(db, s, { name })));
    expect(new Set(rs.map((r) => r.competitor.id)).size).toBe(1);
    expect(rs.filter((r) => r.created)).toHaveLength(1);
    expect(await db.competitor.count()).toBe(1);
  });

  test('PATCH edits the profile (version CAS); renaming onto another competitor → 409 naming it', async () => {
    const { token } = await rep();
    const a = (await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: 'SK C&C' } })).json.competitor;
    const b = (await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: '대우정보시스템' } })).json.competitor;
    const url = `/api/v1/competitors/${b.id}`;
    const ok = await callApi(PATCH, url, {
      method: 'PATCH',
      token,
      params: { id: b.id },
      body: { version: 1, pricingHabits: '공공 사업에서 저가 투찰', typicalPartners: '중소 SW사' },
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ pricingHabits: '공공 사업에서 저가 투찰', version: 2 });
    const stale = await callApi(PATCH, url, { method: 'PATCH', token, params: { id: b.id }, body: { version: 1, notes: 'x' } });
    expect(stale.status).toBe(409);
    const dup = await callApi(PATCH, url, { method: 'PATCH', token, params: { id: b.id }, body: { version: 2, name: 'sk c&c' } });
    expect(dup.status).toBe(409);
    expect(dup.json.error.details.existing).toEqual({ id: a.id, name: 'SK C&C' });
    expect(dup.json.error.message).toContain('SK C&C');
    expect((await db.competitor.findUniqueOrThrow({ where: { id: b.id } })).name).toBe('대우정보시스템');
  });

  test('a marketer reads but may not create (tools:edit)', async () => {
    const m = await createUser({ roles: ['MARKETER'] });
    const token = await tokenFor(m.id);
    expect((await callApi(list, '/api/v1/competitors', { token })).status).toBe(200);
    expect((await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: 'X' } })).status).toBe(403);
  });
});

describe('competitors on a deal, and the record against us', () => {
  test('link with our position, change it, unlink; only the deal’s editors may', async () => {
    const { u, token } = await rep();
    const opp = await createOpportunity({ ownerId: u.id });
    const c = (await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: '더존비즈온' } })).json.competitor;
    const url = `/api/v1/opportunities/${opp.id}/competitors/${c.id}`;
    const params = { id: opp.id, competitorId: c.id };
    const r1 = await callApi(link, url, { method: 'PUT', token, params, body: { position: 'BEHIND', positionNote: '가격 열세' } });
    expect(r1.json.items).toEqual([{ competitorId: c.id, name: '더존비즈온', position: 'BEHIND', positionNote: '가격 열세' }]);
    const r2 = await callApi(link, url, { method: 'PUT', token, params, body: { position: 'EVEN' } });
    expect(r2.json.items[0]).toMatchObject({ position: 'EVEN', positionNote: '가격 열세' });
    const other = await rep();
    expect((await callApi(link, url, { method: 'PUT', token: other.token, params, body: {} })).status).toBe(403); // readable deal: 권한이 없습니다
    const got = await callApi(oppList, `/api/v1/opportunities/${opp.id}/competitors`, { token: other.token, params: { id: opp.id } });
    expect(got.json.items).toHaveLength(1);
    expect((await callApi(unlink, url, { method: 'DELETE', token, params })).json.items).toEqual([]);
    expect((await callApi(unlink, url, { method: 'DELETE', token, params })).status).toBe(404);
    const bad = await callApi(link, url, { method: 'PUT', token, params, body: { position: 'WINNING' } });
    expect(bad.status).toBe(400);
  });

  test('won against, lost to, no decision — counts, amounts and by business category, from closed deals only', async () => {
    const { u, token } = await rep();
    const c = (await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: '경쟁사갑' } })).json.competitor;
    const other = (await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: '경쟁사을' } })).json.competitor;
    const si = await db.businessCategory.create({ data: { code: 'SI_T', nameKo: 'SI 구축', nameEn: 'SI build' } });
    const cloud = await db.businessCategory.create({ data: { code: 'CLOUD_T', nameKo: '클라우드', nameEn: 'Cloud' } });
    const deal = async (o: {
      outcome: 'OPEN' | 'WON' | 'LOST' | 'DROPPED';
      amount: string;
      cat?: string;
      lostTo?: string;
      lossType?: 'COMPETITOR' | 'NO_DECISION';
      contract?: string;
      listed?: boolean;
    }) => {
      const d = await createOpportunity({ ownerId: u.id, tier: o.outcome === 'OPEN' ? 2 : 0, outcome: o.outcome, amount: o.amount });
      await db.opportunity.update({
        where: { id: d.id },
        data: {
          businessCategoryId: o.cat ?? null,
          lostToCompetitorId: o.lostTo ?? null,
          lossType: o.lossType ?? null,
          contractAmount: o.contract ?? null,
        },
      });
      if (o.listed !== false) await db.opportunityCompetitor.create({ data: { opportunityId: d.id, competitorId: c.id } });
    };
    await deal({ outcome: 'WON', amount: '100', contract: '90', cat: si.id });
    await deal({ outcome: 'WON', amount: '200', cat: si.id });
    await deal({ outcome: 'LOST', amount: '300', cat: si.id, lostTo: c.id, lossType: 'COMPETITOR' });
    await deal({ outcome: 'LOST', amount: '400', cat: cloud.id, lostTo: c.id, lossType: 'COMPETITOR', listed: false }); // lost to it, not listed
    await deal({ outcome: 'LOST', amount: '50', cat: cloud.id, lossType: 'NO_DECISION' });
    await deal({ outcome: 'LOST', amount: '60', lostTo: other.id, lossType: 'COMPETITOR' });
    await deal({ outcome: 'DROPPED', amount: '70' });
    await deal({ outcome: 'OPEN', amount: '999', cat: si.id }); // open: not in the record
    const pm = await db.postmortem.create({
      data: {
        opportunityId: (await createOpportunity({ ownerId: u.id, tier: 0, outcome: 'LOST' })).id,
        createdById: u.id,
        status: 'PUBLISHED',
      },
    });
    await db.lesson.create({
      data: { postmortemId: pm.id, title: '가격 조기 확인', body: '예산 확인', category: 'PRICE', competitorId: c.id },
    });
    await db.lesson.create({
      data: { postmortemId: pm.id, title: '제안 차별화', body: '경쟁사갑은 유지보수 조건을 낮춰 온다', category: 'SOLUTION_FIT' },
    });
    await db.lesson.create({ data: { postmortemId: pm.id, title: '무관한 교훈', body: '내용', category: 'PRICE' } });

    const r = await callApi(getOne, `/api/v1/competitors/${c.id}`, { token, params: { id: c.id } });
    expect(r.status).toBe(200);
    const { total, byCategory } = r.json.record;
    expect(total).toMatchObject({
      WON_AGAINST: { deals: 2, amount: '290' },
      LOST_TO: { deals: 2, amount: '700' },
      NO_DECISION: { deals: 2, amount: '120' },
      LOST_OTHER: { deals: 1, amount: '60' },
      deals: 7,
      winRatePct: 50,
    });
    const bySi = byCategory.find((x: { categoryId: string | null }) => x.categoryId === si.id);
    expect(bySi).toMatchObject({ categoryNameKo: 'SI 구축', deals: 3, winRatePct: 67, WON_AGAINST: { deals: 2 }, LOST_TO: { deals: 1 } });
    const byCloud = byCategory.find((x: { categoryId: string | null }) => x.categoryId === cloud.id);
    expect(byCloud).toMatchObject({ deals: 2, winRatePct: 0, LOST_TO: { deals: 1, amount: '400' }, NO_DECISION: { deals: 1 } });
    expect(r.json.lessons.map((l: { title: string }) => l.title).sort()).toEqual(['가격 조기 확인', '제안 차별화']);
  });

  test('the export has the table’s columns', async () => {
    const { token } = await rep();
    await callApi(create, '/api/v1/competitors', { method: 'POST', token, body: { name: '=위험한이름', strengths: '강점' } });
    const r = await callApi(exportCsv, '/api/v1/competitors/export?format=csv', { token });
    expect(r.status).toBe(200);
    expect(r.text).toContain('강점');
    expect(r.text).toContain("'=위험한이름");
  });
});
