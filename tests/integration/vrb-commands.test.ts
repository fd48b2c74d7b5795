// Over 400 lines on purpose: the VRB workflow end to end through its routes, one stage after
// another on shared deals (schedule, opinions, scores, findings, decisions, refusals).
import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES, type Permission } from '@/lib/auth/permissions';
import { POST as scheduleRoute } from '@/app/api/v1/opportunities/[id]/vrb-reviews/route';
import { POST as opinionRoute } from '@/app/api/v1/vrb-reviews/[id]/opinions/route';
import { POST as findingRoute } from '@/app/api/v1/vrb-reviews/[id]/findings/route';
import { POST as decisionRoute } from '@/app/api/v1/vrb-reviews/[id]/decision/route';
import { POST as answerRoute } from '@/app/api/v1/vrb-findings/[id]/answer/route';
import { POST as verifyRoute } from '@/app/api/v1/vrb-findings/[id]/verify/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import * as reviewActions from '@/app/(app)/vrb/reviews/[id]/actions';
import * as opportunityActions from '@/app/(app)/opportunities/[id]/actions';
import { answerFinding, decideReview, raiseFinding, recordOpinion, scheduleReview, verifyFinding } from '@/lib/server/commands/vrb';
import { DomainError } from '@/lib/server/errors';
import { createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// VRB write paths (SPEC §4) on the real database: commands and their /api/v1 routes — happy paths,
// every refusal (nothing written), and role × action for each route.

type Handler = ((req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: Permission };

async function call(handler: Handler, token: string, id: string, body: unknown) {
  const res = await handler(
    new NextRequest('http://localhost/api/v1/x', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'ko-KR' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: res.status, json: await res.json() };
}

async function counts() {
  const [reviews, econ, opinions, findings, decisions, audits, tierChanges] = await Promise.all([
    db.vrbReview.count(),
    db.dealEconomics.count(),
    db.vrbOpinion.count(),
    db.vrbFinding.count(),
    db.vrbDecision.count(),
    db.auditLog.count({ where: { NOT: { entityType: 'ApiToken' } } }),
    db.tierChange.count(),
  ]);
  const findingStates = await db.vrbFinding.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: 'asc' } });
  const reviewStates = await db.vrbReview.findMany({ select: { id: true, status: true, version: true }, orderBy: { id: 'asc' } });
  const opps = await db.opportunity.findMany({ select: { id: true, tier: true, outcome: true, version: true }, orderBy: { id: 'asc' } });
  return { reviews, econ, opinions, findings, decisions, audits, tierChanges, findingStates, reviewStates, opps };
}

async function expectRefused(p: Promise<unknown>, code: string, key?: string) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e, `expected ${code}`).toBeInstanceOf(DomainError);
  expect((e as DomainError).code).toBe(code);
  if (key) expect((e as DomainError).key).toBe(key);
  return e as DomainError;
}

/** Stages 1..3 (1 needs FINANCE + TECHNOLOGY), a rep's Tier 2 deal at a 5% margin, people of every role. */
async function world() {
  const s1 = await db.vrbStage.create({
    data: { order: 1, code: 'QUALIFICATION', nameKo: '사업기회 검증', nameEn: 'Qualification', requiredDomains: ['FINANCE', 'TECHNOLOGY'] },
  });
  const s2 = await db.vrbStage.create({
    data: { order: 2, code: 'PRICING', nameKo: '가격 전략', nameEn: 'Pricing', requiredDomains: ['FINANCE'] },
  });
  const s3 = await db.vrbStage.create({
    data: {
      order: 3,
      code: 'BID_APPROVAL',
      nameKo: '입찰 승인',
      nameEn: 'Bid approval',
      requiredDomains: ['FINANCE'],
      isBidApproval: true,
    },
  });
  const manager = await createUser({ roles: ['SALES_MANAGER'], name: '박팀장' });
  const rep = await createUser({ roles: ['SALES_REP'], name: '김영업', managerId: manager.id });
  const otherManager = await createUser({ roles: ['SALES_MANAGER'] });
  const otherRep = await createUser({ roles: ['SALES_REP'], managerId: otherManager.id });
  const finance = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'], name: '재무위원' });
  const tech = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['TECHNOLOGY'], name: '기술위원' });
  const legalProc = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['LEGAL', 'PROCUREMENT'] });
  const chair = await createUser({ roles: ['VRB_CHAIR'], name: '위원장' });
  const exec = await createUser({ roles: ['EXECUTIVE'] });
  const admin = await createUser({ roles: ['ADMIN'] });
  const opp = await createOpportunity({ ownerId: rep.id, tier: 2, amount: '1000000000', name: '저가 입찰 건' });
  // the working ROI calculator: 10억 price, 9.5억 cost → 5% margin (floor 10%)
  await db.dealEconomics.create({
    data: { opportunityId: opp.id, contractPrice: '1000000000', hardwareCost: '900000000', laborPersonMonths: '5', laborRate: '10000000' },
  });
  return {
    s1,
    s2,
    s3,
    manager,
    rep,
    otherRep,
    otherManager,
    finance,
    tech,
    legalProc,
    chair,
    exec,
    admin,
    opp,
    as: (u: Parameters<typeof sessionFor>[0]) => sessionFor(u),
  };
}

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);

/** Stage 1 scheduled with both opinions in: ready for the chair. */
async function readyReview(w: Awaited<ReturnType<typeof world>>) {
  const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
  await recordOpinion(db, w.as(w.finance), review.id, { domain: 'FINANCE', opinion: '마진 낮음', recommendation: 'CONCERN' });
  await recordOpinion(db, w.as(w.tech), review.id, { domain: 'TECHNOLOGY', opinion: '기술 적합' });
  return review;
}

describe('scheduleReview', () => {
  test('the rep schedules stage 1 through the API: 201, the working ROI calculator frozen as the snapshot, one audit row', async () => {
    const w = await world();
    const at = inDays(7);
    const r = await call(scheduleRoute, await tokenFor(w.rep.id), w.opp.id, { stage: 1, scheduledAt: at.toISOString() });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      opportunityId: w.opp.id,
      stage: 1,
      stageCode: 'QUALIFICATION',
      status: 'SCHEDULED',
      version: 1,
      scheduledAt: at.toISOString(),
    });
    const snap = await db.dealEconomics.findUnique({ where: { vrbReviewId: r.json.id } });
    expect(snap).toMatchObject({ opportunityId: w.opp.id });
    expect(snap!.contractPrice.toString()).toBe('1000000000');
    expect(snap!.marginPct.toString()).toBe('5');
    expect(await db.auditLog.count({ where: { action: 'vrb.review.schedule', entityId: r.json.id, actorId: w.rep.id } })).toBe(1);
  });

  test('scope: the manager schedules for the team, the chair and an admin for any deal; another rep or manager gets 403 (they read the deal)', async () => {
    const w = await world();
    await expectRefused(scheduleReview(db, w.as(w.otherRep), w.opp.id, { stage: 1, scheduledAt: inDays(1) }), 'FORBIDDEN');
    await expectRefused(scheduleReview(db, w.as(w.otherManager), w.opp.id, { stage: 1, scheduledAt: inDays(1) }), 'FORBIDDEN');
    const r = await scheduleReview(db, w.as(w.manager), w.opp.id, { stage: 1, scheduledAt: inDays(1) });
    expect(r.status).toBe('SCHEDULED');
    const other = await createOpportunity({ ownerId: w.otherRep.id, tier: 3 });
    expect((await scheduleReview(db, w.as(w.chair), other.id, { stage: 1, scheduledAt: inDays(1) })).stage).toBe(1);
    await db.vrbReview.deleteMany({ where: { opportunityId: other.id } });
    expect((await scheduleReview(db, w.as(w.admin), other.id, { stage: 1, scheduledAt: inDays(1) })).stage).toBe(1);
  });

  test('refusals write nothing: previous stage not passed (422), already scheduled (409 with it), unknown stage (400), closed deal (422), bad body (400)', async () => {
    const w = await world();
    const token = await tokenFor(w.rep.id);
    const first = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(2) });
    const closed = await createOpportunity({ ownerId: w.rep.id, tier: 0, outcome: 'LOST' });
    const before = await counts();
    const notPassed = await call(scheduleRoute, token, w.opp.id, { stage: 2, scheduledAt: inDays(9).toISOString() });
    expect(notPassed.status).toBe(422);
    expect(notPassed.json.error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: '이전 단계(1단계)를 통과해야 이 단계를 예약할 수 있습니다.',
    });
    const again = await call(scheduleRoute, token, w.opp.id, { stage: 1, scheduledAt: inDays(9).toISOString() });
    expect(again.status).toBe(409);
    expect(again.json.current).toMatchObject({ id: first.id, status: 'SCHEDULED' });
    const unknown = await call(scheduleRoute, token, w.opp.id, { stage: 9, scheduledAt: inDays(9).toISOString() });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.fields[0].path).toBe('stage');
    for (const body of [
      { stage: 1 },
      { stage: 1, scheduledAt: 'tomorrow' },
      { stage: 1, scheduledAt: inDays(1).toISOString(), extra: 1 },
      { stage: 'one', scheduledAt: inDays(1).toISOString() },
    ]) {
      expect((await call(scheduleRoute, token, w.opp.id, body)).status).toBe(400);
    }
    const c = await call(scheduleRoute, token, closed.id, { stage: 1, scheduledAt: inDays(1).toISOString() });
    expect(c.status).toBe(422);
    expect(await counts()).toEqual(before);
  });

  test('stage chain: CONDITIONAL blocks the next stage until every finding is RESOLVED; HOLD lets the same stage be reviewed again', async () => {
    const w = await world();
    const review = await readyReview(w);
    const f = await raiseFinding(db, w.as(w.finance), review.id, { issue: '원가 과다', severity: 'HIGH', requiredFix: '원가 재산정' });
    await decideReview(db, w.as(w.chair), review.id, { decision: 'CONDITIONAL', reason: '원가 재산정 조건', overrideReason: '전략 고객' });
    const e = await expectRefused(
      scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 2, scheduledAt: inDays(5) }),
      'UNPROCESSABLE',
      'vrb.errors.previousFindingsUnresolved',
    );
    expect(e.details).toMatchObject({ previousOrder: 1, unresolved: 1 });
    // already passed (conditionally): stage 1 cannot be scheduled again
    await expectRefused(
      scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(5) }),
      'UNPROCESSABLE',
      'vrb.errors.alreadyPassed',
    );
    const answered = await answerFinding(db, w.as(w.rep), f.id, { answer: '재산정 완료', version: 1 });
    await verifyFinding(db, w.as(w.finance), f.id, { resolved: true, version: answered.version });
    const s2 = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 2, scheduledAt: inDays(5) });
    await recordOpinion(db, w.as(w.finance), s2.id, { domain: 'FINANCE', opinion: '재검토 필요' });
    await decideReview(db, w.as(w.chair), s2.id, { decision: 'HOLD', reason: '가격 재검토' });
    await expectRefused(
      scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 3, scheduledAt: inDays(9) }),
      'UNPROCESSABLE',
      'vrb.errors.previousStageNotPassed',
    );
    const again = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 2, scheduledAt: inDays(9) });
    expect(again).toMatchObject({ stage: 2, status: 'SCHEDULED' });
  });
});

describe('recordOpinion', () => {
  test('a member records the opinion of a required domain they hold (201); a second one is 409 with the first', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    const token = await tokenFor(w.finance.id);
    const r = await call(opinionRoute, token, review.id, { domain: 'FINANCE', opinion: '마진이 기준 미달', recommendation: 'OPPOSE' });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      reviewId: review.id,
      domain: 'FINANCE',
      stance: 'OPPOSE',
      opinion: '마진이 기준 미달',
      reviewerId: w.finance.id,
    });
    expect(await db.auditLog.count({ where: { action: 'vrb.opinion.record', entityId: r.json.id } })).toBe(1);
    const before = await counts();
    const dup = await call(opinionRoute, token, review.id, { domain: 'FINANCE', opinion: '다시' });
    expect(dup.status).toBe(409);
    expect(dup.json.current).toMatchObject({ id: r.json.id, opinion: '마진이 기준 미달' });
    expect(await counts()).toEqual(before);
    // recommendation defaults to SUPPORT
    expect(await recordOpinion(db, w.as(w.tech), review.id, { domain: 'TECHNOLOGY', opinion: '적합' })).toMatchObject({
      stance: 'SUPPORT',
    });
  });

  test('refusals write nothing: a domain not held (403), not required by the stage (422), a decided review (422), unknown review (404), bad body (400)', async () => {
    const w = await world();
    const review = await readyReview(w);
    const s1Only = await db.vrbReview.create({
      data: { opportunityId: w.opp.id, stageId: w.s1.id, scheduledAt: inDays(1), createdById: w.rep.id },
    });
    const before = await counts();
    const notHeld = await call(opinionRoute, await tokenFor(w.finance.id), s1Only.id, { domain: 'TECHNOLOGY', opinion: 'x' });
    expect(notHeld.status).toBe(403);
    expect(notHeld.json.error.message).toBe('담당 분야가 아닙니다.');
    await expectRefused(
      recordOpinion(db, w.as(w.legalProc), s1Only.id, { domain: 'LEGAL', opinion: 'x' }),
      'UNPROCESSABLE',
      'vrb.errors.domainNotRequired',
    );
    await decideReview(db, w.as(w.chair), review.id, { decision: 'HOLD', reason: '보류' });
    const after = await counts();
    await db.vrbOpinion.deleteMany({ where: { reviewId: review.id, domain: 'TECHNOLOGY' } });
    await expectRefused(
      recordOpinion(db, w.as(w.tech), review.id, { domain: 'TECHNOLOGY', opinion: 'x' }),
      'UNPROCESSABLE',
      'vrb.errors.reviewClosed',
    );
    expect((await call(opinionRoute, await tokenFor(w.finance.id), crypto.randomUUID(), { domain: 'FINANCE', opinion: 'x' })).status).toBe(
      404,
    );
    expect((await call(opinionRoute, await tokenFor(w.finance.id), s1Only.id, { domain: 'FINANCE', opinion: '' })).status).toBe(400);
    expect(
      (await call(opinionRoute, await tokenFor(w.finance.id), s1Only.id, { domain: 'FINANCE', opinion: 'x', recommendation: 'MAYBE' }))
        .status,
    ).toBe(400);
    expect(before.opinions).toBe(2);
    expect(after.opinions).toBe(2);
    expect(await db.vrbOpinion.count()).toBe(1);
  });
});

describe('findings: raise → answer → verify', () => {
  test('the full cycle through the API, with a send-back: OPEN → ANSWERED → OPEN (note) → ANSWERED → RESOLVED', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    const raised = await call(findingRoute, await tokenFor(w.finance.id), review.id, {
      issue: '하드웨어 원가 과다',
      severity: 'CRITICAL',
      requiredFix: '원가 재산정',
    });
    expect(raised.status).toBe(201);
    expect(raised.json).toMatchObject({ domain: 'FINANCE', status: 'OPEN', version: 1, severity: 'CRITICAL' });
    const id = raised.json.id;
    const repToken = await tokenFor(w.rep.id);
    const financeToken = await tokenFor(w.finance.id);

    const a1 = await call(answerRoute, repToken, id, { answer: '재산정함', version: 1 });
    expect(a1).toMatchObject({ status: 200, json: { status: 'ANSWERED', answer: '재산정함', version: 2 } });
    const back = await call(verifyRoute, financeToken, id, { resolved: false, note: '근거 자료 첨부 필요', version: 2 });
    expect(back).toMatchObject({ status: 200, json: { status: 'OPEN', version: 3 } });
    expect((await db.auditLog.findFirst({ where: { action: 'vrb.finding.reopen', entityId: id } }))?.after).toMatchObject({
      note: '근거 자료 첨부 필요',
    });
    // the manager of the rep's team may answer too
    const a2 = await call(answerRoute, await tokenFor(w.manager.id), id, { answer: '견적서 첨부', version: 3 });
    expect(a2).toMatchObject({ status: 200, json: { status: 'ANSWERED', answer: '견적서 첨부', version: 4 } });
    const ok = await call(verifyRoute, financeToken, id, { resolved: true, version: 4 });
    expect(ok).toMatchObject({ status: 200, json: { status: 'RESOLVED', version: 5 } });
    expect(ok.json.resolvedAt).not.toBeNull();
    // raise, answer, reopen, answer, resolve
    expect(await db.auditLog.count({ where: { entityType: 'VrbFinding', entityId: id } })).toBe(5);
  });

  test('raise refusals write nothing: several domains without one (400), a domain not held (403), a decided review (422)', async () => {
    const w = await world();
    const review = await readyReview(w);
    const before = await counts();
    const many = await call(findingRoute, await tokenFor(w.legalProc.id), review.id, { issue: 'x', severity: 'LOW', requiredFix: 'y' });
    expect(many.status).toBe(400);
    expect(many.json.error.fields).toEqual([{ path: 'domain', message: '분야를 선택해 주세요.' }]);
    expect(
      (
        await call(findingRoute, await tokenFor(w.finance.id), review.id, {
          domain: 'LEGAL',
          issue: 'x',
          severity: 'LOW',
          requiredFix: 'y',
        })
      ).status,
    ).toBe(403);
    expect(
      (await call(findingRoute, await tokenFor(w.finance.id), review.id, { issue: 'x', severity: 'URGENT', requiredFix: 'y' })).status,
    ).toBe(400);
    expect(await counts()).toEqual(before);
    // the member holding several domains names one
    expect(
      await raiseFinding(db, w.as(w.legalProc), review.id, {
        domain: 'PROCUREMENT',
        issue: '조달 방식',
        severity: 'LOW',
        requiredFix: '확인',
      }),
    ).toMatchObject({ domain: 'PROCUREMENT' });
    await decideReview(db, w.as(w.chair), review.id, { decision: 'HOLD', reason: '보류' });
    await expectRefused(
      raiseFinding(db, w.as(w.finance), review.id, { issue: 'x', severity: 'LOW', requiredFix: 'y' }),
      'UNPROCESSABLE',
      'vrb.errors.reviewClosed',
    );
  });

  test('answer and verify refusals write nothing: another rep (403), stale version (409 with the current), wrong state (422), other domain (403), send back without a note (422)', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    const f = await raiseFinding(db, w.as(w.finance), review.id, { issue: '원가', severity: 'HIGH', requiredFix: '재산정' });
    const before = await counts();
    expect((await call(answerRoute, await tokenFor(w.otherRep.id), f.id, { answer: 'x', version: 1 })).status).toBe(403);
    expect((await call(answerRoute, await tokenFor(w.otherManager.id), f.id, { answer: 'x', version: 1 })).status).toBe(403);
    expect((await call(answerRoute, await tokenFor(w.rep.id), crypto.randomUUID(), { answer: 'x', version: 1 })).status).toBe(404);
    const stale = await call(answerRoute, await tokenFor(w.rep.id), f.id, { answer: 'x', version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.json.current).toMatchObject({ id: f.id, status: 'OPEN', version: 1 });
    expect((await call(answerRoute, await tokenFor(w.rep.id), f.id, { answer: '   ', version: 1 })).status).toBe(400);
    expect((await call(verifyRoute, await tokenFor(w.finance.id), f.id, { resolved: true, version: 1 })).status).toBe(422); // still OPEN
    expect(await counts()).toEqual(before);

    await answerFinding(db, w.as(w.rep), f.id, { answer: '완료', version: 1 });
    const mid = await counts();
    await expectRefused(answerFinding(db, w.as(w.rep), f.id, { answer: '또', version: 2 }), 'UNPROCESSABLE', 'vrb.errors.findingNotOpen');
    const other = await call(verifyRoute, await tokenFor(w.tech.id), f.id, { resolved: true, version: 2 });
    expect(other.status).toBe(403);
    const noNote = await call(verifyRoute, await tokenFor(w.finance.id), f.id, { resolved: false, version: 2 });
    expect(noNote.status).toBe(422);
    expect(noNote.json.error.fields[0].path).toBe('note');
    expect((await call(verifyRoute, await tokenFor(w.finance.id), f.id, { resolved: true, version: 1 })).status).toBe(409);
    expect(await counts()).toEqual(mid);
    // two verifiers at once with the same version: one wins, the other gets 409
    const both = await Promise.allSettled([
      verifyFinding(db, w.as(w.finance), f.id, { resolved: true, version: 2 }),
      verifyFinding(db, w.as(w.finance), f.id, { resolved: false, note: '부족', version: 2 }),
    ]);
    expect(both.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(both.find((x) => x.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });
});

describe('decideReview', () => {
  test('PASS under the margin floor: 422 without an override reason (nothing written), 201 with one; the margin is kept on the decision', async () => {
    const w = await world();
    const review = await readyReview(w);
    const token = await tokenFor(w.chair.id);
    const before = await counts();
    const refused = await call(decisionRoute, token, review.id, { decision: 'PASS' });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: '마진율 5%가 최저 기준 10% 미만입니다. 통과하려면 예외 승인 사유를 입력해야 합니다.',
      fields: [{ path: 'overrideReason' }],
      details: { marginPct: 5, floorPct: 10 },
    });
    expect(await counts()).toEqual(before);

    const passed = await call(decisionRoute, token, review.id, { decision: 'PASS', overrideReason: '전략 고객 선점' });
    expect(passed.status).toBe(201);
    expect(passed.json).toMatchObject({
      decision: { decision: 'PASS', overrideReason: '전략 고객 선점', marginPct: 5, decidedById: w.chair.id },
      review: { id: review.id, status: 'DECIDED', version: 2 },
      lowPrice: true,
      opportunity: null,
    });
    const row = await db.vrbReview.findUnique({ where: { id: review.id } });
    expect(row!.heldAt).not.toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: 'vrb.review.decide', entityId: review.id } })).toMatchObject({
      actorId: w.chair.id,
      after: expect.objectContaining({ decision: 'PASS', guard: 'belowFloor', floorPct: 10 }),
    });

    // decided once: a second decision is a 409 with the review
    const again = await call(decisionRoute, token, review.id, { decision: 'HOLD', reason: 'x' });
    expect(again.status).toBe(409);
    expect(again.json.current).toMatchObject({ id: review.id, status: 'DECIDED' });
    expect(await db.vrbDecision.count({ where: { reviewId: review.id } })).toBe(1);
  });

  test('above the floor PASS needs no override; the floor is the marginFloorPct setting', async () => {
    const w = await world();
    await db.setting.upsert({ where: { key: 'marginFloorPct' }, create: { key: 'marginFloorPct', value: 4 }, update: { value: 4 } });
    const review = await readyReview(w);
    const r = await decideReview(db, w.as(w.exec), review.id, { decision: 'PASS' });
    expect(r).toMatchObject({ lowPrice: false, decision: { decision: 'PASS', overrideReason: null } });
  });

  test('rule refusals write nothing: opinions missing, findings unresolved, CONDITIONAL with nothing to resolve, HOLD/DROP without a reason, override with HOLD', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    await recordOpinion(db, w.as(w.finance), review.id, { domain: 'FINANCE', opinion: 'x' });
    const token = await tokenFor(w.chair.id);
    let before = await counts();
    const missing = await call(decisionRoute, token, review.id, { decision: 'PASS', overrideReason: 'x' });
    expect(missing).toMatchObject({ status: 422, json: { error: { details: { missing: ['TECHNOLOGY'] } } } });
    await recordOpinion(db, w.as(w.tech), review.id, { domain: 'TECHNOLOGY', opinion: 'x' });
    expect((await call(decisionRoute, token, review.id, { decision: 'CONDITIONAL', overrideReason: 'x' })).status).toBe(422);
    await raiseFinding(db, w.as(w.tech), review.id, { issue: '아키텍처', severity: 'MEDIUM', requiredFix: '보완' });
    before = await counts();
    const unresolved = await call(decisionRoute, token, review.id, { decision: 'PASS', overrideReason: 'x' });
    expect(unresolved).toMatchObject({ status: 422, json: { error: { details: { unresolved: 1 } } } });
    expect((await call(decisionRoute, token, review.id, { decision: 'CONDITIONAL' })).json.error.fields[0].path).toBe('overrideReason');
    expect((await call(decisionRoute, token, review.id, { decision: 'HOLD' })).json.error.fields[0].path).toBe('reason');
    expect((await call(decisionRoute, token, review.id, { decision: 'DROP', reason: '  ' })).status).toBe(422);
    expect((await call(decisionRoute, token, review.id, { decision: 'HOLD', reason: 'x', overrideReason: 'y' })).status).toBe(400);
    expect((await call(decisionRoute, token, review.id, { decision: 'APPROVE' })).status).toBe(400);
    expect((await call(decisionRoute, token, crypto.randomUUID(), { decision: 'HOLD', reason: 'x' })).status).toBe(404);
    expect(await counts()).toEqual(before);
    // CONDITIONAL with the open finding and an override reason goes through
    expect(
      (await call(decisionRoute, token, review.id, { decision: 'CONDITIONAL', reason: '보완 조건', overrideReason: '전략 고객' })).status,
    ).toBe(201);
  });

  test('DROP moves the opportunity to Tier 0 DROPPED through the tier engine in the same transaction', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    const r = await call(decisionRoute, await tokenFor(w.chair.id), review.id, { decision: 'DROP', reason: '수익성 없음' });
    expect(r.status).toBe(201);
    expect(r.json.opportunity).toMatchObject({ id: w.opp.id, tier: 0, outcome: 'DROPPED', lastOpenTier: 2, version: 2 });
    const opp = await db.opportunity.findUnique({ where: { id: w.opp.id } });
    expect(opp).toMatchObject({ tier: 0, outcome: 'DROPPED' });
    expect(await db.tierChange.findFirst({ where: { opportunityId: w.opp.id, toTier: 0 } })).toMatchObject({
      fromTier: 2,
      toOutcome: 'DROPPED',
      reason: '수익성 없음',
      actorId: w.chair.id,
    });
    expect(await db.auditLog.count({ where: { action: 'opportunity.tier.move', entityId: w.opp.id } })).toBe(1);
    // the deal is closed: no further review can be scheduled
    await expectRefused(
      scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(5) }),
      'UNPROCESSABLE',
      'vrb.errors.opportunityClosed',
    );
  });

  test('DROP of a deal closed meanwhile: the tier engine refuses (422) and the decision is rolled back', async () => {
    const w = await world();
    const review = await scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(3) });
    await db.opportunity.update({ where: { id: w.opp.id }, data: { tier: 0, outcome: 'LOST', lastOpenTier: 2 } });
    const before = await counts();
    const r = await call(decisionRoute, await tokenFor(w.chair.id), review.id, { decision: 'DROP', reason: '수익성 없음' });
    expect(r.status).toBe(422);
    expect(await counts()).toEqual(before);
  });

  test('two chairs deciding at once: one decision, the other 409', async () => {
    const w = await world();
    const review = await readyReview(w);
    const chair2 = await createUser({ roles: ['VRB_CHAIR'] });
    const both = await Promise.allSettled([
      decideReview(db, w.as(w.chair), review.id, { decision: 'HOLD', reason: 'a' }),
      decideReview(db, sessionFor(chair2), review.id, { decision: 'DROP', reason: 'b' }),
    ]);
    expect(both.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(both.find((x) => x.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await db.vrbDecision.count()).toBe(1);
  });
});

describe('role × action on every VRB route (real records)', () => {
  type W = Awaited<ReturnType<typeof world>>;
  type Case = { name: string; handler: Handler; permission: Permission; prepare: (w: W) => Promise<{ id: string; body: unknown }> };
  const scheduled = (w: W) => scheduleReview(db, w.as(w.rep), w.opp.id, { stage: 1, scheduledAt: inDays(1) });
  const raised = async (w: W) =>
    raiseFinding(db, w.as(w.finance), (await scheduled(w)).id, { issue: 'x', severity: 'LOW', requiredFix: 'y' });
  const cases: Case[] = [
    {
      name: 'schedule',
      handler: scheduleRoute,
      permission: 'vrb:schedule',
      prepare: async (w) => ({ id: w.opp.id, body: { stage: 1, scheduledAt: inDays(1).toISOString() } }),
    },
    {
      name: 'opinion',
      handler: opinionRoute,
      permission: 'vrb:opinion',
      prepare: async (w) => ({ id: (await scheduled(w)).id, body: { domain: 'FINANCE', opinion: 'x' } }),
    },
    {
      name: 'finding',
      handler: findingRoute,
      permission: 'vrb:finding:raise',
      prepare: async (w) => ({ id: (await scheduled(w)).id, body: { domain: 'FINANCE', issue: 'x', severity: 'LOW', requiredFix: 'y' } }),
    },
    {
      name: 'answer',
      handler: answerRoute,
      permission: 'vrb:finding:answer',
      prepare: async (w) => ({ id: (await raised(w)).id, body: { answer: 'done', version: 1 } }),
    },
    {
      name: 'verify',
      handler: verifyRoute,
      permission: 'vrb:finding:verify',
      prepare: async (w) => {
        const f = await raised(w);
        await answerFinding(db, w.as(w.rep), f.id, { answer: 'done', version: 1 });
        return { id: f.id, body: { resolved: true, version: 2 } };
      },
    },
    {
      name: 'decision',
      handler: decisionRoute,
      permission: 'vrb:decide',
      prepare: async (w) => ({ id: (await readyReview(w)).id, body: { decision: 'PASS', overrideReason: '전략' } }),
    },
  ];

  test.each(cases)(
    '$name: allowed roles succeed, every other role gets 403 and nothing is written',
    async ({ handler, permission, prepare }) => {
      expect(handler.permission).toBe(permission);
      for (const role of ROLES) {
        await db.$executeRawUnsafe('TRUNCATE "VrbStage", "Opportunity", "AuditLog", "User" RESTART IDENTITY CASCADE');
        const w = await world();
        // the acting user: the deal's owner for a rep, the owner's manager for a manager, a FINANCE member for a VRB member
        const actor =
          role === 'SALES_REP'
            ? w.rep
            : role === 'SALES_MANAGER'
              ? w.manager
              : await createUser({ roles: [role], vrbDomains: role === 'VRB_MEMBER' ? ['FINANCE'] : [] });
        const token = await tokenFor(actor.id);
        const { id, body } = await prepare(w);
        const before = await counts();
        const r = await call(handler, token, id, body);
        if (can([role], permission)) {
          expect(r.status, `${role} should be allowed: ${JSON.stringify(r.json)}`).toBeLessThan(300);
          expect(await counts()).not.toEqual(before);
        } else {
          expect(r.status, `${role} should be refused`).toBe(403);
          expect(r.json.error.code).toBe('FORBIDDEN');
          expect(await counts()).toEqual(before);
        }
      }
    },
  );

  test('each page action guards with the same permission as its route', () => {
    expect(reviewActions.recordOpinionAction.permission).toBe(opinionRoute.permission);
    expect(reviewActions.raiseFindingAction.permission).toBe(findingRoute.permission);
    expect(reviewActions.answerFindingAction.permission).toBe(answerRoute.permission);
    expect(reviewActions.verifyFindingAction.permission).toBe(verifyRoute.permission);
    expect(reviewActions.decideReviewAction.permission).toBe(decisionRoute.permission);
    expect(opportunityActions.scheduleVrbReviewAction.permission).toBe(scheduleRoute.permission);
  });
});

describe('OpenAPI', () => {
  test('documents every VRB write route', async () => {
    const doc = await (await openapi()).json();
    for (const p of [
      '/api/v1/opportunities/{id}/vrb-reviews',
      '/api/v1/vrb-reviews/{id}/opinions',
      '/api/v1/vrb-reviews/{id}/findings',
      '/api/v1/vrb-reviews/{id}/decision',
      '/api/v1/vrb-findings/{id}/answer',
      '/api/v1/vrb-findings/{id}/verify',
    ]) {
      expect(doc.paths[p]?.post, p).toBeTruthy();
    }
    expect(doc.paths['/api/v1/vrb-reviews/{id}/decision'].post.responses['422']).toBeTruthy();
  });
});
