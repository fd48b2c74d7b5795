import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import * as oppActivities from '@/app/api/v1/opportunities/[id]/activities/route';
import * as accountActivities from '@/app/api/v1/accounts/[id]/activities/route';
import * as thisWeekRoute from '@/app/api/v1/me/this-week/route';
import { callApi } from '../setup/api-contract';
import { createAccount, createOpportunity, createUser, tokenFor } from '../factories';
import { addDays, koreaToday } from '@/lib/domain/time/korea';
import { thisWeek } from '@/lib/domain/work/this-week';

const at = '2026-12-05T10:00:00+09:00';

describe('activities', () => {
  test("a visit with a next step updates the deal's 다음 단계 and version in the same transaction", async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const opp = await createOpportunity({ ownerId: rep.id, tier: 3 });
    const token = await tokenFor(rep.id);
    const r = await callApi(oppActivities.POST, `/api/v1/opportunities/${opp.id}/activities`, {
      method: 'POST',
      token,
      params: { id: opp.id },
      body: { type: 'VISIT', subject: '현장 방문', occurredAt: at, nextStep: '제안서 초안 공유', nextStepDueDate: '2026-12-10' },
    });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ type: 'VISIT', nextStep: '제안서 초안 공유', nextStepDueDate: '2026-12-10', opportunityId: opp.id });
    const o = await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } });
    expect(o.nextStep).toBe('제안서 초안 공유');
    expect(o.nextStepDueDate?.toISOString().slice(0, 10)).toBe('2026-12-10');
    expect(o.version).toBe(opp.version + 1);
    const audits = await db.auditLog.findMany({ where: { entityId: opp.id }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => a.action)).toEqual(['activity.create', 'opportunity.update']);
  });

  test('an activity without a next step leaves the deal alone', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const opp = await createOpportunity({ ownerId: rep.id, tier: 3 });
    const r = await callApi(oppActivities.POST, `/api/v1/opportunities/${opp.id}/activities`, {
      method: 'POST',
      token: await tokenFor(rep.id),
      params: { id: opp.id },
      body: { type: 'DEMO', subject: '데모', occurredAt: at },
    });
    expect(r.status).toBe(201);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).version).toBe(opp.version);
  });

  test('account activities: own, or on one of its deals (next step synced); a foreign deal is refused with nothing written', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const token = await tokenFor(rep.id);
    const account = await createAccount();
    const opp = await createOpportunity({ ownerId: rep.id, accountId: account.id, tier: 2 });
    const otherDeal = await createOpportunity({ ownerId: rep.id, tier: 2 });
    const log = (body: Record<string, unknown>) =>
      callApi(accountActivities.POST, `/api/v1/accounts/${account.id}/activities`, {
        method: 'POST',
        token,
        params: { id: account.id },
        body,
      });
    const plain = await log({ type: 'CALL', subject: '인사 전화', occurredAt: at, nextStep: '연말 인사' });
    expect(plain.status).toBe(201);
    expect(plain.json).toMatchObject({ accountId: account.id, opportunityId: null });
    const onDeal = await log({ type: 'PROPOSAL', subject: '제안 발표', occurredAt: at, opportunityId: opp.id, nextStep: '가격 협상' });
    expect(onDeal.status).toBe(201);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).nextStep).toBe('가격 협상');
    const refused = await log({ type: 'EMAIL', subject: 'x', occurredAt: at, opportunityId: otherDeal.id, nextStep: '무시' });
    expect(refused.status).toBe(403);
    expect(await db.activity.count({ where: { accountId: account.id } })).toBe(2);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: otherDeal.id } })).nextStep).toBeNull();
  });

  test.each([
    ['unknown type', { type: 'LUNCH', subject: 'x', occurredAt: at }],
    ['no subject', { type: 'CALL', subject: '', occurredAt: at }],
    ['bad next-step date', { type: 'CALL', subject: 'x', occurredAt: at, nextStep: 'y', nextStepDueDate: '2026-13-40' }],
  ])('bad input: %s → 400', async (_, body) => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const opp = await createOpportunity({ ownerId: rep.id, tier: 3 });
    const r = await callApi(oppActivities.POST, `/api/v1/opportunities/${opp.id}/activities`, {
      method: 'POST',
      token: await tokenFor(rep.id),
      params: { id: opp.id },
      body,
    });
    expect(r.status).toBe(400);
    expect(await db.activity.count()).toBe(0);
  });

  test("이번 주: the rep's own open next steps up to Sunday, overdue flagged; others' and later ones left out", async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const other = await createUser({ roles: ['SALES_REP'] });
    const w = thisWeek(new Date());
    const today = koreaToday(new Date());
    const mk = async (ownerId: string, name: string, due: string, tier = 3) => {
      const o = await createOpportunity({ ownerId, name, tier });
      await db.opportunity.update({
        where: { id: o.id },
        data: { nextStep: `${name} 다음`, nextStepDueDate: new Date(`${due}T00:00:00Z`) },
      });
    };
    await mk(rep.id, '지난주', addDays(today, -3));
    await mk(rep.id, '일요일', w.sunday);
    await mk(rep.id, '다음주', addDays(w.sunday, 1));
    await mk(other.id, '남의것', today);
    await mk(rep.id, '닫힘', today, 0);
    const r = await callApi(thisWeekRoute.GET, '/api/v1/me/this-week', { token: await tokenFor(rep.id) });
    expect(r.status).toBe(200);
    expect(r.json.items.map((i: { opportunityName: string; overdue: boolean }) => [i.opportunityName, i.overdue])).toEqual([
      ['지난주', true],
      ['일요일', false],
    ]);
  });
});
