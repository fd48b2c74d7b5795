import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { moveOpportunityTier } from '@/lib/server/commands/opportunities';
import { closeTierReview, decideReviewItem, getTierReview, listTierReviews, startTierReview } from '@/lib/server/commands/tier-reviews';
import { createOpportunity, createUser, sessionFor } from '../factories';

describe('tier reviews', () => {
  test('snapshot, movement matrix, decisions, stagnant reps; past reviews stay readable', async () => {
    const mgr = sessionFor(await createUser({ roles: ['SALES_MANAGER'] }));
    const mover = await createUser({ name: '가 이동', managerId: mgr.userId });
    const sitter = await createUser({ name: '나 정체', managerId: mgr.userId });
    const a = await createOpportunity({ ownerId: mover.id, tier: 3 });
    const b = await createOpportunity({ ownerId: sitter.id, tier: 2 });

    const r1 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '1주차' });
    expect(r1.items).toBe(2);
    // the mover moves down between reviews; the sitter does not
    await moveOpportunityTier(db, mgr, { opportunityId: a.id, to: 4, reason: '재검토', version: 1 });
    const r2 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '2주차' });
    const v2 = (await getTierReview(db, r2.id))!;
    const mine = v2.matrix.find((m) => m.ownerId === mover.id)!;
    expect(mine.cells).toEqual([{ from: '3', to: '4', count: 1, direction: 'down' }]);
    expect(v2.matrix.find((m) => m.ownerId === sitter.id)!.cells).toEqual([{ from: '2', to: '2', count: 1, direction: 'same' }]);

    // a closed deal still appears in the next review (it was open in the previous one)
    await moveOpportunityTier(db, mgr, { opportunityId: a.id, to: 0, outcome: 'DROPPED', reason: 'VRB Drop', version: 2 });
    const r3 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '3주차' });
    const v3 = (await getTierReview(db, r3.id))!;
    expect(v3.matrix.find((m) => m.ownerId === mover.id)!.cells).toEqual([{ from: '4', to: 'DROPPED', count: 1, direction: 'down' }]);
    // default N = 3: the sitter's tier did not move in reviews 2 and 3 but review 1 had no previous → not named yet
    expect(v3.stagnant).toEqual([]);
    const r4 = await startTierReview(db, mgr, { period: 'WEEKLY', title: '4주차' });
    const v4 = (await getTierReview(db, r4.id))!;
    expect(v4.stagnant.map((s) => s.ownerName)).toEqual(['나 정체']);
    expect(v4.items.map((i) => i.opportunityId)).toEqual([b.id]); // the dropped deal is gone once closed in the previous review

    const item = v4.items[0]!;
    await expect(decideReviewItem(db, mgr, { itemId: item.id, decision: 'DOWNGRADE' })).rejects.toMatchObject({ code: 'VALIDATION' });
    await decideReviewItem(db, mgr, { itemId: item.id, decision: 'HOLD', nextStep: '고객 예산 확정 확인', nextStepDueDate: '2026-12-15' });
    await closeTierReview(db, mgr, { reviewId: r4.id });
    await expect(decideReviewItem(db, mgr, { itemId: item.id, decision: 'ADVANCE' })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    const past = (await getTierReview(db, r1.id))!;
    expect(past.items).toHaveLength(2);
    expect((await getTierReview(db, r4.id))!.items[0]).toMatchObject({ decision: 'HOLD', nextStep: '고객 예산 확정 확인' });
    expect((await listTierReviews(db)).map((r) => r.title)).toEqual(['4주차', '3주차', '2주차', '1주차']);
  });
});
