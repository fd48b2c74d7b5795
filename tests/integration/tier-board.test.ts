import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { addReason, loadBoard, setReasonActive } from '@/lib/server/commands/opportunities';
import { runAction } from '@/lib/server/action';
import { addReasonSchema } from '@/lib/validation/opportunities';
import { createOpportunity, createUser, sessionFor } from '../factories';

const DAY = 86_400_000;

describe('loadBoard', () => {
  test('columns 4…0 with counts and exact KRW totals; stall, overdue and filters', async () => {
    const mgr = await createUser({ roles: ['SALES_MANAGER'] });
    const a = await createUser({ managerId: mgr.id });
    const b = await createUser();
    const now = new Date('2026-11-27T09:00:00Z');
    const o1 = await createOpportunity({ ownerId: a.id, tier: 4, amount: '100000000.10' });
    const o2 = await createOpportunity({ ownerId: a.id, tier: 4, amount: '250000000.20' });
    const o3 = await createOpportunity({ ownerId: b.id, tier: 2, amount: '700000000' });
    const won = await createOpportunity({ ownerId: b.id, tier: 0, outcome: 'WON', amount: '50000000' });
    await db.opportunity.update({ where: { id: won.id }, data: { closedAt: new Date(now.getTime() - 5 * DAY) } });
    const oldLoss = await createOpportunity({ ownerId: b.id, tier: 0, outcome: 'LOST' });
    await db.opportunity.update({ where: { id: oldLoss.id }, data: { closedAt: new Date(now.getTime() - 200 * DAY) } });
    // o3: 40 days in Tier 2 (threshold 30) → stalled; next step overdue; closes in 2 months → short horizon
    await db.opportunity.update({
      where: { id: o3.id },
      data: {
        tierEnteredAt: new Date(now.getTime() - 40 * DAY),
        nextStep: '가격 협상',
        nextStepDueDate: new Date('2026-11-20'),
        expectedCloseDate: new Date('2027-01-31'),
      },
    });
    await db.opportunity.update({ where: { id: o1.id }, data: { tierEnteredAt: now, expectedCloseDate: new Date('2027-09-30') } });

    const board = await loadBoard(db, {}, now);
    const col = (t: number) => board.columns.find((c) => c.tier === t)!;
    expect(col(4)).toMatchObject({ count: 2, amount: '350000000.3' });
    expect(col(2).cards[0]).toMatchObject({ id: o3.id, stall: 'stalled', isNextStepOverdue: true, daysInTier: 40 });
    expect(col(0)).toMatchObject({ count: 1, byOutcome: { WON: { count: 1, amount: '50000000' }, LOST: { count: 0, amount: '0' } } }); // the old loss is outside the window

    expect((await loadBoard(db, { owner: [b.id] }, now)).columns.flatMap((c) => c.cards.map((x) => x.id)).sort()).toEqual(
      [o3.id, won.id].sort(),
    );
    expect((await loadBoard(db, { team: mgr.id }, now)).columns.flatMap((c) => c.cards.map((x) => x.id)).sort()).toEqual(
      [o1.id, o2.id].sort(),
    );
    expect((await loadBoard(db, { stalled: true }, now)).columns.flatMap((c) => c.cards.map((x) => x.id))).toEqual([o3.id]);
    expect((await loadBoard(db, { horizon: 'SHORT' }, now)).columns.flatMap((c) => c.cards.map((x) => x.id))).toEqual([o3.id]);
    expect((await loadBoard(db, { horizon: 'MID' }, now)).columns.flatMap((c) => c.cards.map((x) => x.id))).toEqual([o1.id]);
    expect((await loadBoard(db, { region: 'OVERSEAS' }, now)).columns.every((c) => c.count === 0)).toBe(true);
  });
});

describe('reason lists (admin)', () => {
  test('add, refuse a duplicate code, deactivate; a rep is refused by the action wrapper', async () => {
    const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
    const rep = sessionFor(await createUser({ roles: ['SALES_REP'] }));
    const r = await addReason(db, admin, { kind: 'LOST', code: 'PRICE', labelKo: '가격 열위', labelEn: 'Price' });
    await expect(addReason(db, admin, { kind: 'LOST', code: 'PRICE', labelKo: 'x', labelEn: 'x' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await setReasonActive(db, admin, { reasonId: r.id, active: false });
    expect((await db.reason.findUniqueOrThrow({ where: { id: r.id } })).active).toBe(false);
    const refused = await runAction(
      rep,
      { schema: addReasonSchema, permission: 'settings:manage' },
      { kind: 'WON', code: 'X1', labelKo: 'x', labelEn: 'x' },
      ({ input, session }) => addReason(db, session, input),
    );
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const bad = await runAction(
      admin,
      { schema: addReasonSchema, permission: 'settings:manage' },
      { kind: 'WON', code: 'bad code!', labelKo: '', labelEn: 'x' },
      ({ input, session }) => addReason(db, session, input),
    );
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await db.reason.count()).toBe(1);
  });
});
