import { insertAccount, insertContact, insertOpportunity } from '../factories/rows';
import { expect, test, e2eDb } from './fixtures';

test('an executive browses accounts, filters key accounts and opens one with its power map', async ({ page, login }) => {
  await login(['EXECUTIVE']);
  const tag = Date.now().toString(36);
  const owner = (await e2eDb().query(`SELECT id FROM "User" LIMIT 1`)).rows[0].id as string;
  const { id: accountId } = await insertAccount(e2eDb(), { name: `E2E핵심고객${tag}`, isKeyAccount: true, industry: '제조' });
  await insertContact(e2eDb(), { accountId, name: '박상무', title: '상무', powerRole: 'DECISION_MAKER', power: 5 });
  await insertOpportunity(e2eDb(), { name: `E2E차세대 ERP ${tag}`, accountId, ownerId: owner, amount: 2_500_000_000, tier: 2 });

  await page.goto('/accounts');
  await page.getByRole('searchbox').or(page.getByPlaceholder('고객사명 또는 사업자등록번호')).fill(`E2E핵심고객${tag}`);
  await page.getByLabel('핵심 고객만').check();
  await page.getByRole('button', { name: '검색', exact: true }).click();
  const row = page.getByRole('row', { name: new RegExp(`E2E핵심고객${tag}`) });
  await expect(row).toContainText('25억원');
  await expect(row).toContainText('핵심 고객');
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: `E2E핵심고객${tag}` })).toBeVisible();
  await expect(page.getByRole('row', { name: /박상무/ })).toContainText('의사결정자');
  await expect(page.getByRole('link', { name: `E2E차세대 ERP ${tag}` })).toBeVisible();
});
