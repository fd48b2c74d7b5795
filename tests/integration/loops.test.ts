import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { getSimilarLessons } from '@/lib/db/queries/vrb';
import { lessonFilterOptions } from '@/lib/db/queries/postmortems';
import { moveOpportunityTier } from '@/lib/server/commands/opportunities';
import { savePostmortem } from '@/lib/server/commands/postmortems';
import { addPostmortemAmendment } from '@/lib/server/commands/postmortems/add-postmortem-amendment';
import { completeActionItem } from '@/lib/server/commands/postmortems/complete-action-item';
import { decideTierReviewItem, startTierReview } from '@/lib/server/commands/tier-reviews';
import { answerFinding, raiseFinding, scheduleReview } from '@/lib/server/commands/vrb';
import { getMyWork, getNavCounts, getWorkCounts } from '@/lib/server/commands/work/get-my-work';
import { getMyNotifications, markNotificationsRead } from '@/lib/server/commands/notifications';
import { savePostmortemSchema } from '@/lib/validation/postmortems';
import { createOpportunity, createUser, sessionFor } from '../factories';

async function people() {
  const manager = await createUser({ roles: ['SALES_MANAGER'], name: '박팀장' });
  const rep = await createUser({ roles: ['SALES_REP'], name: '김영업', managerId: manager.id });
  const rep2 = await createUser({ roles: ['SALES_REP'], name: '이영업', managerId: manager.id });
  const colleague = await createUser({ roles: ['MARKETER'], name: '최마케터' });
  const otherManager = await createUser({ roles: ['SALES_MANAGER'] });
  return { manager, rep, rep2, colleague, otherManager };
}

async function closed(ownerId: string) {
  const o = await createOpportunity({ ownerId, tier: 0, outcome: 'LOST' });
  return db.opportunity.update({ where: { id: o.id }, data: { closedAt: new Date(), lastOpenTier: 2 } });
}

const publishInput = (opportunityId: string, ownerId: string, extra: object = {}) =>
  savePostmortemSchema.parse({
    opportunityId,
    status: 'PUBLISHED',
    summary: '가격 차이로 실주',
    rootCauses: ['PRICE'],
    lessons: [{ title: '예산 먼저 확인', body: '가격 제안 전에 고객 예산 확인', category: 'PRICE' }],
    actionItems: [{ title: '가격 검토 절차 개선', ownerId, dueDate: '2026-12-01' }],
    ...extra,
  });

describe('postmortems publish for good', () => {
  test('a published postmortem is immutable (422, nothing written); amendments append with author and time', async () => {
    const p = await people();
    const rep = sessionFor(p.rep);
    const opp = await closed(p.rep.id);
    const { postmortem } = await savePostmortem(db, rep, publishInput(opp.id, p.colleague.id));
    const audits = await db.auditLog.count();
    await expect(
      savePostmortem(db, rep, { ...publishInput(opp.id, p.colleague.id, { summary: '고쳐 쓰기' }), version: postmortem.version }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE', key: 'postmortems.errors.published' });
    await expect(
      savePostmortem(db, rep, { ...publishInput(opp.id, p.colleague.id, { status: 'DRAFT' }), version: postmortem.version }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.postmortem.findUniqueOrThrow({ where: { id: postmortem.id } })).toMatchObject({
      summary: '가격 차이로 실주',
      version: 1,
    });

    const a1 = await addPostmortemAmendment(db, rep, { postmortemId: postmortem.id, body: '가격 차이는 7.5%가 아니라 6%' });
    const a2 = await addPostmortemAmendment(db, sessionFor(p.manager), { postmortemId: postmortem.id, body: '경쟁사 확인됨' });
    expect(a1).toMatchObject({ authorId: p.rep.id, authorName: '김영업' });
    const rows = await db.postmortemAmendment.findMany({ where: { postmortemId: postmortem.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.body, r.authorId])).toEqual([
      ['가격 차이는 7.5%가 아니라 6%', p.rep.id],
      ['경쟁사 확인됨', p.manager.id],
    ]);
    expect(a2.createdAt >= a1.createdAt).toBe(true);
    // another team's manager reads it but may not amend it: 권한이 없습니다 (403), not "not found"
    await expect(addPostmortemAmendment(db, sessionFor(p.otherManager), { postmortemId: postmortem.id, body: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // a draft is edited, not amended
    const opp2 = await closed(p.rep.id);
    const draft = await savePostmortem(db, rep, publishInput(opp2.id, p.colleague.id, { status: 'DRAFT' }));
    await expect(addPostmortemAmendment(db, rep, { postmortemId: draft.postmortem.id, body: 'x' })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
    });
  });

  test('drafts never reach similar-deal lessons or the library filter choices', async () => {
    const p = await people();
    const rep = sessionFor(p.rep);
    const acct = (await db.account.create({ data: { name: '공유 고객', nameNormalized: 'shared-acct' } })).id;
    const draftOpp = await createOpportunity({ ownerId: p.rep.id, tier: 0, outcome: 'LOST', accountId: acct });
    const pubOpp = await createOpportunity({ ownerId: p.rep.id, tier: 0, outcome: 'LOST', accountId: acct });
    const openOpp = await createOpportunity({ ownerId: p.rep.id, tier: 2, accountId: acct });
    await savePostmortem(
      db,
      rep,
      publishInput(draftOpp.id, p.rep.id, { status: 'DRAFT', lessons: [{ title: '초안 교훈', body: '비공개', category: 'OTHER' }] }),
    );
    await savePostmortem(
      db,
      rep,
      publishInput(pubOpp.id, p.rep.id, { lessons: [{ title: '게시 교훈', body: '공개', category: 'PRICE' }] }),
    );
    const similar = await getSimilarLessons(db, { id: openOpp.id, accountId: acct, businessCategoryId: null });
    expect(similar.map((l) => l.title)).toEqual(['게시 교훈']);
    const opts = await lessonFilterOptions(db);
    expect(opts.accounts.map((a) => a.id)).toEqual([acct]);
  });

  test('action items: owner and due date required; closed by the owner or a manager of the deal, once, with a note', async () => {
    const p = await people();
    const rep = sessionFor(p.rep);
    const opp = await closed(p.rep.id);
    await expect(
      savePostmortem(db, rep, publishInput(opp.id, p.colleague.id, { actionItems: [{ title: '담당자 없음', dueDate: '2026-12-01' }] })),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const { postmortem } = await savePostmortem(
      db,
      rep,
      publishInput(opp.id, p.colleague.id, {
        actionItems: [
          { title: '마케터 조치', ownerId: p.colleague.id, dueDate: '2026-12-01' },
          { title: '동료 조치', ownerId: p.rep2.id, dueDate: '2026-12-02' },
        ],
      }),
    );
    const [mine, other] = postmortem.actionItems;
    // the deal's rep may not close a colleague's item; another team's manager neither
    await expect(completeActionItem(db, rep, { actionItemId: other!.id, note: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(completeActionItem(db, sessionFor(p.otherManager), { actionItemId: other!.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await db.actionItem.count({ where: { doneAt: { not: null } } })).toBe(0);
    const done = await completeActionItem(db, sessionFor(p.colleague), { actionItemId: mine!.id, note: '절차서 개정 완료' });
    expect(done.doneNote).toBe('절차서 개정 완료');
    await expect(completeActionItem(db, sessionFor(p.colleague), { actionItemId: mine!.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await completeActionItem(db, sessionFor(p.manager), { actionItemId: other!.id, note: '팀장 확인' });
    expect(await db.auditLog.count({ where: { action: 'actionItem.complete' } })).toBe(2);
  });
});

describe('notifications are written with their cause', () => {
  test('action items assigned, a finding raised, a deal moved by someone else, a review decision; none when the cause fails', async () => {
    const p = await people();
    const rep = sessionFor(p.rep);
    const mgr = sessionFor(p.manager);

    // assigned: on save; a stale save writes neither the change nor a notification
    const opp = await closed(p.rep.id);
    await savePostmortem(db, rep, publishInput(opp.id, p.colleague.id, { status: 'DRAFT' }));
    expect(await db.notification.count({ where: { userId: p.colleague.id, kind: 'ACTION_ASSIGNED' } })).toBe(1);
    await expect(
      savePostmortem(db, rep, {
        ...publishInput(opp.id, p.rep2.id, { status: 'DRAFT' }),
        version: 99,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.notification.count({ where: { userId: p.rep2.id } })).toBe(0);
    // self-assigned: no notification
    const opp2 = await closed(p.rep.id);
    await savePostmortem(db, rep, publishInput(opp2.id, p.rep.id, { status: 'DRAFT' }));
    expect(await db.notification.count({ where: { userId: p.rep.id } })).toBe(0);

    // moved by the manager → the rep; a refused move (stale version) → nothing
    const live = await createOpportunity({ ownerId: p.rep.id, tier: 3 });
    await expect(moveOpportunityTier(db, mgr, { opportunityId: live.id, to: 4, reason: 'x', version: 7 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await db.notification.count({ where: { userId: p.rep.id } })).toBe(0);
    await moveOpportunityTier(db, mgr, { opportunityId: live.id, to: 4, reason: '재검토', version: 1 });
    // the rep moving their own deal notifies nobody
    const own = await createOpportunity({ ownerId: p.rep.id, tier: 3 });
    await moveOpportunityTier(db, rep, { opportunityId: own.id, to: 4, reason: '재검토', version: 1 });
    expect((await db.notification.findMany({ where: { userId: p.rep.id } })).map((n) => n.kind)).toEqual(['DEAL_MOVED']);

    // a review decision refused by the tier engine (requirements unmet) writes no notification
    const t4 = await createOpportunity({ ownerId: p.rep.id, tier: 4 });
    const review = await startTierReview(db, mgr, { period: 'WEEKLY' });
    await expect(decideTierReviewItem(db, mgr, { reviewId: review.id, opportunityId: t4.id, decision: 'ADVANCE' })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
    });
    expect(await db.notification.count({ where: { userId: p.rep.id } })).toBe(1);

    // a finding raised on the rep's deal
    await db.vrbStage.create({ data: { order: 1, code: 'Q', nameKo: '검증', nameEn: 'Q', requiredDomains: ['FINANCE'] } });
    const finance = sessionFor(await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] }));
    const deal = await createOpportunity({ ownerId: p.rep.id, tier: 2 });
    const vrb = await scheduleReview(db, rep, deal.id, { stage: 1, scheduledAt: new Date(Date.now() + 86_400_000) });
    await raiseFinding(db, finance, vrb.id, { issue: '원가 과다', severity: 'HIGH', requiredFix: '원가 재산정' });
    const n = await db.notification.findFirstOrThrow({ where: { userId: p.rep.id, kind: 'FINDING_RAISED' } });
    expect(n).toMatchObject({ link: `/vrb/reviews/${vrb.id}`, actorId: finance.userId });

    const mine = await getMyNotifications(db, rep);
    expect(mine.unread).toBe(2);
    expect(await markNotificationsRead(db, rep, { ids: [n.id] })).toEqual({ marked: 1, unread: 1 });
    // someone else's ids are not touched
    expect(await markNotificationsRead(db, mgr, { ids: mine.items.map((i) => i.id) })).toMatchObject({ marked: 0 });
    expect((await markNotificationsRead(db, rep, {})).unread).toBe(0);
  });
});

describe('my work (내 업무)', () => {
  test("a rep's own work and a manager's team work, each row linking to where it is done", async () => {
    const p = await people();
    const rep = sessionFor(p.rep);
    const mgr = sessionFor(p.manager);
    const day = 86_400_000;
    // stalled (tier 4 for 90 days > 60), next step overdue, bid deadline in 3 days
    const stalled = await createOpportunity({ ownerId: p.rep.id, tier: 4, name: '정체 건' });
    await db.opportunity.update({ where: { id: stalled.id }, data: { tierEnteredAt: new Date(Date.now() - 90 * day) } });
    const fresh = await createOpportunity({ ownerId: p.rep.id, tier: 4, name: '새 건' });
    await db.opportunity.update({
      where: { id: fresh.id },
      data: { nextStep: '제안서 송부', nextStepDueDate: new Date(Date.now() - 3 * day), bidDeadline: new Date(Date.now() + 3 * day) },
    });
    const teamDeal = await createOpportunity({ ownerId: p.rep2.id, tier: 3, name: '팀원 정체 건' });
    await db.opportunity.update({ where: { id: teamDeal.id }, data: { tierEnteredAt: new Date(Date.now() - 100 * day) } });
    // a postmortem due, an action item of theirs
    const lost = await closed(p.rep.id);
    const other = await closed(p.rep2.id);
    await savePostmortem(db, sessionFor(p.rep2), publishInput(other.id, p.rep.id));
    // a finding to answer
    await db.vrbStage.create({ data: { order: 1, code: 'Q', nameKo: '검증', nameEn: 'Q', requiredDomains: ['FINANCE'] } });
    const finance = sessionFor(await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] }));
    const vrb = await scheduleReview(db, rep, fresh.id, { stage: 1, scheduledAt: new Date(Date.now() + day) });
    const finding = await raiseFinding(db, finance, vrb.id, { issue: '원가 과다', severity: 'HIGH', requiredFix: '원가 재산정' });

    const work = await getMyWork(db, rep);
    const g = Object.fromEntries(work.groups.map((x) => [x.kind, x]));
    expect(work.team).toBe(false);
    expect(g.STALLED!.items.map((i) => [i.title, i.link])).toEqual([['정체 건', `/opportunities/${stalled.id}`]]);
    expect(g.NEXT_STEP_OVERDUE!.items.map((i) => i.link)).toEqual([`/opportunities/${fresh.id}`]);
    expect(g.BID_DEADLINE!.count).toBe(1);
    expect(g.POSTMORTEM_DUE!.items.map((i) => i.link)).toEqual([`/postmortems/write/${lost.id}`]);
    expect(g.ACTION_ITEM_DUE!.items.map((i) => i.title)).toEqual(['가격 검토 절차 개선']);
    expect(g.FINDING_TO_ANSWER!.items.map((i) => [i.title, i.link])).toEqual([['원가 과다', `/vrb/reviews/${vrb.id}`]]);
    expect(g.TIER_REVIEW_DECISIONS).toBeUndefined();

    // the finding verifier's work
    const fw = await getMyWork(db, finance);
    expect(fw.groups.find((x) => x.kind === 'FINDING_TO_VERIFY')!.count).toBe(0);
    await answerFinding(db, rep, finding.id, { answer: '원가 재산정 완료', version: finding.version });
    expect((await getMyWork(db, finance)).groups.find((x) => x.kind === 'FINDING_TO_VERIFY')!.count).toBe(1);
    expect((await getMyWork(db, rep)).groups.find((x) => x.kind === 'FINDING_TO_ANSWER')!.count).toBe(0);

    // the manager: the team's deals (not theirs), and the tier-review decisions to make
    await startTierReview(db, mgr, { period: 'WEEKLY' });
    const mw = await getMyWork(db, mgr);
    const mg = Object.fromEntries(mw.groups.map((x) => [x.kind, x]));
    expect(mw.team).toBe(true);
    expect(mg.STALLED!.items.map((i) => [i.title, i.mine])).toEqual([
      ['팀원 정체 건', false],
      ['정체 건', false],
    ]);
    expect(mg.TIER_REVIEW_DECISIONS!.count).toBe(3);
    const counts = await getWorkCounts(db, mgr);
    expect(counts.counts.STALLED).toBe(2);
    expect(counts.total).toBe(Object.values(counts.counts).reduce((s, n) => s + n!, 0));
    expect(await getNavCounts(db, mgr)).toEqual({ total: counts.total, unread: counts.unread });
    expect((await getNavCounts(db, rep)).total).toBe((await getWorkCounts(db, rep)).total);
    // another team's manager sees none of it
    const ow = await getMyWork(db, sessionFor(p.otherManager));
    expect(ow.groups.every((x) => x.count === 0)).toBe(true);
  });

  test("a manager's overdue next steps and bid deadlines: the team's most urgent first across reps, capped per kind, closed deals never", async () => {
    const p = await people();
    const mgr = sessionFor(p.manager);
    const day = 86_400_000;
    // due 9..1 days ago / deadline in 1..6 days, owners interleaved; one closed deal with both dates
    const plan = [
      [p.rep.id, 9, 6],
      [p.rep2.id, 8, 5],
      [p.manager.id, 7, 4],
      [p.rep2.id, 5, 3],
      [p.rep.id, 3, 2],
      [p.rep2.id, 1, 1],
    ] as const;
    const made: string[] = [];
    for (const [i, [ownerId, overdue, bid]] of plan.entries()) {
      const o = await createOpportunity({ ownerId, tier: 3, name: `건 ${i}` });
      await db.opportunity.update({
        where: { id: o.id },
        data: {
          nextStep: `다음 ${i}`,
          nextStepDueDate: new Date(Date.now() - overdue * day),
          bidDeadline: new Date(Date.now() + bid * day - 3_600_000),
        },
      });
      made.push(o.id);
    }
    const gone = await createOpportunity({ ownerId: p.rep.id, tier: 0, outcome: 'LOST', name: '닫힌 건' });
    await db.opportunity.update({
      where: { id: gone.id },
      data: { nextStepDueDate: new Date(Date.now() - 20 * day), bidDeadline: new Date(Date.now() + 3_600_000) },
    });

    const w = await getMyWork(db, mgr, { perKind: 4 });
    const g = Object.fromEntries(w.groups.map((x) => [x.kind, x]));
    expect(g.NEXT_STEP_OVERDUE!.count).toBe(6);
    expect(g.NEXT_STEP_OVERDUE!.items.map((i) => i.link)).toEqual(made.slice(0, 4).map((id) => `/opportunities/${id}`));
    expect(g.NEXT_STEP_OVERDUE!.items.map((i) => i.mine)).toEqual([false, false, true, false]);
    expect(g.BID_DEADLINE!.count).toBe(6);
    expect(g.BID_DEADLINE!.items.map((i) => i.title)).toEqual(['건 5', '건 4', '건 3', '건 2']);
    const counts = await getWorkCounts(db, mgr);
    expect([counts.counts.NEXT_STEP_OVERDUE, counts.counts.BID_DEADLINE]).toEqual([6, 6]);
    expect((await getNavCounts(db, mgr)).total).toBe(counts.total);
    // a rep: their own only
    const r = await getMyWork(db, sessionFor(p.rep), { perKind: 4 });
    expect(r.groups.find((x) => x.kind === 'NEXT_STEP_OVERDUE')!.items.map((i) => i.title)).toEqual(['건 0', '건 4']);
  });
});
