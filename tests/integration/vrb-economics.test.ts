import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES } from '@/lib/auth/permissions';
import { GET as getEconomicsRoute, PUT as putEconomicsRoute } from '@/app/api/v1/opportunities/[id]/economics/route';
import { PUT as assessmentRoute } from '@/app/api/v1/vrb-reviews/[id]/assessment/route';
import { POST as cancelRoute } from '@/app/api/v1/vrb-reviews/[id]/cancel/route';
import { POST as rescheduleRoute } from '@/app/api/v1/vrb-reviews/[id]/reschedule/route';
import { POST as findingRoute } from '@/app/api/v1/vrb-reviews/[id]/findings/route';
import { POST as decisionRoute } from '@/app/api/v1/vrb-reviews/[id]/decision/route';
import { POST as invoiceRoute } from '@/app/api/v1/payment-milestones/[id]/invoice/route';
import { POST as collectRoute } from '@/app/api/v1/payment-milestones/[id]/collect/route';
import { GET as proposalRoute, POST as confirmRoute } from '@/app/api/v1/opportunities/[id]/receivables-proposal/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { getVrbReview } from '@/lib/db/queries/vrb';
import { getRequirementFacts } from '@/lib/db/queries/opportunities';
import {
  decideReview,
  putEconomics,
  raiseFinding,
  recordOpinion,
  scheduleReview,
  verifyFinding,
  answerFinding,
} from '@/lib/server/commands/vrb';
import { moveOpportunityTier } from '@/lib/server/commands/opportunities/move-tier';
import { economicsBodySchema } from '@/lib/validation/vrb';
import { createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// Issue #11 on the real database: the ROI calculator's API (CAS, audit, refusals naming the field),
// the frozen snapshot, assessment, cancel/reschedule (and Tier 0 cancelling), decisions over a missing
// opinion, findings' due dates, the receivables proposal and invoices by the finance member.

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, token: string, id: string, body?: unknown, method = 'POST') {
  const res = await handler(
    new NextRequest('http://localhost/api/v1/x', {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'ko-KR' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: res.status, json: await res.json() };
}

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);
const day = (d: Date) => d.toISOString().slice(0, 10);

async function world() {
  const bid = await db.vrbStage.create({
    data: {
      order: 1,
      code: 'BID_APPROVAL',
      nameKo: '입찰 승인',
      nameEn: 'Bid approval',
      requiredDomains: ['FINANCE', 'LEGAL'],
      isBidApproval: true,
    },
  });
  const manager = await createUser({ roles: ['SALES_MANAGER'] });
  const rep = await createUser({ roles: ['SALES_REP'], managerId: manager.id });
  const otherRep = await createUser({ roles: ['SALES_REP'] });
  const finance = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] });
  const legal = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['LEGAL'] });
  const chair = await createUser({ roles: ['VRB_CHAIR'] });
  const opp = await createOpportunity({ ownerId: rep.id, tier: 2, amount: '420000000' });
  return { bid, manager, rep, otherRep, finance, legal, chair, opp, as: sessionFor };
}

const calc = {
  contractPrice: '420000000',
  hardwareCost: '100000000',
  softwareLicenseCost: 50000000,
  labor: [
    { grade: '고급', personMonths: '10', monthlyRate: '10000000' },
    { grade: '중급', personMonths: 6.5, monthlyRate: '8000000' },
  ],
  subcontractCost: '0',
  otherCost: '14400000',
  contingencyPct: 5,
  paymentSchedule: [
    { kind: 'DOWN_PAYMENT', percent: 30, dueOffsetDays: 14 },
    { kind: 'INTERIM', percent: 40, dueOffsetDays: 120 },
    { kind: 'BALANCE', percent: 30, dueOffsetDays: 365 },
  ],
};

describe('economics API', () => {
  test('PUT creates (version 1) with the derived figures and one audit row; GET reads it; a stale version → 409, nothing written', async () => {
    const w = await world();
    const token = await tokenFor(w.rep.id);
    const empty = await call(getEconomicsRoute, await tokenFor(w.legal.id), w.opp.id, undefined, 'GET');
    expect(empty).toMatchObject({ status: 200, json: { version: 0, marginPct: null } });

    const r = await call(putEconomicsRoute, token, w.opp.id, { ...calc, version: 0 }, 'PUT');
    expect(r.status).toBe(200);
    // labour 100M + 52M; base 100+50+152+14.4 = 316.4M; contingency 5% = 15.82M → 332.22M
    expect(r.json).toMatchObject({
      laborCost: '152000000.00',
      contingency: '15820000.00',
      totalCost: '332220000.00',
      grossProfit: '87780000.00',
      marginPct: 20.9,
      roiPct: 26.422,
      version: 1,
      belowFloor: false,
    });
    expect(r.json.payments.map((p: { amount: string }) => p.amount)).toEqual(['126000000.00', '168000000.00', '126000000.00']);
    expect(await db.auditLog.count({ where: { action: 'vrb.economics.create', entityId: w.opp.id, actorId: w.rep.id } })).toBe(1);

    const got = await call(getEconomicsRoute, await tokenFor(w.chair.id), w.opp.id, undefined, 'GET');
    expect(got.json).toMatchObject({
      totalCost: '332220000.00',
      version: 1,
      labor: [{ grade: '고급' }, { grade: '중급', personMonths: '6.5' }],
    });

    // an 8 % margin: the floor warning is in the answer
    const low = await call(
      putEconomicsRoute,
      token,
      w.opp.id,
      { contractPrice: '420000000', hardwareCost: '386400000', version: 1 },
      'PUT',
    );
    expect(low.json).toMatchObject({ marginPct: 8, belowFloor: true, marginFloorPct: 10, version: 2 });
    expect(await db.auditLog.count({ where: { action: 'vrb.economics.update', entityId: w.opp.id } })).toBe(1);

    const auditsBefore = await db.auditLog.count();
    const stale = await call(putEconomicsRoute, token, w.opp.id, { ...calc, version: 1 }, 'PUT');
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ version: 2, marginPct: 8 });
    const missing = await call(putEconomicsRoute, token, w.opp.id, { ...calc }, 'PUT');
    expect(missing.status).toBe(409);
    expect(await db.auditLog.count()).toBe(auditsBefore);
    expect((await db.dealEconomics.findFirst({ where: { opportunityId: w.opp.id, vrbReviewId: null } }))!.version).toBe(2);
  });

  test('bad input → 400 naming the field; nothing written', async () => {
    const w = await world();
    const token = await tokenFor(w.rep.id);
    const cases: [unknown, string][] = [
      [{ ...calc, hardwareCost: '-1' }, 'hardwareCost'],
      [{ ...calc, labor: [{ grade: '고급', personMonths: '-2', monthlyRate: '1' }] }, 'labor.0.personMonths'],
      [
        {
          ...calc,
          paymentSchedule: [
            { kind: 'DOWN_PAYMENT', percent: 30, dueOffsetDays: 0 },
            { kind: 'BALANCE', percent: 60, dueOffsetDays: 9 },
          ],
        },
        'paymentSchedule',
      ],
      [{ ...calc, contractPrice: '0' }, 'contractPrice'],
      [{ ...calc, contractPrice: '4.2억' }, 'contractPrice'],
      [{ ...calc, surprise: 1 }, ''],
    ];
    for (const [body, path] of cases) {
      const r = await call(putEconomicsRoute, token, w.opp.id, body, 'PUT');
      expect(r.status, JSON.stringify(body)).toBe(400);
      if (path) {
        expect(r.json.error.fields[0].path).toBe(path);
        expect(r.json.error.fields[0].message).toContain(path);
      }
    }
    expect(await db.dealEconomics.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: 'vrb.economics' } } })).toBe(0);
  });

  test('scope and roles: another rep → 403 (reads it, may not edit); the manager edits the team’s; a VRB member or the chair → 403; everyone reads', async () => {
    const w = await world();
    expect((await call(putEconomicsRoute, await tokenFor(w.otherRep.id), w.opp.id, calc, 'PUT')).status).toBe(403);
    expect((await call(putEconomicsRoute, await tokenFor(w.manager.id), w.opp.id, calc, 'PUT')).status).toBe(200);
    for (const u of [w.finance, w.chair]) {
      expect((await call(putEconomicsRoute, await tokenFor(u.id), w.opp.id, { ...calc, version: 1 }, 'PUT')).status).toBe(403);
      expect((await call(getEconomicsRoute, await tokenFor(u.id), w.opp.id, undefined, 'GET')).status).toBe(200);
    }
    for (const role of ROLES) expect(can([role], 'vrb:economics')).toBe(role === 'SALES_REP' || role === 'SALES_MANAGER');
    expect(await db.dealEconomics.count()).toBe(1);
  });
});

describe('snapshot, assessment, workflow', () => {
  test('scheduling freezes a copy: later edits of the working copy leave the snapshot as it was', async () => {
    const w = await world();
    await putEconomics(db, w.as(w.rep), w.opp.id, economicsBodySchema.parse({ ...calc, version: 0 }));
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    await putEconomics(
      db,
      w.as(w.rep),
      w.opp.id,
      economicsBodySchema.parse({ contractPrice: '390000000', hardwareCost: '354900000', version: 1 }),
    );
    const r = (await getVrbReview(db, review.id))!;
    expect(r.economics).toMatchObject({ contractPrice: '420000000', labor: [{ grade: '고급' }, { grade: '중급' }] });
    expect(r.economics!.paymentSchedule).toHaveLength(3);
    const snap = await db.dealEconomics.findUnique({ where: { vrbReviewId: review.id } });
    expect(snap!.marginPct.toString()).toBe('20.9');
    expect(snap!.totalCost.toString()).toBe('332220000');
  });

  test('assessment: rep before, member during; 1–5 only; weighted score over every scorer; closed review refused', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    const a = await call(
      assessmentRoute,
      await tokenFor(w.rep.id),
      review.id,
      { scores: [{ criterion: 'STRATEGIC_VALUE', score: 5, notes: '레퍼런스' }] },
      'PUT',
    );
    expect(a).toMatchObject({ status: 200, json: { weightedScore: 5 } });
    const b = await call(
      assessmentRoute,
      await tokenFor(w.finance.id),
      review.id,
      { scores: [{ criterion: 'STRATEGIC_VALUE', score: 2 }] },
      'PUT',
    );
    expect(b.json.weightedScore).toBe(3.5);
    const bad = await call(
      assessmentRoute,
      await tokenFor(w.finance.id),
      review.id,
      { scores: [{ criterion: 'LEGAL_RISK', score: 6 }] },
      'PUT',
    );
    expect(bad.status).toBe(400);
    expect(await db.vrbAssessment.count()).toBe(2);
    expect(
      (await call(assessmentRoute, await tokenFor(w.otherRep.id), review.id, { scores: [{ criterion: 'LEGAL_RISK', score: 3 }] }, 'PUT'))
        .status,
    ).toBe(403);
    expect(await db.auditLog.count({ where: { action: 'vrb.assessment.save' } })).toBe(2);
  });

  test('finding due date not before the review; the chair decides over a missing opinion only with a reason, kept on the decision', async () => {
    const w = await world();
    await putEconomics(
      db,
      w.as(w.rep),
      w.opp.id,
      economicsBodySchema.parse({ contractPrice: '420000000', hardwareCost: '386400000', version: 0 }),
    );
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    const ft = await tokenFor(w.finance.id);
    const raise = (dueDate: string) =>
      call(findingRoute, ft, review.id, { issue: '마진 8%', severity: 'HIGH', requiredFix: '원가 절감', dueDate });
    const early = await raise(day(inDays(1)));
    expect(early.status).toBe(400);
    expect(early.json.error.fields[0].path).toBe('dueDate');
    const f = await raise(day(inDays(5)));
    expect(f.status).toBe(201);
    expect(day(new Date(f.json.dueDate))).toBe(day(inDays(5)));
    await answerFinding(db, w.as(w.rep), f.json.id, { answer: '외주 단가 재협상', version: 1 });
    await verifyFinding(db, w.as(w.finance), f.json.id, { resolved: true, note: null, version: 2 });
    await recordOpinion(db, w.as(w.finance), review.id, { domain: 'FINANCE', opinion: '조건부 수용' });
    const ct = await tokenFor(w.chair.id);
    const noReason = await call(decisionRoute, ct, review.id, { decision: 'PASS', overrideReason: '전략 고객' });
    expect(noReason.status).toBe(422);
    expect(await db.vrbDecision.count()).toBe(0);
    const ok = await call(decisionRoute, ct, review.id, {
      decision: 'PASS',
      overrideReason: '전략 고객',
      missingOpinionReason: '법무 위원 부재, 표준 계약',
    });
    expect(ok.status).toBe(201);
    expect(ok.json.decision).toMatchObject({ missingOpinionReason: '법무 위원 부재, 표준 계약', overrideReason: '전략 고객' });
  });

  test('cancel and reschedule with a reason; a decided review cannot be rescheduled; closing at Tier 0 cancels scheduled reviews', async () => {
    const w = await world();
    const rt = await tokenFor(w.rep.id);
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    const noReason = await call(rescheduleRoute, rt, review.id, { scheduledAt: inDays(6).toISOString() });
    expect(noReason.status).toBe(400);
    const moved = await call(rescheduleRoute, rt, review.id, { scheduledAt: inDays(6).toISOString(), reason: '고객 일정' });
    expect(moved).toMatchObject({ status: 200, json: { version: 2, status: 'SCHEDULED' } });
    expect((await call(cancelRoute, await tokenFor(w.otherRep.id), review.id, { reason: 'x' })).status).toBe(403);

    // decided → reschedule refused (422), nothing written
    await recordOpinion(db, w.as(w.finance), review.id, { domain: 'FINANCE', opinion: 'ok' });
    await recordOpinion(db, w.as(w.legal), review.id, { domain: 'LEGAL', opinion: 'ok' });
    await decideReview(db, w.as(w.chair), review.id, { decision: 'HOLD', reason: '재검토' });
    const refused = await call(rescheduleRoute, rt, review.id, { scheduledAt: inDays(9).toISOString(), reason: '또' });
    expect(refused.status).toBe(422);
    expect((await db.vrbReview.findUnique({ where: { id: review.id } }))!.status).toBe('DECIDED');

    // HOLD → the stage again; then the deal is lost: its scheduled review is cancelled in the move
    const again = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(10) });
    const opp = (await db.opportunity.findUnique({ where: { id: w.opp.id } }))!;
    await moveOpportunityTier(db, w.as(w.rep), {
      opportunityId: w.opp.id,
      to: 0,
      outcome: 'NO_BID',
      reason: '입찰 포기',
      version: opp.version,
    } as never);
    const after = (await db.vrbReview.findUnique({ where: { id: again.id } }))!;
    expect(after).toMatchObject({ status: 'CANCELLED', cancelReason: 'Tier 0 (NO_BID)' });
    expect(await db.auditLog.count({ where: { action: 'vrb.review.cancel', entityId: again.id } })).toBe(1);
  });

  test('a CONDITIONAL pass of the bid-approval stage with every finding resolved satisfies Tier 1 (one definition)', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    await recordOpinion(db, w.as(w.finance), review.id, { domain: 'FINANCE', opinion: 'ok' });
    await recordOpinion(db, w.as(w.legal), review.id, { domain: 'LEGAL', opinion: 'ok' });
    const f = await raiseFinding(db, w.as(w.finance), review.id, { issue: '보증', severity: 'LOW', requiredFix: '보증보험' });
    await decideReview(db, w.as(w.chair), review.id, { decision: 'CONDITIONAL', reason: '보증보험 조건' });
    expect((await getRequirementFacts(db, w.opp.id)).passedBidApproval).toBe(false);
    await answerFinding(db, w.as(w.rep), f.id, { answer: '가입 완료', version: 1 });
    await verifyFinding(db, w.as(w.finance), f.id, { resolved: true, note: null, version: 2 });
    expect((await getRequirementFacts(db, w.opp.id)).passedBidApproval).toBe(true);
  });
});

describe('from decision to cash', () => {
  test('a won deal’s 착수금/중도금/잔금 are proposed from the passed snapshot; the rep confirms; finance invoices and collects (collected ≤ invoiced ≤ amount)', async () => {
    const w = await world();
    await putEconomics(db, w.as(w.rep), w.opp.id, economicsBodySchema.parse({ ...calc, version: 0 }));
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    await recordOpinion(db, w.as(w.finance), review.id, { domain: 'FINANCE', opinion: 'ok' });
    await recordOpinion(db, w.as(w.legal), review.id, { domain: 'LEGAL', opinion: 'ok' });
    await decideReview(db, w.as(w.chair), review.id, { decision: 'PASS' });
    // the working copy moves on after the review: the proposal still reads the snapshot
    await putEconomics(db, w.as(w.rep), w.opp.id, economicsBodySchema.parse({ contractPrice: '500000000', hardwareCost: '1', version: 1 }));
    const wonAt = new Date('2026-06-15T01:00:00Z');
    await db.opportunity.update({
      where: { id: w.opp.id },
      data: { tier: 0, outcome: 'WON', contractAmount: '400000000', closedAt: wonAt },
    });

    const rt = await tokenFor(w.rep.id);
    const p = await call(proposalRoute, rt, w.opp.id, undefined, 'GET');
    expect(p.json).toMatchObject({ reviewId: review.id, hasSchedule: false });
    expect(p.json.milestones).toEqual([
      { kind: 'DOWN_PAYMENT', sequence: 1, percent: 30, amount: '120000000.00', dueDate: '2026-06-29' },
      { kind: 'INTERIM', sequence: 1, percent: 40, amount: '160000000.00', dueDate: '2026-10-13' },
      { kind: 'BALANCE', sequence: 1, percent: 30, amount: '120000000.00', dueDate: '2027-06-15' },
    ]);
    expect((await call(confirmRoute, await tokenFor(w.finance.id), w.opp.id)).status).toBe(403);
    const c = await call(confirmRoute, rt, w.opp.id);
    expect(c.status).toBe(201);
    expect(await db.paymentMilestone.count({ where: { opportunityId: w.opp.id } })).toBe(3);
    expect((await call(confirmRoute, rt, w.opp.id)).status).toBe(409);

    const down = c.json.milestones[0];
    const ft = await tokenFor(w.finance.id);
    const over = await call(invoiceRoute, ft, down.id, { invoicedAmount: '120000000.01', invoicedOn: '2026-07-01', version: 1 });
    expect(over.status).toBe(400);
    expect(over.json.error.fields[0].path).toBe('invoicedAmount');
    const inv = await call(invoiceRoute, ft, down.id, { invoicedAmount: '100000000', invoicedOn: '2026-07-01', version: 1 });
    expect(inv).toMatchObject({ status: 200, json: { invoicedAmount: '100000000', version: 2 } });
    const tooMuch = await call(collectRoute, ft, down.id, { collectedAmount: '100000001', collectedOn: '2026-07-10', version: 2 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.json.error.fields[0].path).toBe('collectedAmount');
    const col = await call(collectRoute, ft, down.id, { collectedAmount: '100000000', collectedOn: '2026-07-10', version: 2 });
    expect(col.status).toBe(200);
    // a legal member is not finance: their collection is refused
    expect(
      (await call(collectRoute, await tokenFor(w.legal.id), down.id, { collectedAmount: '1', collectedOn: '2026-07-10', version: 3 }))
        .status,
    ).toBe(403);
  });
});

describe('OpenAPI', () => {
  test('lists the new operations', async () => {
    const doc = await (await openapi()).json();
    expect(doc.paths['/api/v1/opportunities/{id}/economics']).toHaveProperty('get');
    expect(doc.paths['/api/v1/opportunities/{id}/economics']).toHaveProperty('put');
    expect(doc.paths['/api/v1/vrb-reviews/{id}/assessment']).toHaveProperty('put');
    expect(doc.paths['/api/v1/vrb-reviews/{id}/cancel']).toHaveProperty('post');
    expect(doc.paths['/api/v1/vrb-reviews/{id}/reschedule']).toHaveProperty('post');
    expect(doc.paths['/api/v1/payment-milestones/{id}/invoice']).toHaveProperty('post');
    expect(doc.paths['/api/v1/opportunities/{id}/receivables-proposal']).toHaveProperty('post');
  });
});
