import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { moveOpportunityTier } from '@/lib/server/commands/opportunities';
import { closeTierReview, decideTierReviewItem, getTierReview, listTierReviews, startTierReview } from '@/lib/server/commands/tier-reviews';
import { createOpportunity, createUser, sessionFor } from '../factories';

async function team() {
  const mgrUser = await createUser({ roles: ['SALES_MANAGER'], name: '팀장' });
  const mgr = sessionFor(mgrUser);
  const rep = await createUser({ name: '가 영업', managerId: mgr.userId });
  const rep2 = await createUser({ name: '나 영업', managerId: mgr.userId });
  return { mgr, rep, rep2 };
}

describe('tier review: snapshot, chains, stagnant reps', () => {
  test('movement matrix across a weekly chain; closes and deals created in between appear; stagnant reps named', async () => {
    const { mgr, rep: mover, rep2: sitter } = await team();
    const a = await createOpportunity({ ownerId: mover.id, tier: 3 });
    const b = await createOpportunity({ ownerId: sitter.id, tier: 2 });

    const r1 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '1주차' });
    expect(r1.items).toBe(2);
    await closeTierReview(db, mgr, { reviewId: r1.id });
    await moveOpportunityTier(db, mgr, { opportunityId: a.id, to: 4, reason: '재검토', version: 1 });
    // created and closed between two reviews: still in the next snapshot
    const flash = await createOpportunity({ ownerId: mover.id, tier: 4 });
    await moveOpportunityTier(db, mgr, { opportunityId: flash.id, to: 0, outcome: 'DROPPED', reason: '고객 취소', version: 1 });

    const r2 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '2주차' });
    const v2 = (await getTierReview(db, mgr, r2.id))!;
    expect(v2.review.previousId).toBe(r1.id);
    const mine = v2.matrix.find((m) => m.ownerId === mover.id)!;
    expect(mine.cells).toEqual(
      expect.arrayContaining([
        { from: '3', to: '4', count: 1, direction: 'down' },
        { from: 'NEW', to: 'DROPPED', count: 1, direction: 'new' },
      ]),
    );
    expect(v2.matrix.find((m) => m.ownerId === sitter.id)!.cells).toEqual([{ from: '2', to: '2', count: 1, direction: 'same' }]);
    await closeTierReview(db, mgr, { reviewId: r2.id });

    // a monthly review is its own chain: no previous review
    const m1 = await startTierReview(db, mgr, { period: 'MONTHLY' });
    expect(m1.previousId).toBeNull();

    const r3 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '3주차' });
    await closeTierReview(db, mgr, { reviewId: r3.id });
    const r4 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '4주차' });
    const v4 = (await getTierReview(db, mgr, r4.id))!;
    expect(v4.review.previousId).toBe(r3.id);
    // N = 3: the sitter's tier did not move in weekly reviews 2, 3 and 4
    expect(v4.stagnant.map((s) => s.ownerName)).toEqual(['나 영업']);
    expect(v4.items.map((i) => i.opportunityId).sort()).toEqual([a.id, b.id].sort());
    expect((await listTierReviews(db, { period: 'WEEKLY' })).map((r) => r.title)).toEqual(['4주차', '3주차', '2주차', '1주차']);
  });

  test('scope: a manager reviews their team only; an executive the whole firm; one open review per period and scope', async () => {
    const { mgr, rep } = await team();
    const other = await team();
    await createOpportunity({ ownerId: rep.id, tier: 3 });
    await createOpportunity({ ownerId: other.rep.id, tier: 3 });
    const exec = sessionFor(await createUser({ roles: ['EXECUTIVE'] }));

    const mine = await startTierReview(db, mgr, { period: 'WEEKLY' });
    expect(mine).toMatchObject({ teamId: mgr.userId, items: 1 });
    await expect(startTierReview(db, mgr, { period: 'WEEKLY' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(startTierReview(db, mgr, { period: 'WEEKLY', teamId: other.mgr.userId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // another team's weekly and the firm's weekly are other scopes
    expect((await startTierReview(db, other.mgr, { period: 'WEEKLY' })).items).toBe(1);
    expect(await startTierReview(db, exec, { period: 'WEEKLY' })).toMatchObject({ teamId: null, items: 2 });
    const rep1 = sessionFor(rep);
    await expect(startTierReview(db, rep1, { period: 'WEEKLY' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // two starts at once of the same scope: one wins, the other gets 409
    const results = await Promise.allSettled([
      startTierReview(db, exec, { period: 'MONTHLY' }),
      startTierReview(db, exec, { period: 'MONTHLY' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await db.tierReview.count({ where: { period: 'MONTHLY' } })).toBe(1);
  });
});

describe('tier review decisions act through the tier engine', () => {
  test('downgrade and drop move the deal with history (the review as reason), audit and the owner notified', async () => {
    const { mgr, rep } = await team();
    const a = await createOpportunity({ ownerId: rep.id, tier: 2 });
    const b = await createOpportunity({ ownerId: rep.id, tier: 3 });
    const r = await startTierReview(db, mgr, { period: 'WEEKLY' });

    const d1 = await decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: a.id, decision: 'DOWNGRADE', reason: '예산 미확정' });
    expect(d1.opportunity).toMatchObject({ tier: 3, outcome: 'OPEN' });
    await decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: b.id, decision: 'DROP', reason: '고객 사업 취소' });

    expect(await db.opportunity.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ tier: 3, version: 2 });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ tier: 0, outcome: 'DROPPED', lastOpenTier: 3 });
    const hist = await db.tierChange.findFirstOrThrow({ where: { opportunityId: a.id, fromTier: 2 } });
    expect(hist).toMatchObject({ toTier: 3, actorId: mgr.userId });
    expect(hist.reason).toMatch(/^주간 티어 리뷰 \d{4}-\d{2}-\d{2}: 예산 미확정$/);
    const moveAudit = await db.auditLog.findFirstOrThrow({ where: { entityId: a.id, action: 'opportunity.tier.move' } });
    expect(moveAudit.after).toMatchObject({ tier: 3, via: { tierReviewId: r.id, decision: 'DOWNGRADE' } });
    expect(await db.auditLog.count({ where: { action: 'tierReview.decide', actorId: mgr.userId } })).toBe(2);
    const item = await db.tierReviewItem.findFirstOrThrow({ where: { reviewId: r.id, opportunityId: a.id } });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'tierReview.decide', entityId: item.id } })).toMatchObject({
      entityType: 'TierReviewItem',
      before: { decision: null, tier: 2, outcome: 'OPEN' },
      after: {
        reviewId: r.id,
        opportunityId: a.id,
        decision: 'DOWNGRADE',
        reason: '예산 미확정',
        moved: { tier: 3, outcome: 'OPEN', version: 2 },
      },
    });
    const notes = await db.notification.findMany({ where: { userId: rep.id }, orderBy: { createdAt: 'asc' } });
    expect(notes.map((n) => n.kind)).toEqual(['DEAL_MOVED', 'DEAL_MOVED']);
    expect(notes[0]).toMatchObject({ link: `/opportunities/${a.id}`, actorId: mgr.userId });

    const v = (await getTierReview(db, mgr, r.id))!;
    expect(v.items.find((i) => i.opportunityId === a.id)).toMatchObject({
      decision: 'DOWNGRADE',
      appliedTier: 3,
      liveTier: 3,
      mayDecide: false,
    });
  });

  test('advance checks entry requirements: 422 with the unmet list, nothing written; with the form values it moves', async () => {
    const { mgr, rep } = await team();
    const a = await createOpportunity({ ownerId: rep.id, tier: 4 });
    const r = await startTierReview(db, mgr, { period: 'WEEKLY' });
    const err = await decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: a.id, decision: 'ADVANCE' }).catch((e) => e);
    expect(err).toMatchObject({ code: 'UNPROCESSABLE', key: 'tiers.errors.requirementsUnmet' });
    expect(await db.tierReviewItem.findFirstOrThrow({ where: { reviewId: r.id } })).toMatchObject({ decision: null, version: 1 });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ tier: 4, version: 1 });

    await decideTierReviewItem(db, mgr, {
      reviewId: r.id,
      opportunityId: a.id,
      decision: 'ADVANCE',
      fill: { need: 'ERP 교체', contact: { name: '김담당' } },
    });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ tier: 3, need: 'ERP 교체' });
  });

  test("hold records the next step and date on the deal; the owner's notification", async () => {
    const { mgr, rep } = await team();
    const a = await createOpportunity({ ownerId: rep.id, tier: 2 });
    const r = await startTierReview(db, mgr, { period: 'MONTHLY' });
    await expect(decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: a.id, decision: 'HOLD' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await decideTierReviewItem(db, mgr, {
      reviewId: r.id,
      opportunityId: a.id,
      decision: 'HOLD',
      nextStep: '고객 예산 확정 확인',
      nextStepDueDate: '2026-12-15',
    });
    const o = await db.opportunity.findUniqueOrThrow({ where: { id: a.id } });
    expect(o).toMatchObject({ tier: 2, nextStep: '고객 예산 확정 확인', version: 2 });
    expect(o.nextStepDueDate?.toISOString().slice(0, 10)).toBe('2026-12-15');
    expect(await db.notification.findFirstOrThrow({ where: { userId: rep.id } })).toMatchObject({
      kind: 'REVIEW_DECIDED',
      params: { name: a.name, decision: 'HOLD', review: r.title },
      link: `/opportunities/${a.id}`,
      actorId: mgr.userId,
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'opportunity.nextStep', entityId: a.id } })).toMatchObject({
      actorId: mgr.userId,
      after: { nextStep: '고객 예산 확정 확인', nextStepDueDate: '2026-12-15', version: 2, via: { tierReviewId: r.id } },
    });
    const item = await db.tierReviewItem.findFirstOrThrow({ where: { reviewId: r.id, opportunityId: a.id } });
    expect(item).toMatchObject({ decision: 'HOLD', nextStep: '고객 예산 확정 확인', decidedById: mgr.userId });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'tierReview.decide', entityId: item.id } })).toMatchObject({
      before: { decision: null, tier: 2, outcome: 'OPEN' },
      after: { reviewId: r.id, opportunityId: a.id, decision: 'HOLD', moved: null },
    });
    // the manager's own deal: held, and no notification to themself
    const own = await createOpportunity({ ownerId: mgr.userId, tier: 3 });
    const r2 = await startTierReview(db, mgr, { period: 'WEEKLY' });
    await decideTierReviewItem(db, mgr, {
      reviewId: r2.id,
      opportunityId: own.id,
      decision: 'HOLD',
      nextStep: '내 건',
      nextStepDueDate: '2026-12-20',
    });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ nextStep: '내 건', version: 2 });
    expect(await db.notification.count({ where: { userId: mgr.userId } })).toBe(0);
  });

  test('refusals: twice, closed since the snapshot, another team, a closed review — nothing written', async () => {
    const { mgr, rep } = await team();
    const other = await team();
    const a = await createOpportunity({ ownerId: rep.id, tier: 2 });
    const b = await createOpportunity({ ownerId: rep.id, tier: 3 });
    const r = await startTierReview(db, mgr, { period: 'WEEKLY' });
    await decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: a.id, decision: 'DOWNGRADE', reason: 'x' });
    await expect(
      decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: a.id, decision: 'DOWNGRADE', reason: 'y' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ tier: 3 });

    await moveOpportunityTier(db, sessionFor(rep), { opportunityId: b.id, to: 0, outcome: 'DROPPED', reason: '취소', version: 1 });
    const auditBefore = await db.auditLog.count();
    await expect(
      decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: b.id, decision: 'DROP', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE', key: 'tiers.errors.closedSinceSnapshot' });
    // a manager of another team (readable, not theirs to decide) and the rep → 403
    const hold = { reviewId: r.id, opportunityId: a.id, decision: 'HOLD', nextStep: 'x', nextStepDueDate: '2026-12-20' } as const;
    await expect(decideTierReviewItem(db, other.mgr, hold)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(decideTierReviewItem(db, sessionFor(rep), hold)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.auditLog.count()).toBe(auditBefore);

    const c = await createOpportunity({ ownerId: rep.id, tier: 2 });
    await closeTierReview(db, mgr, { reviewId: r.id });
    const r2 = await startTierReview(db, mgr, { period: 'WEEKLY' });
    await closeTierReview(db, mgr, { reviewId: r2.id });
    await expect(decideTierReviewItem(db, mgr, { reviewId: r2.id, opportunityId: c.id, decision: 'ADVANCE' })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      key: 'tiers.errors.reviewClosed',
    });
  });

  test('two managers deciding the same item at once: one wins, the other gets 409; the deal moves once', async () => {
    const { mgr, rep } = await team();
    const exec = sessionFor(await createUser({ roles: ['EXECUTIVE'] }));
    const a = await createOpportunity({ ownerId: rep.id, tier: 2 });
    const r = await startTierReview(db, mgr, { period: 'WEEKLY' });
    const results = await Promise.allSettled([
      decideTierReviewItem(db, mgr, { reviewId: r.id, opportunityId: a.id, decision: 'DOWNGRADE', reason: '팀장' }),
      decideTierReviewItem(db, exec, { reviewId: r.id, opportunityId: a.id, decision: 'DROP', reason: '임원' }),
    ]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((x) => x.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
    expect(await db.tierChange.count({ where: { opportunityId: a.id } })).toBe(2); // creation + one move
    expect(await db.auditLog.count({ where: { action: 'tierReview.decide' } })).toBe(1);
  });
});
