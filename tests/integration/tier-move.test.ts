import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { moveOpportunityTier, snoozeStall, updateOpportunity } from '@/lib/server/commands/opportunities';
import { DomainError } from '@/lib/server/errors';
import { updateSetting } from '@/lib/server/settings';
import { domainError } from '../setup/domain-error';
import { createAccount, createOpportunity, createUser, sessionFor } from '../factories';

async function rep(managerId?: string) {
  const u = await createUser({ roles: ['SALES_REP'], managerId });
  return { user: u, session: sessionFor(u) };
}
async function addContact(opportunityId: string, accountId: string, powerRole: 'DECISION_MAKER' | null = null) {
  const c = await db.contact.create({ data: { accountId, name: '김담당', powerRole } });
  await db.opportunityContact.create({ data: { opportunityId, contactId: c.id } });
}
async function passBidApproval(opportunityId: string, userId: string) {
  const stage = await db.vrbStage.upsert({
    where: { code: 'BID' },
    create: { order: 3, code: 'BID', nameKo: '입찰 승인', nameEn: 'Bid approval', isBidApproval: true },
    update: {},
  });
  const r = await db.vrbReview.create({
    data: { opportunityId, stageId: stage.id, scheduledAt: new Date(), createdById: userId, status: 'DECIDED' },
  });
  await db.vrbDecision.create({ data: { reviewId: r.id, decision: 'PASS', decidedById: userId } });
}
const history = (opportunityId: string) => db.tierChange.findMany({ where: { opportunityId }, orderBy: { changedAt: 'asc' } });

describe('moveOpportunityTier', () => {
  test('4 → 3 with requirements met: version +1, one history row, one audit row', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 4 });
    await db.opportunity.update({ where: { id: opp.id }, data: { need: 'ERP 교체' } });
    await addContact(opp.id, opp.accountId);
    const moved = await moveOpportunityTier(db, session, { opportunityId: opp.id, to: 3, version: 1 });
    expect(moved).toMatchObject({ tier: 3, outcome: 'OPEN', version: 2, salesStage: 'DEVELOPMENT' });
    const h = await history(opp.id);
    expect(h).toHaveLength(2);
    expect(h[1]).toMatchObject({ fromTier: 4, toTier: 3, fromOutcome: 'OPEN', toOutcome: 'OPEN', actorId: user.id, reason: null });
    expect(await db.auditLog.count({ where: { entityId: opp.id, action: 'opportunity.tier.move' } })).toBe(1);
  });

  test('unmet requirements → 422 listing exactly what is missing; nothing written', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 4 });
    const e = await domainError(moveOpportunityTier(db, session, { opportunityId: opp.id, to: 3, version: 1 }));
    expect(e.code).toBe('UNPROCESSABLE');
    expect((e.details as { unmet: { id: string }[] }).unmet.map((u) => u.id)).toEqual(['namedContact', 'need']);
    expect(e.fields?.map((f) => f.path)).toEqual(['namedContact', 'need']);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).version).toBe(1);
    expect(await history(opp.id)).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(0);
  });

  test('the requirement form fills what is missing and completes the move in one transaction', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 4 });
    const moved = await moveOpportunityTier(db, session, {
      opportunityId: opp.id,
      to: 3,
      version: 1,
      fill: { need: '물류 시스템 고도화', contact: { name: '박부장', title: '구매팀장' } },
    });
    expect(moved).toMatchObject({ tier: 3, need: '물류 시스템 고도화', version: 2 });
    expect(await db.opportunityContact.count({ where: { opportunityId: opp.id } })).toBe(1);
  });

  test('a form that still misses something rolls back its values too', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 4 });
    await domainError(moveOpportunityTier(db, session, { opportunityId: opp.id, to: 3, version: 1, fill: { need: '니즈만 입력' } }));
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).need).toBeNull();
  });

  test('Tier 1 needs a passed bid-approval VRB stage unless the setting is off', async () => {
    const { user, session } = await rep();
    const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
    const opp = await createOpportunity({ ownerId: user.id, tier: 2 });
    await db.opportunity.update({ where: { id: opp.id }, data: { proposalDueDate: new Date('2027-01-10') } });
    const e = await domainError(moveOpportunityTier(db, session, { opportunityId: opp.id, to: 1, version: 1 }));
    expect((e.details as { unmet: { id: string }[] }).unmet.map((u) => u.id)).toEqual(['vrbBidApproval']);
    await passBidApproval(opp.id, user.id);
    expect((await moveOpportunityTier(db, session, { opportunityId: opp.id, to: 1, version: 1 })).tier).toBe(1);

    const other = await createOpportunity({ ownerId: user.id, tier: 2 });
    await db.opportunity.update({ where: { id: other.id }, data: { proposalDueDate: new Date('2027-01-10') } });
    await updateSetting(db, admin, 'tierRules', { requireVrbBidApprovalForTier1: false });
    expect((await moveOpportunityTier(db, session, { opportunityId: other.id, to: 1, version: 1 })).tier).toBe(1);
  });

  test('closing WON records outcome, last open tier, reasons and contract amount', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 1, amount: '500000000' });
    const reason = await db.reason.create({ data: { kind: 'WON', code: 'PRICE', labelKo: '가격 경쟁력', labelEn: 'Price' } });
    const lostReason = await db.reason.create({ data: { kind: 'LOST', code: 'PRICE', labelKo: '가격', labelEn: 'Price' } });
    // a LOST reason does not satisfy a WON close
    const e = await domainError(
      moveOpportunityTier(db, session, { opportunityId: opp.id, to: 0, outcome: 'WON', version: 1, fill: { reasonIds: [lostReason.id] } }),
    );
    expect((e.details as { unmet: { id: string }[] }).unmet.map((u) => u.id)).toEqual(['reason', 'contractAmount']);
    const moved = await moveOpportunityTier(db, session, {
      opportunityId: opp.id,
      to: 0,
      outcome: 'WON',
      version: 1,
      fill: { reasonIds: [reason.id], contractAmount: '480000000' },
    });
    expect(moved).toMatchObject({ tier: 0, outcome: 'WON', lastOpenTier: 1, contractAmount: '480000000', reasonIds: [reason.id] });
    expect((await history(opp.id))[1]).toMatchObject({ fromTier: 1, toTier: 0, fromOutcome: 'OPEN', toOutcome: 'WON' });
  });

  test.each([
    ['a tier that does not exist', { to: 7 }, 'VALIDATION'],
    ['the same tier', { to: 4 }, 'UNPROCESSABLE'],
    ['Tier 0 without outcome', { to: 0 }, 'VALIDATION'],
    ['skipping without a reason', { to: 2 }, 'UNPROCESSABLE'],
  ] as const)('refuses %s, nothing written', async (_l, req, code) => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 4 });
    const e = await domainError(moveOpportunityTier(db, session, { opportunityId: opp.id, version: 1, ...req }));
    expect(e.code).toBe(code);
    expect(await history(opp.id)).toHaveLength(1);
    expect(await db.auditLog.count()).toBe(0);
  });

  test('moving down needs a reason, which is kept in history', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 2 });
    const e = await domainError(moveOpportunityTier(db, session, { opportunityId: opp.id, to: 3, version: 1 }));
    expect((e.details as { unmet: { id: string }[] }).unmet).toEqual([{ tier: 3, id: 'moveReason', input: 'reason' }]);
    await moveOpportunityTier(db, session, { opportunityId: opp.id, to: 3, version: 1, reason: '예산 재검토' });
    expect((await history(opp.id))[1]).toMatchObject({ fromTier: 2, toTier: 3, reason: '예산 재검토' });
  });

  test('a closed opportunity is final; only an admin reopens it, with a reason', async () => {
    const { user, session } = await rep();
    const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
    const opp = await createOpportunity({ ownerId: user.id, tier: 0, outcome: 'LOST' });
    expect((await domainError(moveOpportunityTier(db, session, { opportunityId: opp.id, to: 2, reason: '재입찰', version: 1 }))).key).toBe(
      'tiers.errors.closed',
    );
    const reopened = await moveOpportunityTier(db, admin, { opportunityId: opp.id, to: 2, reason: '재입찰 공고', version: 1 });
    expect(reopened).toMatchObject({ tier: 2, outcome: 'OPEN', lastOpenTier: null });
    expect((await history(opp.id))[1]).toMatchObject({
      fromTier: 0,
      toTier: 2,
      fromOutcome: 'LOST',
      toOutcome: 'OPEN',
      actorId: admin.userId,
    });
  });

  test("a rep cannot move another rep's opportunity (forbidden: they can read it; a missing one is not found); their manager can", async () => {
    const manager = await createUser({ roles: ['SALES_MANAGER'] });
    const { user: owner } = await rep(manager.id);
    const { session: stranger } = await rep();
    const opp = await createOpportunity({ ownerId: owner.id, tier: 2 });
    expect((await domainError(moveOpportunityTier(db, stranger, { opportunityId: opp.id, to: 3, reason: 'x', version: 1 }))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await domainError(
          moveOpportunityTier(db, stranger, { opportunityId: '00000000-0000-4000-8000-000000000000', to: 3, reason: 'x', version: 1 }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await moveOpportunityTier(db, sessionFor(manager), { opportunityId: opp.id, to: 3, reason: '재평가', version: 1 })).tier).toBe(
      3,
    );
  });

  test('a stale version is a conflict carrying the current record and who changed it', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 2 });
    await updateOpportunity(db, session, { opportunityId: opp.id, version: 1, nextStep: '제안서 초안 공유' });
    const e = await domainError(moveOpportunityTier(db, session, { opportunityId: opp.id, to: 3, reason: 'x', version: 1 }));
    expect(e.code).toBe('CONFLICT');
    expect(e.details).toMatchObject({
      version: 2,
      nextStep: '제안서 초안 공유',
      tier: 2,
      lastChange: { actorName: user.name, action: 'opportunity.update' },
    });
    expect(await history(opp.id)).toHaveLength(1);
  });

  test('20 concurrent movers: versions, history rows and successful responses agree (no lost update)', async () => {
    const manager = await createUser({ roles: ['SALES_MANAGER'] });
    const reps = await Promise.all(Array.from({ length: 20 }, () => rep(manager.id)));
    const account = await createAccount();
    const opps = await Promise.all(
      Array.from({ length: 3 }, () => createOpportunity({ ownerId: reps[0]!.user.id, accountId: account.id, tier: 2 })),
    );
    for (const o of opps) {
      await db.opportunity.update({ where: { id: o.id }, data: { need: '통합 유지보수' } });
      await addContact(o.id, account.id);
    }
    // every mover is the manager's session (may edit all), each with its own target and reason
    const mgr = sessionFor(manager);
    let successes = 0;
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled(
        reps.map((_, i) => {
          const opp = opps[i % opps.length]!;
          return db.opportunity.findUniqueOrThrow({ where: { id: opp.id } }).then((cur) =>
            moveOpportunityTier(db, mgr, {
              opportunityId: opp.id,
              to: cur.tier === 4 ? 3 : 4,
              reason: `mover ${i}`,
              version: cur.version,
            }),
          );
        }),
      );
      for (const r of results) {
        if (r.status === 'fulfilled') successes++;
        else expect((r.reason as DomainError).code).toBe('CONFLICT');
      }
    }
    let rows = 0;
    for (const opp of opps) {
      const cur = await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } });
      const h = await history(opp.id);
      rows += h.length - 1;
      // one history row per successful move, version = 1 + moves, history chains without gaps
      expect(cur.version).toBe(h.length);
      for (let i = 1; i < h.length; i++) expect(h[i]!.fromTier).toBe(h[i - 1]!.toTier);
      expect(h[h.length - 1]!.toTier).toBe(cur.tier);
    }
    expect(rows).toBe(successes);
    expect(successes).toBeGreaterThanOrEqual(3);
    expect(await db.auditLog.count({ where: { action: 'opportunity.tier.move' } })).toBe(successes);
  });

  test('TierChange is append-only: the database refuses UPDATE', async () => {
    const { user } = await rep();
    const opp = await createOpportunity({ ownerId: user.id });
    await expect(db.$executeRaw`UPDATE "TierChange" SET reason = 'x' WHERE "opportunityId" = ${opp.id}::uuid`).rejects.toThrow();
  });
});

describe('snoozeStall', () => {
  test('a stalled card may be snoozed once per tier entry', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 2 });
    await db.opportunity.update({ where: { id: opp.id }, data: { tierEnteredAt: new Date(Date.now() - 40 * 86_400_000) } });
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const s = await snoozeStall(db, session, { opportunityId: opp.id, until, reason: '고객사 예산 편성 대기' });
    expect(s).toMatchObject({ stallSnoozedUntil: until, stallSnoozeReason: '고객사 예산 편성 대기' });
    expect((await domainError(snoozeStall(db, session, { opportunityId: opp.id, until, reason: '또' }))).key).toBe(
      'tiers.errors.alreadySnoozed',
    );
  });

  test('a card that is not stalled cannot be snoozed', async () => {
    const { user, session } = await rep();
    const opp = await createOpportunity({ ownerId: user.id, tier: 2 });
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    expect((await domainError(snoozeStall(db, session, { opportunityId: opp.id, until, reason: 'r' }))).key).toBe(
      'tiers.errors.notStalled',
    );
  });
});
