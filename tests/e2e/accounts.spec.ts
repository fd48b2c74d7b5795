import { expect, test, e2eDb } from './fixtures';

test('an executive browses accounts, filters key accounts and opens one with its power map', async ({ page, login }) => {
  await login(['EXECUTIVE']);
  const tag = Date.now().toString(36);
  const owner = (await e2eDb().query(`SELECT id FROM "User" LIMIT 1`)).rows[0].id as string;
  const { rows } = await e2eDb().query(
    `INSERT INTO "Account" (name, "nameNormalized", "isKeyAccount", industry, "updatedAt") VALUES ($1, $1, true, '제조', now()) RETURNING id`,
    [`E2E핵심고객${tag}`],
  );
  const accountId = rows[0].id as string;
  await e2eDb().query(
    `INSERT INTO "Contact" ("accountId", name, title, "powerRole", power, "updatedAt") VALUES ($1, '박상무', '상무', 'DECISION_MAKER', 5, now())`,
    [accountId],
  );
  await e2eDb().query(
    `INSERT INTO "Opportunity" (name, "accountId", "ownerId", amount, tier, outcome, "updatedAt") VALUES ($1, $2, $3, 2500000000, 2, 'OPEN', now())`,
    [`E2E차세대 ERP ${tag}`, accountId, owner],
  );

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
