import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET as exportReview } from '@/app/api/v1/tier-reviews/[id]/export/route';
import { GET as exportWinLoss } from '@/app/api/v1/postmortems/analytics/export/route';
import { GET as exportActionItems } from '@/app/api/v1/postmortems/[id]/export/route';
import { closeTierReview, decideTierReviewItem, listStagnantReps, startTierReview } from '@/lib/server/commands/tier-reviews';
import { savePostmortem } from '@/lib/server/commands/postmortems';
import { loadBoard } from '@/lib/server/commands/opportunities';
import { savePostmortemSchema } from '@/lib/validation/postmortems';
import { callApi } from '../setup/api-contract';
import { createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// Issue 13, the rest of the loop: a tier review exported (XLSX: movement matrix + decisions; CSV:
// one table), the stagnant reps the dashboard lists, the Tier 0 card's postmortem link, and the
// postmortem tables' exports — every route through the contract helper.

async function team() {
  const manager = await createUser({ roles: ['SALES_MANAGER'], name: '박팀장' });
  const rep = await createUser({ roles: ['SALES_REP'], name: '김영업', managerId: manager.id });
  const exec = await createUser({ roles: ['EXECUTIVE'], name: '최임원' });
  return { manager, rep, exec };
}

const raw = (handler: typeof exportReview, url: string, token: string, params: Record<string, string> = {}) =>
  handler(new NextRequest(`http://localhost${url}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': 'ko' } }), {
    params: Promise.resolve(params),
  });

async function workbook(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return wb;
}
const rowsOf = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(1)
    .map((r) => (r as unknown[]).slice(1));

describe('GET /api/v1/tier-reviews/{id}/export', () => {
  test('XLSX: a movement-matrix sheet and a decisions sheet; CSV: the table asked for; 404 / 400 for bad input', async () => {
    const p = await team();
    const mgr = sessionFor(p.manager);
    const down = await createOpportunity({ ownerId: p.rep.id, tier: 2, name: '강등 건', amount: 300_000_000 });
    await createOpportunity({ ownerId: p.rep.id, tier: 3, name: '유지 건' });
    const review = await startTierReview(db, mgr, { period: 'WEEKLY' });
    await decideTierReviewItem(db, mgr, { reviewId: review.id, opportunityId: down.id, decision: 'DOWNGRADE', reason: '예산 미확정' });
    const token = await tokenFor(p.manager.id);
    const url = `/api/v1/tier-reviews/${review.id}/export`;

    const x = await callApi(exportReview, `${url}?format=xlsx`, { token, params: { id: review.id } });
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
    const wb = await workbook(await raw(exportReview, `${url}?format=xlsx`, token, { id: review.id }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['이동 매트릭스', '사업기회별 결정']);
    const matrix = rowsOf(wb.worksheets[0]!);
    expect(matrix[0]).toEqual(['담당자', '이전 → 현재', 'T4', 'T3', 'T2', 'T1', '수주', '실주', '입찰 포기', 'Drop', '합계']);
    expect(matrix.slice(1)).toEqual([['김영업', '신규', 0, 1, 1, 0, 0, 0, 0, 0, 2]]); // first review: both deals are new
    const decisions = rowsOf(wb.worksheets[1]!);
    expect(decisions[0]).toEqual([
      '사업기회',
      '고객사',
      '담당자',
      '이전',
      '현재',
      '현재 티어(실시간)',
      '금액',
      '결정',
      '사유',
      '다음 단계',
      '기한',
      '결정자',
      '결정 시각',
    ]);
    const row = decisions.find((r) => r[0] === '강등 건')!;
    expect(row.slice(2, 9)).toEqual(['김영업', '신규', 'T2', 'T3', 300_000_000, '하향', '예산 미확정']); // frozen T2, now T3
    expect(row[11]).toBe('박팀장');

    const csv = await callApi(exportReview, `${url}?format=csv&table=matrix&hide=total`, { token, params: { id: review.id } });
    expect(csv.status).toBe(200);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('담당자,이전 → 현재,T4,T3,T2,T1,수주,실주,입찰 포기,Drop');
    const dcsv = await callApi(exportReview, `${url}?format=csv&owner=${p.rep.id}`, { token, params: { id: review.id } });
    expect(dcsv.text).toContain('강등 건');

    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await callApi(exportReview, `/api/v1/tier-reviews/${missing}/export`, { token, params: { id: missing } })).status).toBe(404);
    expect((await callApi(exportReview, `${url}?format=pdf`, { token, params: { id: review.id } })).status).toBe(400);
    expect((await callApi(exportReview, `${url}?table=planet`, { token, params: { id: review.id } })).status).toBe(400);
    expect((await callApi(exportReview, url, { params: { id: review.id } })).status).toBe(401);
  });
});

describe('stagnant reps on the dashboard (listStagnantReps)', () => {
  test('a rep whose tiers did not move for N reviews of a chain is named with the chain; a rep who moved is not', async () => {
    const p = await team();
    const mover = await createUser({ roles: ['SALES_REP'], name: '이영업', managerId: p.manager.id });
    const mgr = sessionFor(p.manager);
    await db.setting.upsert({
      where: { key: 'stagnantReviewCount' },
      create: { key: 'stagnantReviewCount', value: 2 },
      update: { value: 2 },
    });
    await createOpportunity({ ownerId: p.rep.id, tier: 3 });
    const moving = await createOpportunity({ ownerId: mover.id, tier: 3 });
    for (let i = 0; i < 3; i++) {
      const r = await startTierReview(db, mgr, { period: 'WEEKLY' });
      if (i === 2)
        await decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: moving.id, decision: 'DOWNGRADE', reason: '예산 보류' });
      await closeTierReview(db, mgr, { reviewId: r.id });
    }
    // review 1: all new; review 2: nobody moved; review 3: the mover's deal moved after the snapshot → review 4 sees it
    const r4 = await startTierReview(db, mgr, { period: 'WEEKLY' });
    await closeTierReview(db, mgr, { reviewId: r4.id });
    const s = await listStagnantReps(db, sessionFor(p.exec));
    expect(s.n).toBe(2);
    expect(s.chains).toEqual([{ period: 'WEEKLY', teamId: p.manager.id, teamName: '박팀장', reps: [{ id: p.rep.id, name: '김영업' }] }]);
  });
});

describe('the Tier 0 card links to 포스트모템 작성 while one is owed', () => {
  test('closed without a published postmortem and editable → postmortemDue; published, or not the viewer’s deal, or no role → not', async () => {
    const p = await team();
    const other = await createUser({ roles: ['SALES_REP'], name: '다른 영업' });
    const lost = await createOpportunity({ ownerId: p.rep.id, tier: 0, outcome: 'LOST', name: '실주 건' });
    const won = await createOpportunity({ ownerId: p.rep.id, tier: 0, outcome: 'WON', name: '수주 건' });
    await db.opportunity.updateMany({ where: { id: { in: [lost.id, won.id] } }, data: { closedAt: new Date() } });
    await savePostmortem(
      db,
      sessionFor(p.rep),
      savePostmortemSchema.parse({ opportunityId: won.id, status: 'PUBLISHED', summary: '수주', rootCauses: ['PRICE'] }),
    );
    const due = async (viewer: typeof p.rep | null) => {
      const b = await loadBoard(db, {}, new Date(), { postmortemWriter: viewer ? sessionFor(viewer) : null });
      const zero = b.columns.find((c) => c.tier === 0)!.cards;
      return Object.fromEntries(zero.map((c) => [c.name, c.postmortemDue]));
    };
    expect(await due(p.rep)).toEqual({ '실주 건': true, '수주 건': false });
    expect(await due(p.manager)).toEqual({ '실주 건': true, '수주 건': false });
    expect(await due(other)).toEqual({ '실주 건': false, '수주 건': false });
    expect(await due(null)).toEqual({ '실주 건': false, '수주 건': false });
  });
});

describe('postmortem table exports', () => {
  test('GET /api/v1/postmortems/{id}/export: the action items; GET /api/v1/postmortems/analytics/export: one win/loss table', async () => {
    const p = await team();
    const lost = await createOpportunity({ ownerId: p.rep.id, tier: 0, outcome: 'LOST', name: '실주 건' });
    await db.opportunity.update({ where: { id: lost.id }, data: { closedAt: new Date() } });
    const { postmortem } = await savePostmortem(
      db,
      sessionFor(p.rep),
      savePostmortemSchema.parse({
        opportunityId: lost.id,
        status: 'PUBLISHED',
        summary: '가격',
        rootCauses: ['PRICE'],
        actionItems: [{ title: '가격 검토 절차 개선', ownerId: p.rep.id, dueDate: '2026-12-31' }],
      }),
    );
    const token = await tokenFor(p.rep.id);
    const ai = await callApi(exportActionItems, `/api/v1/postmortems/${postmortem.id}/export`, { token, params: { id: postmortem.id } });
    expect(ai.status).toBe(200);
    const lines = ai.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('조치,담당,기한,상태,완료 시각,완료 메모');
    expect(lines[1]).toContain('가격 검토 절차 개선,김영업,2026. 12. 31.');
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await callApi(exportActionItems, `/api/v1/postmortems/${none}/export`, { token, params: { id: none } })).status).toBe(404);

    const wl = await callApi(exportWinLoss, '/api/v1/postmortems/analytics/export?table=category&months=3', { token });
    expect(wl.status).toBe(200);
    expect(wl.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('구분,수주,실주,입찰 포기/Drop,수주율');
    const reasons = await callApi(exportWinLoss, '/api/v1/postmortems/analytics/export?table=reasons&months=3&format=xlsx', { token });
    expect(reasons.status).toBe(200);
    expect((await callApi(exportWinLoss, '/api/v1/postmortems/analytics/export?months=5', { token })).status).toBe(400);
  });
});
