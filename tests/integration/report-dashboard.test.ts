import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { pgPool } from '@/lib/db/pg';
import { getDashboard } from '@/lib/server/commands/reports/dashboard';
import { DomainError } from '@/lib/server/errors';
import { createAccount, createUser, sessionFor } from '../factories';

const NOW = new Date('2026-11-27T03:00:00Z'); // a Friday; the week starts Monday 2026-11-23
const daysBefore = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

async function opp(
  ownerId: string,
  o: {
    tier: number;
    outcome?: 'OPEN' | 'WON' | 'LOST' | 'NO_BID' | 'DROPPED';
    amount?: string;
    categoryId?: string;
    enteredDaysAgo?: number;
    snoozed?: boolean;
  },
) {
  const account = await createAccount();
  return db.opportunity.create({
    data: {
      name: `대시보드 ${Math.random().toString(36).slice(2, 7)}`,
      accountId: account.id,
      ownerId,
      tier: o.tier,
      outcome: o.outcome ?? 'OPEN',
      amount: o.amount,
      businessCategoryId: o.categoryId,
      tierEnteredAt: daysBefore(o.enteredDaysAgo ?? 0),
      ...(o.snoozed ? { stallSnoozedAt: daysBefore(1), stallSnoozedUntil: daysBefore(-10) } : {}),
    },
  });
}

describe('executive dashboard', () => {
  test('amount and count by tier, win and bid rates by category, stalled deals by rep, 12 weeks of movement', async () => {
    const rep = await createUser({ roles: ['SALES_REP'], name: '가영업' });
    const rep2 = await createUser({ roles: ['SALES_REP'], name: '나영업' });
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const si = await db.businessCategory.create({ data: { code: 'SI', nameKo: 'SI', nameEn: 'SI', sortOrder: 1 } });
    const sm = await db.businessCategory.create({ data: { code: 'SM', nameKo: '운영', nameEn: 'Managed', sortOrder: 2 } });
    // SI: 3 won, 1 lost, 1 no-bid, 1 dropped → win 75%, bid 80%; SM: 2 no-bids → win –, bid 0%
    for (const outcome of ['WON', 'WON', 'WON', 'LOST', 'NO_BID', 'DROPPED'] as const)
      await opp(rep.id, { tier: 0, outcome, amount: '100000000.5', categoryId: si.id });
    for (let i = 0; i < 2; i++) await opp(rep.id, { tier: 0, outcome: 'NO_BID', categoryId: sm.id });
    // stall thresholds (defaults): tier 2 = 30 days. Stalled: 31 days; not: 30 days; snoozed: not counted
    const stalled = await opp(rep2.id, { tier: 2, amount: '700000000', enteredDaysAgo: 31 });
    await opp(rep2.id, { tier: 2, amount: '1', enteredDaysAgo: 30 });
    await opp(rep.id, { tier: 2, amount: '1', enteredDaysAgo: 90, snoozed: true });
    // movement: this week one up and one won; five weeks ago one down; 13 weeks ago (outside) one up
    const changes: [number, number | null, string | null, number, string][] = [
      [1, 3, 'OPEN', 2, 'OPEN'],
      [2, 1, 'OPEN', 0, 'WON'],
      [35, 2, 'OPEN', 3, 'OPEN'],
      [95, 4, 'OPEN', 3, 'OPEN'],
    ];
    for (const [ago, fromTier, fromOutcome, toTier, toOutcome] of changes)
      await db.tierChange.create({
        data: {
          opportunityId: stalled.id,
          fromTier,
          fromOutcome: fromOutcome as never,
          toTier,
          toOutcome: toOutcome as never,
          changedAt: daysBefore(ago),
        },
      });

    const d = await getDashboard(pgPool, db, sessionFor(exec), { now: NOW, locale: 'ko' });
    const byTier = Object.fromEntries(d.byTier.map((b) => [b.column, [b.count, b.amount]]));
    expect(byTier).toMatchObject({
      '2': [3, '700000002'],
      WON: [3, '300000001.5'],
      LOST: [1, '100000000.5'],
      NO_BID: [3, '100000000.5'],
      DROPPED: [1, '100000000.5'],
    });
    expect(d.rates.map((r) => [r.label, r.winRate, r.bidRate])).toEqual([
      ['SI', 0.75, 0.8],
      ['운영', null, 0],
    ]);
    expect(d.stalled).toEqual([{ id: rep2.id, name: '나영업', stalled: 1, amount: '700000000' }]);
    expect(d.movement).toHaveLength(12);
    expect(d.movement.at(-1)).toEqual({ week: '2026-11-23', up: 1, down: 0, new: 0, won: 1, lost: 0 });
    expect(d.movement.find((w) => w.week === '2026-10-19')).toMatchObject({ down: 1 });
    expect(d.movement.reduce((n, w) => n + w.up + w.down + w.won + w.lost + w.new, 0)).toBe(3);
  });

  test('an empty database gives zeros and empty lists, not errors', async () => {
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const d = await getDashboard(pgPool, db, sessionFor(exec), { now: NOW });
    expect(d.byTier.every((b) => b.count === 0 && b.amount === '0')).toBe(true);
    expect(d.rates).toEqual([]);
    expect(d.stalled).toEqual([]);
  });

  test('a session without any role is refused', async () => {
    const u = await createUser({ roles: [] });
    await expect(getDashboard(pgPool, db, sessionFor(u), { now: NOW })).rejects.toBeInstanceOf(DomainError);
  });
});
