import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { getAccountDetail, listAccounts } from '@/lib/db/queries/accounts';
import { createAccount, createOpportunity, createUser } from '../factories';

describe('listAccounts', () => {
  test('aggregates open and won pipeline per account exactly, key accounts first', async () => {
    const rep = await createUser();
    const a = await createAccount({ name: '한빛전자', businessRegistrationNo: '1208147521' });
    const b = await createAccount({ name: '가나물류' });
    await db.account.update({ where: { id: a.id }, data: { isKeyAccount: true } });
    await createOpportunity({ ownerId: rep.id, accountId: a.id, tier: 3, amount: '1200000000.10' });
    await createOpportunity({ ownerId: rep.id, accountId: a.id, tier: 2, amount: '300000000.20' });
    const won = await createOpportunity({ ownerId: rep.id, accountId: a.id, tier: 0, outcome: 'WON', amount: '500000000' });
    await db.opportunity.update({ where: { id: won.id }, data: { contractAmount: '480000000' } });
    await createOpportunity({ ownerId: rep.id, accountId: a.id, tier: 0, outcome: 'LOST', amount: '999' });

    const rows = await listAccounts(db, {});
    expect(rows.map((r) => r.name)).toEqual(['한빛전자', '가나물류']);
    expect(rows[0]).toMatchObject({
      openCount: 2,
      openAmount: '1500000000.30',
      wonCount: 1,
      wonAmount: '480000000.00',
      isKeyAccount: true,
    });
    expect(rows[1]).toMatchObject({ openCount: 0, openAmount: '0', wonCount: 0 });
    expect(b.id).toBe(rows[1]!.id);
  });

  test.each([
    ['빛전', ['한빛전자']],
    ['120-81-47521', ['한빛전자']],
    ['없는회사', []],
  ])('search %s', async (q, names) => {
    await createAccount({ name: '한빛전자', businessRegistrationNo: '1208147521' });
    await createAccount({ name: '가나물류' });
    expect((await listAccounts(db, { q })).map((r) => r.name)).toEqual(names);
  });

  test('key accounts only', async () => {
    const a = await createAccount({ name: '한빛전자' });
    await createAccount({ name: '가나물류' });
    await db.account.update({ where: { id: a.id }, data: { isKeyAccount: true } });
    expect((await listAccounts(db, { keyOnly: true })).map((r) => r.name)).toEqual(['한빛전자']);
  });
});

test('getAccountDetail returns contacts, deals and activities; null for an unknown id', async () => {
  const rep = await createUser();
  const a = await createAccount({ name: '대한물류' });
  await db.contact.create({ data: { accountId: a.id, name: '김부장', powerRole: 'DECISION_MAKER', power: 5 } });
  await createOpportunity({ ownerId: rep.id, accountId: a.id, tier: 2, amount: 100 });
  const d = await getAccountDetail(db, a.id);
  expect(d?.contacts.map((c) => c.name)).toEqual(['김부장']);
  expect(d?.opportunities).toHaveLength(1);
  expect(await getAccountDetail(db, '00000000-0000-0000-0000-000000000000')).toBeNull();
});
