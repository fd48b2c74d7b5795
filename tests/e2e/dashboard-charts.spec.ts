import { randomBytes } from 'node:crypto';
import { insertAccount, insertOpportunity } from '../factories/rows';
import { expect, test, createTestUser, e2eDb } from './fixtures';

// Executives land on the dashboard: four charts, each with a title and a table fallback.
test('an executive lands on the dashboard; every chart draws and offers its table', async ({ page, login }) => {
  const tag = randomBytes(3).toString('hex');
  const db = e2eDb();
  const rep = await createTestUser({ roles: ['SALES_REP'], name: `정체 대표 ${tag}` });
  const acct = await insertAccount(db, { name: `E2E 고객 ${tag}` });
  // a stalled Tier 2 deal (entered 200 days ago) and a won one, with a move this week
  await insertOpportunity(db, {
    name: `정체 과제 ${tag}`,
    accountId: acct.id,
    ownerId: rep.id,
    amount: 700000000,
    tier: 2,
    tierEnteredAt: { daysAgo: 200 },
  });
  await insertOpportunity(db, {
    name: `수주 과제 ${tag}`,
    accountId: acct.id,
    ownerId: rep.id,
    amount: 900000000,
    won: true,
    history: [{ fromTier: 1, fromOutcome: 'OPEN', toTier: 0, toOutcome: 'WON' }],
  });

  await login(['EXECUTIVE']);
  await page.goto('/');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: '대시보드', level: 1 })).toBeVisible();
  for (const [id, title] of [
    ['chart-by-tier', '티어별 금액과 건수'],
    ['chart-movement', '최근 12주 티어 이동'],
    ['chart-rates', '사업 구분별 수주율·입찰률'],
    ['chart-stalled', '담당자별 정체 사업기회'],
  ] as const) {
    const card = page.getByTestId(id);
    await expect(card.getByRole('heading', { name: title })).toBeVisible();
    await expect(card.getByRole('img', { name: title })).toBeVisible();
    await expect(card.locator('svg.recharts-surface').first()).toBeVisible();
  }

  // table fallbacks hold the numbers
  const stalled = page.getByTestId('chart-stalled');
  await stalled.getByRole('button', { name: '표로 보기' }).click();
  await expect(stalled.getByRole('table', { name: '담당자별 정체 사업기회' })).toBeVisible();
  await expect(stalled.getByRole('row', { name: new RegExp(`정체 대표 ${tag}`) })).toContainText('7억원');
  await stalled.getByRole('button', { name: '차트로 보기' }).click();
  await expect(stalled.locator('svg.recharts-surface').first()).toBeVisible();

  const byTier = page.getByTestId('chart-by-tier');
  await byTier.getByRole('button', { name: '표로 보기' }).press('Enter'); // keyboard works too
  await expect(byTier.getByRole('rowheader', { name: '수주' })).toBeVisible();

  const movement = page.getByTestId('chart-movement');
  await movement.getByRole('button', { name: '표로 보기' }).click();
  await expect(movement.getByRole('columnheader', { name: '수주' })).toBeVisible();
  await expect(movement.getByRole('row')).toHaveCount(13); // header + 12 weeks
});
