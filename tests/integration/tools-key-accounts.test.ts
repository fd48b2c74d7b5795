import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { POST as moveTier } from '@/app/api/v1/opportunities/[id]/tier/route';
import { GET as getKamRoute, PUT as putKey } from '@/app/api/v1/accounts/[id]/key-account/route';
import { PUT as putPlan } from '@/app/api/v1/accounts/[id]/kam-plan/route';
import { callApi } from '../setup/api-contract';
import { createAccount, createOpportunity, createUser, tokenFor } from '../factories';

// Issue 12 item 6: the first won deal makes its account a key account in the win's own statement;
// admins and sales managers set or clear it by hand with a reason; the KAM plan notes.

async function winnable(ownerId: string, accountId: string) {
  // Tier 1 → 0 WON needs a contract amount and a won reason (the tier engine's requirements)
  const opp = await createOpportunity({ ownerId, accountId, tier: 1, amount: '500000000' });
  const reason = await db.reason.upsert({
    where: { kind_code: { kind: 'WON', code: 'T_PRICE' } },
    create: { kind: 'WON', code: 'T_PRICE', labelKo: '가격', labelEn: 'Price' },
    update: {},
  });
  return { opp, reasonId: reason.id };
}

describe('key accounts', () => {
  test('a first win marks the account (audited, in the same statement); a later win after a manual clear does not', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const token = await tokenFor(rep.id);
    const account = await createAccount();
    const { opp, reasonId } = await winnable(rep.id, account.id);
    const won = await callApi(moveTier, `/api/v1/opportunities/${opp.id}/tier`, {
      method: 'POST',
      token,
      params: { id: opp.id },
      body: { to: 0, outcome: 'WON', version: opp.version, contractAmount: '480000000', reasonIds: [reasonId] },
    });
    expect(won.status, JSON.stringify(won.json)).toBe(200);
    const a = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(a).toMatchObject({ isKeyAccount: true, keyAccountReason: 'AUTO_FIRST_WIN', version: account.version + 1 });
    const auto = await db.auditLog.findFirst({ where: { entityId: account.id, action: 'account.keyAccount.auto' } });
    expect(auto?.after).toMatchObject({ isKeyAccount: true, opportunityId: opp.id });

    // a manager clears it with a reason; the next win leaves it cleared (not the first win)
    const mgr = await createUser({ roles: ['SALES_MANAGER'] });
    const mtoken = await tokenFor(mgr.id);
    const url = `/api/v1/accounts/${account.id}/key-account`;
    const cleared = await callApi(putKey, url, {
      method: 'PUT',
      token: mtoken,
      params: { id: account.id },
      body: { isKeyAccount: false, reason: '일회성 거래', version: a.version },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.json).toMatchObject({ isKeyAccount: false, keyAccountReason: '일회성 거래' });
    const second = await winnable(rep.id, account.id);
    await callApi(moveTier, `/api/v1/opportunities/${second.opp.id}/tier`, {
      method: 'POST',
      token,
      params: { id: second.opp.id },
      body: { to: 0, outcome: 'WON', version: second.opp.version, contractAmount: '1', reasonIds: [second.reasonId] },
    });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).isKeyAccount).toBe(false);
  });

  test('a lost deal does not mark it', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const account = await createAccount();
    const opp = await createOpportunity({ ownerId: rep.id, accountId: account.id, tier: 4 });
    const r = await callApi(moveTier, `/api/v1/opportunities/${opp.id}/tier`, {
      method: 'POST',
      token: await tokenFor(rep.id),
      params: { id: opp.id },
      body: { to: 0, outcome: 'DROPPED', reason: '예산 취소', version: opp.version },
    });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).isKeyAccount).toBe(false);
  });

  test('by hand: admin/manager only, a reason required, no change refused, stale version 409', async () => {
    const account = await createAccount();
    const url = `/api/v1/accounts/${account.id}/key-account`;
    const rep = await createUser({ roles: ['SALES_REP'] });
    const admin = await createUser({ roles: ['ADMIN'] });
    const at = await tokenFor(admin.id);
    const put = (token: string, body: object) => callApi(putKey, url, { method: 'PUT', token, params: { id: account.id }, body });
    expect((await put(await tokenFor(rep.id), { isKeyAccount: true, reason: '전략', version: 1 })).status).toBe(403);
    const noReason = await put(at, { isKeyAccount: true, reason: '   ', version: 1 });
    expect(noReason.status).toBe(400);
    expect((await put(at, { isKeyAccount: false, reason: '이미 아님', version: 1 })).status).toBe(422);
    const ok = await put(at, { isKeyAccount: true, reason: '그룹 전략 고객', version: 1 });
    expect(ok.json).toMatchObject({ isKeyAccount: true, keyAccountReason: '그룹 전략 고객', version: 2 });
    expect(ok.json.keyAccountSince).not.toBeNull();
    expect((await put(at, { isKeyAccount: false, reason: 'x', version: 1 })).status).toBe(409);
    const rows = await db.auditLog.count({ where: { entityId: account.id, action: 'account.keyAccount.set' } });
    expect(rows).toBe(1);
  });

  test('the KAM plan: only the fields sent, version CAS', async () => {
    const account = await createAccount();
    const rep = await createUser({ roles: ['SALES_REP'] });
    const token = await tokenFor(rep.id);
    const url = `/api/v1/accounts/${account.id}/kam-plan`;
    const r = await callApi(putPlan, url, {
      method: 'PUT',
      token,
      params: { id: account.id },
      body: { version: 1, kamGoals: '2027년 수주 30억', kamWhitespace: '물류 부문 ERP' },
    });
    expect(r.json).toMatchObject({ kamGoals: '2027년 수주 30억', kamWhitespace: '물류 부문 ERP', kamRelationshipPlan: null, version: 2 });
    const r2 = await callApi(putPlan, url, {
      method: 'PUT',
      token,
      params: { id: account.id },
      body: { version: 2, kamRelationshipPlan: 'CIO 분기 미팅' },
    });
    expect(r2.json).toMatchObject({ kamGoals: '2027년 수주 30억', kamRelationshipPlan: 'CIO 분기 미팅', version: 3 });
    expect(
      (await callApi(putPlan, url, { method: 'PUT', token, params: { id: account.id }, body: { version: 2, kamGoals: 'x' } })).status,
    ).toBe(409);
    const got = await callApi(getKamRoute, `/api/v1/accounts/${account.id}/key-account`, { token, params: { id: account.id } });
    expect(got.json.kamRelationshipPlan).toBe('CIO 분기 미팅');
  });
});
