import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { listBidDeadlinesSoon } from '@/lib/server/commands/tools';
import { createOpportunity, createUser, sessionFor } from '../factories';

// Issue 12 item 5: the dashboard's "bid deadlines within 7 days" is the caller's own list — a rep
// sees their deals only, a manager their own and their team's, executives and admins every deal —
// and only open deals whose 입찰 마감 is from now to 7 days ahead, soonest first.

const NOW = new Date('2026-12-05T03:00:00Z');
const inHours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

async function deal(ownerId: string, name: string, bidDeadline: Date, outcome: 'OPEN' | 'WON' = 'OPEN') {
  const o = await createOpportunity({ ownerId, name, tier: outcome === 'WON' ? 0 : 2, outcome });
  await db.opportunity.update({ where: { id: o.id }, data: { bidDeadline } });
  return o;
}

async function team() {
  const mgr = await createUser({ roles: ['SALES_MANAGER'], name: '팀장' });
  const otherMgr = await createUser({ roles: ['SALES_MANAGER'], name: '다른 팀장' });
  const rep = await createUser({ roles: ['SALES_REP'], managerId: mgr.id, name: '영업 가' });
  const mate = await createUser({ roles: ['SALES_REP'], managerId: mgr.id, name: '영업 나' });
  const outsider = await createUser({ roles: ['SALES_REP'], managerId: otherMgr.id, name: '영업 다' });
  const exec = await createUser({ roles: ['EXECUTIVE'] });
  const admin = await createUser({ roles: ['ADMIN'] });
  const marketer = await createUser({ roles: ['MARKETER'] });
  await deal(rep.id, '가 입찰', inHours(30));
  await deal(mate.id, '나 입찰', inHours(5));
  await deal(outsider.id, '다 입찰', inHours(100));
  await deal(mgr.id, '팀장 입찰', inHours(150));
  // never on the list: past, beyond 7 days, closed
  await deal(rep.id, '가 지난 입찰', inHours(-2));
  await deal(rep.id, '가 먼 입찰', inHours(7 * 24 + 1));
  await deal(rep.id, '가 수주 입찰', inHours(10), 'WON');
  return { mgr, otherMgr, rep, mate, outsider, exec, admin, marketer };
}

const names = async (u: Parameters<typeof sessionFor>[0]) => (await listBidDeadlinesSoon(db, sessionFor(u), NOW)).map((r) => r.name);

describe('dashboard bid deadlines within 7 days', () => {
  test('a rep sees only their own deals', async () => {
    const t = await team();
    expect(await names(t.rep)).toEqual(['가 입찰']);
    expect(await names(t.outsider)).toEqual(['다 입찰']);
  });

  test("a manager sees their own and their team's, not another team's", async () => {
    const t = await team();
    expect(await names(t.mgr)).toEqual(['나 입찰', '가 입찰', '팀장 입찰']);
    expect(await names(t.otherMgr)).toEqual(['다 입찰']);
  });

  test('executives and admins see every deal, soonest first', async () => {
    const t = await team();
    const all = ['나 입찰', '가 입찰', '다 입찰', '팀장 입찰'];
    expect(await names(t.exec)).toEqual(all);
    expect(await names(t.admin)).toEqual(all);
  });

  test('a role that owns no deals sees none', async () => {
    const t = await team();
    expect(await names(t.marketer)).toEqual([]);
  });

  test('each row carries the account, the deadline and the notice', async () => {
    const t = await team();
    const [row] = await listBidDeadlinesSoon(db, sessionFor(t.rep), NOW);
    expect(row).toMatchObject({ name: '가 입찰', bidDeadline: inHours(30), bidNoticeNo: null });
    expect(row!.accountName).toEqual(expect.any(String));
  });
});
