import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET, PUT } from '@/app/api/v1/opportunities/[id]/bid/route';
import { callApi } from '../setup/api-contract';
import { createApiUser, createOpportunity, createUser, tokenFor } from '../factories';

// Issue 12 item 5: the procurement and public-bid fields through PUT/GET /api/v1/opportunities/{id}/bid
// (the same command as the opportunity page's bid panel), on the real database.

const url = (id: string) => `/api/v1/opportunities/${id}/bid`;
const rep = () => createApiUser({ roles: ['SALES_REP'] });

describe('PUT /api/v1/opportunities/{id}/bid', () => {
  test('saves the bid fields, step dates and partners; a bid under the limit is saved with a warning', async () => {
    const { u, token } = await rep();
    const opp = await createOpportunity({ ownerId: u.id, tier: 1 });
    const r = await callApi(PUT, url(opp.id), {
      method: 'PUT',
      token,
      params: { id: opp.id },
      body: {
        version: opp.version,
        isPublicSector: true,
        salesProcessStep: 'BID',
        bidNoticeNo: '20261204567',
        bidRound: 0,
        demandAgency: '조달청',
        estimatedPrice: '1,100,000,000',
        plannedPrice: '1000000000',
        lowerBidLimitRate: 87.745,
        bidDeadline: '2026-12-10T10:00:00+09:00',
        bidAmount: '870000000',
        stepDates: { RFI: '2026-10-01', BID: '2026-12-10' },
        partners: [
          { name: '한빛정보', role: '인프라', sharePct: 30 },
          { name: '누리솔루션', role: '교육', sharePct: '15.5' },
        ],
      },
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      version: opp.version + 1,
      isPublicSector: true,
      bidNoticeNo: '20261204567',
      bidRound: 0,
      demandAgency: '조달청',
      estimatedPrice: '1100000000',
      lowerBidLimitRate: '87.745',
      bidDeadline: '2026-12-10T01:00:00.000Z',
      ourSharePct: '54.5',
      bidCheck: { kind: 'underLimit', lowestValidBid: '877450000', shortfallWon: '7450000' },
    });
    expect(r.json.steps.filter((s: { date: string | null }) => s.date)).toEqual([
      { step: 'RFI', date: '2026-10-01' },
      { step: 'BID', date: '2026-12-10' },
    ]);
    expect(r.json.partners.map((p: { name: string }) => p.name)).toEqual(['한빛정보', '누리솔루션']);
    const audit = await db.auditLog.findFirst({ where: { entityId: opp.id, action: 'opportunity.bid.update' } });
    expect(audit?.after).toMatchObject({ bidCheck: 'underLimit', bidNoticeNo: '20261204567' });

    // raising the bid clears the warning; a partial PUT keeps the partners
    const ok = await callApi(PUT, url(opp.id), {
      method: 'PUT',
      token,
      params: { id: opp.id },
      body: { version: opp.version + 1, bidAmount: '880000000' },
    });
    expect(ok.json.bidCheck).toEqual({ kind: 'ok', lowestValidBid: '877450000', marginWon: '2550000' });
    expect(ok.json.partners).toHaveLength(2);
    const got = await callApi(GET, url(opp.id), { token, params: { id: opp.id } });
    expect(got.json).toEqual(ok.json);
  });

  test('공고번호 + 차수 held by another deal → 409 naming it; another 차수 of the same notice is fine', async () => {
    const { u, token } = await rep();
    const a = await createOpportunity({ ownerId: u.id, name: '차세대 나라장터 구축' });
    const b = await createOpportunity({ ownerId: u.id });
    const put = (id: string, version: number, body: object) =>
      callApi(PUT, url(id), { method: 'PUT', token, params: { id }, body: { version, ...body } });
    expect((await put(a.id, 1, { bidNoticeNo: 'R26BK01234', bidRound: 1 })).status).toBe(200);
    const dup = await put(b.id, 1, { bidNoticeNo: 'R26BK01234', bidRound: 1 });
    expect(dup.status).toBe(409);
    expect(dup.json.error.message).toContain('차세대 나라장터 구축');
    expect(dup.json.error.details.existing).toMatchObject({ id: a.id, name: '차세대 나라장터 구축' });
    expect(dup.json.error.fields[0].path).toBe('bidNoticeNo');
    const unchanged = await db.opportunity.findUniqueOrThrow({ where: { id: b.id } });
    expect(unchanged).toMatchObject({ bidNoticeNo: null, version: 1 });
    expect((await put(b.id, 1, { bidNoticeNo: 'R26BK01234', bidRound: 2 })).status).toBe(200);
  });

  test.each([
    ['낙찰하한율 over 100', { lowerBidLimitRate: '100.5' }, 'lowerBidLimitRate'],
    ['낙찰하한율 negative', { lowerBidLimitRate: -1 }, 'lowerBidLimitRate'],
    [
      'shares over 100 %',
      {
        partners: [
          { name: 'A', sharePct: 60 },
          { name: 'B', sharePct: '40.01' },
        ],
      },
      'partners',
    ],
    [
      'a partner twice',
      {
        partners: [
          { name: '한빛 정보', sharePct: 10 },
          { name: '한빛정보', sharePct: 10 },
        ],
      },
      'partners.1',
    ],
    ['steps out of order', { stepDates: { RFI: '2026-12-01', BID: '2026-11-01' } }, 'stepDates.BID'],
    ['unknown field', { discount: 3 }, ''],
  ])('%s → 400 with the field, nothing written', async (_label, body, path) => {
    const { u, token } = await rep();
    const opp = await createOpportunity({ ownerId: u.id });
    const r = await callApi(PUT, url(opp.id), {
      method: 'PUT',
      token,
      params: { id: opp.id },
      body: { version: 1, bidNoticeNo: 'X-1', partners: [{ name: '먼저', sharePct: 5 }], ...body },
    });
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('VALIDATION');
    if (path) expect(r.json.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    const row = await db.opportunity.findUniqueOrThrow({ where: { id: opp.id }, include: { partners: true } });
    expect(row).toMatchObject({ bidNoticeNo: null, version: 1, partners: [] });
  });

  test('a stale version → 409 with the current bid view; someone else’s deal → 403 (readable, not theirs)', async () => {
    const { u, token } = await rep();
    const opp = await createOpportunity({ ownerId: u.id });
    await callApi(PUT, url(opp.id), { method: 'PUT', token, params: { id: opp.id }, body: { version: 1, demandAgency: '행정안전부' } });
    const stale = await callApi(PUT, url(opp.id), {
      method: 'PUT',
      token,
      params: { id: opp.id },
      body: { version: 1, demandAgency: '교육부' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details).toMatchObject({ demandAgency: '행정안전부', version: 2 });
    const other = await rep();
    const nope = await callApi(PUT, url(opp.id), {
      method: 'PUT',
      token: other.token,
      params: { id: opp.id },
      body: { version: 2, bidAmount: '1' },
    });
    expect(nope.status).toBe(403);
  });

  test('a marketer may read but not edit', async () => {
    const { u } = await rep();
    const opp = await createOpportunity({ ownerId: u.id });
    const m = await createUser({ roles: ['MARKETER'] });
    const token = await tokenFor(m.id);
    expect((await callApi(GET, url(opp.id), { token, params: { id: opp.id } })).status).toBe(200);
    expect((await callApi(PUT, url(opp.id), { method: 'PUT', token, params: { id: opp.id }, body: { version: 1 } })).status).toBe(403);
  });
});
