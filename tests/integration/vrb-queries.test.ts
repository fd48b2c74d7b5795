import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { getSimilarLessons, getVrbQueue, getVrbReview } from '@/lib/db/queries/vrb';
import { computeEconomics } from '@/lib/domain/vrb';
import { createAccount, createOpportunity, createUser } from '../factories';

const DAY = 86_400_000;
let stageSeq = 0;
async function createStage(requiredDomains: ('FINANCE' | 'LEGAL' | 'PROCUREMENT' | 'TECHNOLOGY')[]) {
  stageSeq += 1;
  return db.vrbStage.create({
    data: { order: 100 + stageSeq, code: `T${stageSeq}`, nameKo: `단계 ${stageSeq}`, nameEn: `Stage ${stageSeq}`, requiredDomains },
  });
}

async function createReview(opts: {
  opportunityId: string;
  stageId: string;
  createdById: string;
  inDays: number;
  status?: 'SCHEDULED' | 'DECIDED' | 'CANCELLED';
}) {
  return db.vrbReview.create({
    data: {
      opportunityId: opts.opportunityId,
      stageId: opts.stageId,
      createdById: opts.createdById,
      scheduledAt: new Date(Date.now() + opts.inDays * DAY),
      status: opts.status ?? 'SCHEDULED',
    },
  });
}

describe('getVrbQueue', () => {
  test('upcoming by date, missing required opinions, unresolved findings most severe first, with counts', async () => {
    const rep = await createUser({ name: '김영업' });
    const expert = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE', 'LEGAL'] });
    const acct = await createAccount({ name: '한빛전자' });
    const opp = await createOpportunity({ ownerId: rep.id, accountId: acct.id, tier: 2, name: 'ERP 고도화', amount: '1000000000' });
    const stage = await createStage(['FINANCE', 'LEGAL']);

    const later = await createReview({ opportunityId: opp.id, stageId: stage.id, createdById: rep.id, inDays: 10 });
    const soon = await createReview({ opportunityId: opp.id, stageId: stage.id, createdById: rep.id, inDays: -2 });
    const decided = await createReview({ opportunityId: opp.id, stageId: stage.id, createdById: rep.id, inDays: -30, status: 'DECIDED' });
    await createReview({ opportunityId: opp.id, stageId: stage.id, createdById: rep.id, inDays: 3, status: 'CANCELLED' });
    // `later` has both opinions; `soon` only FINANCE
    await db.vrbOpinion.createMany({
      data: [
        { reviewId: later.id, domain: 'FINANCE', reviewerId: expert.id, stance: 'SUPPORT', opinion: '좋음' },
        { reviewId: later.id, domain: 'LEGAL', reviewerId: expert.id, stance: 'SUPPORT', opinion: '문제 없음' },
        { reviewId: soon.id, domain: 'FINANCE', reviewerId: expert.id, stance: 'CONCERN', opinion: '마진 낮음' },
      ],
    });
    await db.dealEconomics.create({
      data: { opportunityId: opp.id, vrbReviewId: soon.id, contractPrice: '500000000', hardwareCost: '460000000' },
    });
    const f1 = await db.vrbFinding.create({
      data: { reviewId: soon.id, domain: 'FINANCE', raisedById: expert.id, issue: '저가', severity: 'MEDIUM', requiredFix: '가격 재검토' },
    });
    const f2 = await db.vrbFinding.create({
      data: {
        reviewId: decided.id,
        domain: 'LEGAL',
        raisedById: expert.id,
        issue: '책임 한도',
        severity: 'CRITICAL',
        requiredFix: '조항 수정',
        status: 'ANSWERED',
        answer: '수정함',
        dueDate: new Date('2026-01-05T00:00:00Z'),
      },
    });
    await db.vrbFinding.create({
      data: {
        reviewId: later.id,
        domain: 'LEGAL',
        raisedById: expert.id,
        issue: '해결됨',
        severity: 'HIGH',
        requiredFix: '-',
        status: 'RESOLVED',
      },
    });

    const q = await getVrbQueue(db);
    expect(q.counts).toEqual({ upcoming: 2, missingOpinions: 1, openFindings: 2 });
    expect(q.upcoming.map((r) => r.id)).toEqual([soon.id, later.id]);
    expect(q.upcoming[0]).toMatchObject({
      status: 'SCHEDULED',
      stageNameKo: stage.nameKo,
      stageNameEn: stage.nameEn,
      requiredDomains: ['FINANCE', 'LEGAL'],
      missingDomains: ['LEGAL'],
      openFindings: 1,
      opportunityId: opp.id,
      opportunityName: 'ERP 고도화',
      accountName: '한빛전자',
      ownerName: '김영업',
    });
    expect(q.upcoming[0]!.economics).toMatchObject({ contractPrice: '500000000.00', hardwareCost: '460000000.00' });
    expect(q.upcoming[1]).toMatchObject({ missingDomains: [], openFindings: 0, economics: null });
    expect(q.missingOpinions.map((r) => r.id)).toEqual([soon.id]);
    expect(q.openFindings.map((f) => [f.id, f.severity, f.status, f.review.id])).toEqual([
      [f2.id, 'CRITICAL', 'ANSWERED', decided.id],
      [f1.id, 'MEDIUM', 'OPEN', soon.id],
    ]);
    // the queue's findings carry their 조치 기한 (shown, and marked overdue once past)
    expect(q.openFindings.map((f) => f.dueDate)).toEqual([new Date('2026-01-05T00:00:00Z'), null]);
    // the snapshot feeds the low-price guard: 8% margin
    expect(computeEconomics(q.upcoming[0]!.economics!)).toMatchObject({ ok: true, value: { marginPct: 8 } });
  });

  test('empty database: empty lists and zero counts', async () => {
    expect(await getVrbQueue(db)).toEqual({
      counts: { upcoming: 0, missingOpinions: 0, openFindings: 0 },
      upcoming: [],
      missingOpinions: [],
      openFindings: [],
    });
  });

  test('each list is capped by the limit', async () => {
    const rep = await createUser();
    const opp = await createOpportunity({ ownerId: rep.id });
    const stage = await createStage(['TECHNOLOGY']);
    for (const d of [1, 2, 3]) await createReview({ opportunityId: opp.id, stageId: stage.id, createdById: rep.id, inDays: d });
    const q = await getVrbQueue(db, { limit: 2 });
    expect(q.counts.upcoming).toBe(3);
    expect(q.upcoming).toHaveLength(2);
    expect(q.missingOpinions).toHaveLength(2);
  });
});

describe('getVrbReview', () => {
  test('the full record: snapshot, payment schedule, assessment, opinions, findings, decisions newest first', async () => {
    const rep = await createUser();
    const chair = await createUser({ roles: ['VRB_CHAIR'], name: '박의장' });
    const expert = await createUser({ roles: ['VRB_MEMBER'], name: '이재무' });
    const opp = await createOpportunity({ ownerId: rep.id, tier: 2 });
    const stage = await createStage(['FINANCE', 'TECHNOLOGY']);
    const review = await createReview({ opportunityId: opp.id, stageId: stage.id, createdById: rep.id, inDays: -1, status: 'DECIDED' });
    await db.dealEconomics.create({
      data: {
        opportunityId: opp.id,
        vrbReviewId: review.id,
        contractPrice: '1000000000',
        hardwareCost: '200000000',
        laborPersonMonths: '10',
        laborRate: '10000000',
        contingency: '50000000',
      },
    });
    // the working copy (no review) is not the snapshot
    await db.dealEconomics.create({ data: { opportunityId: opp.id, contractPrice: '1', hardwareCost: '999' } });
    await db.paymentMilestone.createMany({
      data: [
        { opportunityId: opp.id, kind: 'BALANCE', amount: '500000000', dueDate: new Date('2027-06-30') },
        { opportunityId: opp.id, kind: 'DOWN_PAYMENT', amount: '300000000', dueDate: new Date('2027-01-31') },
        { opportunityId: opp.id, kind: 'INTERIM', amount: '200000000', dueDate: new Date('2027-03-31') },
      ],
    });
    await db.vrbAssessment.createMany({
      data: [
        { reviewId: review.id, criterion: 'TECHNICAL_RISK', score: 2, notes: '신기술' },
        { reviewId: review.id, criterion: 'STRATEGIC_VALUE', score: 5 },
      ],
    });
    await db.vrbOpinion.create({
      data: { reviewId: review.id, domain: 'FINANCE', reviewerId: expert.id, stance: 'SUPPORT', opinion: '수익성 양호' },
    });
    await db.vrbFinding.create({
      data: {
        reviewId: review.id,
        domain: 'FINANCE',
        raisedById: expert.id,
        issue: '환율',
        severity: 'HIGH',
        requiredFix: '헤지',
        status: 'ANSWERED',
        answer: '선물환 계약',
      },
    });
    const d1 = await db.vrbDecision.create({
      data: { reviewId: review.id, decision: 'HOLD', reason: '재검토', decidedById: chair.id, decidedAt: new Date(Date.now() - 3 * DAY) },
    });
    const d2 = await db.vrbDecision.create({
      data: {
        reviewId: review.id,
        decision: 'PASS',
        overrideReason: '전략 고객',
        marginPct: '7.500',
        decidedById: chair.id,
        decidedAt: new Date(Date.now() - DAY),
      },
    });

    const r = (await getVrbReview(db, review.id))!;
    expect(r.stage).toMatchObject({ nameKo: stage.nameKo, requiredDomains: ['FINANCE', 'TECHNOLOGY'] });
    expect(r.opportunity.id).toBe(opp.id);
    expect(r.economics).toMatchObject({
      contractPrice: '1000000000',
      hardwareCost: '200000000',
      labor: [{ personMonths: '10.00' }],
      contingency: '50000000',
    });
    expect(computeEconomics(r.economics!)).toMatchObject({ ok: true, value: { grossProfit: '650000000.00', marginPct: 65 } });
    expect(r.opportunity.milestones.map((m) => [m.kind, m.amount])).toEqual([
      ['DOWN_PAYMENT', '300000000'],
      ['INTERIM', '200000000'],
      ['BALANCE', '500000000'],
    ]);
    expect(r.assessments).toHaveLength(2);
    expect(r.opinions).toEqual([expect.objectContaining({ domain: 'FINANCE', stance: 'SUPPORT', reviewer: { name: '이재무' } })]);
    expect(r.findings).toEqual([
      expect.objectContaining({ issue: '환율', status: 'ANSWERED', answer: '선물환 계약', raisedBy: { name: '이재무' } }),
    ]);
    expect(r.decisions.map((d) => d.id)).toEqual([d2.id, d1.id]);
    expect(r.decisions[0]).toMatchObject({
      decision: 'PASS',
      overrideReason: '전략 고객',
      marginPct: '7.5',
      decidedBy: { name: '박의장' },
    });
  });

  test('unknown id → null', async () => {
    expect(await getVrbReview(db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

describe('getSimilarLessons', () => {
  test('same customer, category or competitor; most matches first; at most 5; unrelated lessons left out', async () => {
    const rep = await createUser();
    const acct = await createAccount();
    const other = await createAccount();
    const cat = await db.businessCategory.create({ data: { code: 'SI', nameKo: 'SI', nameEn: 'SI' } });
    const rival = await db.competitor.create({ data: { name: '경쟁사A' } });
    const stranger = await db.competitor.create({ data: { name: '경쟁사B' } });
    const opp = await createOpportunity({ ownerId: rep.id, accountId: acct.id });
    await db.opportunity.update({ where: { id: opp.id }, data: { businessCategoryId: cat.id } });
    await db.opportunityCompetitor.create({ data: { opportunityId: opp.id, competitorId: rival.id } });
    const at = (d: number) => new Date(Date.now() - d * DAY);
    // lessons come from postmortems; only a PUBLISHED postmortem's lessons are shown (a draft's never)
    const closed = await createOpportunity({ ownerId: rep.id, accountId: other.id });
    const draftOf = await createOpportunity({ ownerId: rep.id, accountId: other.id });
    const published = await db.postmortem.create({ data: { opportunityId: closed.id, status: 'PUBLISHED', createdById: rep.id } });
    const draft = await db.postmortem.create({ data: { opportunityId: draftOf.id, status: 'DRAFT', createdById: rep.id } });
    const mk = (
      title: string,
      data: { accountId?: string; businessCategoryId?: string; competitorId?: string },
      days: number,
      postmortemId = published.id,
    ) => db.lesson.create({ data: { title, body: `${title} 본문`, category: 'PRICE', createdAt: at(days), postmortemId, ...data } });
    await mk('초안 교훈', { accountId: acct.id, competitorId: rival.id }, 0, draft.id);
    await mk('고객+경쟁사', { accountId: acct.id, competitorId: rival.id }, 50);
    await mk('고객', { accountId: acct.id }, 1);
    await mk('분류', { businessCategoryId: cat.id }, 2);
    await mk('경쟁사', { competitorId: rival.id, accountId: other.id }, 3);
    await mk('무관', { accountId: other.id, competitorId: stranger.id }, 0);

    const rows = await getSimilarLessons(db, { id: opp.id, accountId: acct.id, businessCategoryId: cat.id });
    expect(rows.map((l) => l.title)).toEqual(['고객+경쟁사', '고객', '분류', '경쟁사']);
    expect(rows[0]).toMatchObject({ sameAccount: true, sameCompetitor: true, sameCategory: false, competitorName: '경쟁사A' });
    expect(rows[2]).toMatchObject({ sameAccount: false, sameCategory: true, sameCompetitor: false, categoryNameKo: 'SI' });

    for (let i = 0; i < 4; i++) await mk(`추가 ${i}`, { accountId: acct.id }, 10 + i);
    expect(await getSimilarLessons(db, { id: opp.id, accountId: acct.id, businessCategoryId: cat.id })).toHaveLength(5);
    // no category on the opportunity: category lessons are not matched
    const none = await getSimilarLessons(db, { id: opp.id, accountId: other.id, businessCategoryId: null });
    expect(none.map((l) => l.title)).toEqual(['경쟁사', '무관', '고객+경쟁사']); // two matches, then newest first
  });
});
