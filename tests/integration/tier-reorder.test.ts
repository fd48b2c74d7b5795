import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { POST as positionRoute } from '@/app/api/v1/opportunities/[id]/position/route';
import { POST as snoozeRoute } from '@/app/api/v1/opportunities/[id]/stall-snooze/route';
import { reorderOpportunity } from '@/lib/server/commands/opportunities';
import { listBoardRows } from '@/lib/db/queries/opportunities';
import { domainError } from '../setup/domain-error';
import { createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// Order inside a board column (one row written per reorder) and the stall snooze, through the
// command and their API routes.

const call = async (handler: typeof positionRoute, token: string, id: string, body: unknown) => {
  const res = await handler(
    new NextRequest(`http://localhost/api/v1/opportunities/${id}/x`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: res.status, json: await res.json() };
};

/** A rep's Tier 3 column: cards a, b, c, d at positions 0, 10, 20, 30. */
async function column() {
  const user = await createUser({ roles: ['SALES_REP'] });
  const ids: Record<string, string> = {};
  for (const [i, name] of ['a', 'b', 'c', 'd'].entries()) {
    const o = await createOpportunity({ ownerId: user.id, tier: 3, name });
    await db.opportunity.update({ where: { id: o.id }, data: { position: i * 10 } });
    ids[name] = o.id;
  }
  return { user, session: sessionFor(user), ids };
}
const order = async (ownerId: string) =>
  (await listBoardRows(db, { owners: [ownerId], closedSince: new Date(0) })).filter((r) => r.tier === 3).map((r) => r.name);

describe('reorderOpportunity', () => {
  test.each([
    ['d between a and b', 'd', { aboveId: 'a', belowId: 'b' }, ['a', 'd', 'b', 'c'], 5],
    ['a to the bottom', 'a', { aboveId: 'd' }, ['b', 'c', 'd', 'a'], 31],
    ['c to the top', 'c', { belowId: 'a' }, ['c', 'a', 'b', 'd'], -1],
  ] as const)('%s: one row written, version unchanged, one audit row', async (_l, card, nb, want, position) => {
    const { user, session, ids } = await column();
    const r = await reorderOpportunity(db, session, {
      opportunityId: ids[card]!,
      aboveId: 'aboveId' in nb ? ids[nb.aboveId] : undefined,
      belowId: 'belowId' in nb ? ids[nb.belowId] : undefined,
    });
    expect(r).toEqual({ id: ids[card], tier: 3, position });
    expect(await order(user.id)).toEqual(want);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: ids[card]! } })).version).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'opportunity.reorder', entityId: ids[card]! } })).toBe(1);
  });

  test('neighbours with no float between them: the column is renumbered once, the order kept', async () => {
    const { user, session, ids } = await column();
    await db.opportunity.update({ where: { id: ids.b! }, data: { position: Number.EPSILON } });
    await db.opportunity.update({ where: { id: ids.a! }, data: { position: 0 } });
    await reorderOpportunity(db, session, { opportunityId: ids.d!, aboveId: ids.a, belowId: ids.b });
    expect(await order(user.id)).toEqual(['a', 'd', 'b', 'c']);
  });

  test('a stale board (neighbours now in the other order) keeps the card right below the one above', async () => {
    const { user, session, ids } = await column();
    // someone moved b to the top meanwhile
    await db.opportunity.update({ where: { id: ids.b! }, data: { position: -5 } });
    await reorderOpportunity(db, session, { opportunityId: ids.d!, aboveId: ids.a, belowId: ids.b });
    expect(await order(user.id)).toEqual(['b', 'a', 'd', 'c']);
  });

  test('refusals: another tier, a closed deal, another rep, a missing neighbour — nothing written', async () => {
    const { user, session, ids } = await column();
    const other = await createOpportunity({ ownerId: user.id, tier: 2 });
    expect((await domainError(reorderOpportunity(db, session, { opportunityId: ids.a!, aboveId: other.id }))).key).toBe(
      'tiers.errors.reorderOtherColumn',
    );
    const closed = await createOpportunity({ ownerId: user.id, tier: 0, outcome: 'WON' });
    expect((await domainError(reorderOpportunity(db, session, { opportunityId: closed.id, aboveId: ids.a }))).key).toBe(
      'tiers.errors.reorderClosed',
    );
    const stranger = sessionFor(await createUser({ roles: ['SALES_REP'] }));
    expect((await domainError(reorderOpportunity(db, stranger, { opportunityId: ids.a!, belowId: ids.b }))).code).toBe('FORBIDDEN');
    expect((await domainError(reorderOpportunity(db, session, { opportunityId: ids.a!, belowId: crypto.randomUUID() }))).key).toBe(
      'tiers.errors.reorderNeighbourMissing',
    );
    expect(await order(user.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(await db.auditLog.count({ where: { action: 'opportunity.reorder' } })).toBe(0);
  });
});

describe('POST /api/v1/opportunities/{id}/position', () => {
  test('200 with the new position; 400 without a neighbour or with itself; 422 across tiers; 403 for an executive', async () => {
    const { user, ids } = await column();
    const token = await tokenFor(user.id);
    const ok = await call(positionRoute, token, ids.c!, { aboveId: ids.a, belowId: ids.b });
    expect(ok).toEqual({ status: 200, json: { id: ids.c, tier: 3, position: 5 } });
    expect(await order(user.id)).toEqual(['a', 'c', 'b', 'd']);

    const none = await call(positionRoute, token, ids.c!, {});
    expect(none.status).toBe(400);
    expect(none.json.error.fields).toEqual([{ path: 'aboveId', message: 'give aboveId, belowId or both' }]);
    expect((await call(positionRoute, token, ids.c!, { aboveId: ids.c })).status).toBe(400);
    expect((await call(positionRoute, token, ids.c!, { aboveId: 'x' })).status).toBe(400);
    const other = await createOpportunity({ ownerId: user.id, tier: 4 });
    const across = await call(positionRoute, token, ids.c!, { aboveId: other.id });
    expect(across.status).toBe(422);
    expect(across.json.error.message).toBe('Cards can be reordered only within their tier.'); // API messages: the user's locale (English for this one)
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    expect((await call(positionRoute, await tokenFor(exec.id), ids.c!, { aboveId: ids.a })).status).toBe(403);
    expect(await order(user.id)).toEqual(['a', 'c', 'b', 'd']);
  });
});

describe('POST /api/v1/opportunities/{id}/stall-snooze', () => {
  test('a stalled deal is snoozed once per tier entry; bad dates → 400; not stalled or twice → 422', async () => {
    const user = await createUser({ roles: ['SALES_REP'] });
    const token = await tokenFor(user.id);
    const fresh = await createOpportunity({ ownerId: user.id, tier: 3 });
    const stalled = await createOpportunity({ ownerId: user.id, tier: 3 });
    await db.opportunity.update({ where: { id: stalled.id }, data: { tierEnteredAt: new Date(Date.now() - 200 * 86_400_000) } });
    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

    const notStalled = await call(snoozeRoute, token, fresh.id, { until, reason: '예산 심의 대기' });
    expect(notStalled.status).toBe(422);
    expect((await call(snoozeRoute, token, stalled.id, { until: '2020-01-01', reason: '예산 심의 대기' })).status).toBe(400);
    expect((await call(snoozeRoute, token, stalled.id, { until })).status).toBe(400);

    const ok = await call(snoozeRoute, token, stalled.id, { until, reason: '예산 심의 대기' });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ id: stalled.id, stallSnoozedUntil: until });
    const twice = await call(snoozeRoute, token, stalled.id, { until, reason: '또 연기' });
    expect(twice.status).toBe(422);
    expect(twice.json.error.message).toBe('It was already snoozed once in this tier.');
    const row = await db.opportunity.findUniqueOrThrow({ where: { id: stalled.id } });
    expect(row.stallSnoozeReason).toBe('예산 심의 대기');
  });
});
