import ExcelJS from 'exceljs';
import { insertAccount, insertOpportunity } from '../factories/rows';
import { expect, test, e2eDb, createTestUser, loginAs } from './fixtures';

// Issue 13 as users: a manager's weekly tier review moves deals on the board; a rep lands on
// 내 업무, answers the finding raised on their deal and the bell count drops; a published
// postmortem has no edit button and takes an amendment.

async function createOpp(ownerId: string, name: string, tier: number, outcome: 'OPEN' | 'LOST' = 'OPEN') {
  const acc = await insertAccount(e2eDb(), { name: `${name} 고객사` });
  const opp = await insertOpportunity(e2eDb(), { name, accountId: acc.id, ownerId, amount: 350_000_000, tier, lost: outcome === 'LOST' });
  return opp.id;
}

test('a manager runs a weekly review of their team, downgrades one deal and drops another, and the board shows both moved', async ({
  page,
  login,
}) => {
  const mgr = await login(['SALES_MANAGER'], { name: 'E2E 리뷰 팀장' });
  const rep = await createTestUser({ roles: ['SALES_REP'], name: 'E2E 리뷰 영업', managerId: mgr.id });
  await createOpp(rep.id, '리뷰 강등 건', 2);
  await createOpp(rep.id, '리뷰 드롭 건', 3);

  await page.goto('/tiers/reviews');
  await page.getByRole('button', { name: '새 리뷰 시작' }).click();
  await expect(page).toHaveURL(/\/tiers\/reviews\/[0-9a-f-]{36}/);

  await page.getByLabel('결정: 리뷰 강등 건').selectOption('DOWNGRADE');
  await page.getByLabel('사유: 리뷰 강등 건').fill('예산 미확정');
  await page.getByRole('button', { name: '결정 저장: 리뷰 강등 건' }).click();
  await expect(page.getByRole('button', { name: '결정 저장: 리뷰 강등 건' })).toHaveText('저장했습니다');

  await page.getByLabel('결정: 리뷰 드롭 건').selectOption('DROP');
  await page.getByLabel('사유: 리뷰 드롭 건').fill('고객 사업 취소');
  await page.getByRole('button', { name: '결정 저장: 리뷰 드롭 건' }).click();
  await expect(page.getByRole('button', { name: '결정 저장: 리뷰 드롭 건' })).toHaveText('저장했습니다');

  await page.goto(`/tiers?owner=${rep.id}`);
  await expect(page.getByTestId('column-3').getByTestId('opportunity-card').filter({ hasText: '리뷰 강등 건' })).toBeVisible();
  await expect(page.getByTestId('column-0').getByTestId('opportunity-card').filter({ hasText: '리뷰 드롭 건' })).toBeVisible();
});

test('a rep lands on 내 업무, sees the finding raised on their deal, answers it there, and the bell count drops', async ({
  page,
  login,
  browser,
}) => {
  const rep = await login(['SALES_REP'], { name: 'E2E 지적 영업' });
  const dealId = await createOpp(rep.id, '지적 사항 건', 2);
  const sched = await page.request.post(`/api/v1/opportunities/${dealId}/vrb-reviews`, {
    data: { stage: 1, scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString() },
  });
  expect(sched.status()).toBe(201);
  const review = (await sched.json()) as { id: string };

  const finance = await createTestUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'], name: 'E2E 재무위원' });
  const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const financePage = await ctx.newPage();
  await loginAs(financePage, finance);
  const raised = await financePage.request.post(`/api/v1/vrb-reviews/${review.id}/findings`, {
    data: { domain: 'FINANCE', issue: '원가 산정 근거 부족', severity: 'HIGH', requiredFix: '원가 재산정' },
  });
  expect(raised.status()).toBe(201);
  await ctx.close();

  await page.goto('/');
  await expect(page).toHaveURL(/\/work$/);
  await expect(page.getByRole('heading', { name: '내 업무' })).toBeVisible();
  await expect(page.getByTestId('notification-count')).toHaveText('1');
  const item = page.getByTestId('work-item-FINDING_TO_ANSWER').filter({ hasText: '원가 산정 근거 부족' });
  await expect(item).toBeVisible();
  await item.getByLabel('답변: 원가 산정 근거 부족').fill('원가를 재산정해 첨부했습니다');
  await item.getByRole('button', { name: '답변 등록' }).click();
  await expect(page.getByTestId('work-item-FINDING_TO_ANSWER')).toHaveCount(0);
  await expect(page.getByTestId('notification-count')).toHaveCount(0);
});

test('a published postmortem shows no edit button and takes an amendment', async ({ page, login }) => {
  const rep = await login(['SALES_REP'], { name: 'E2E 포스트모템 영업' });
  const dealId = await createOpp(rep.id, '포스트모템 게시 건', 0, 'LOST');
  const saved = await page.request.post(`/api/v1/opportunities/${dealId}/postmortem`, {
    data: {
      status: 'PUBLISHED',
      summary: '가격 차이로 실주',
      rootCauses: ['PRICE'],
      actionItems: [{ title: '가격 검토 절차 개선', ownerId: rep.id, dueDate: '2026-12-31' }],
    },
  });
  expect(saved.status()).toBe(201);
  const pm = (await saved.json()) as { id: string };

  await page.goto(`/postmortems/${pm.id}`);
  await expect(page.getByRole('heading', { name: '포스트모템 게시 건' })).toBeVisible();
  await expect(page.getByRole('link', { name: '수정' })).toHaveCount(0);
  await page.getByLabel('정정 내용').fill('가격 차이는 6%로 정정');
  await page.getByRole('button', { name: '정정 추가' }).click();
  await expect(page.getByTestId('amendments')).toContainText('가격 차이는 6%로 정정');
  await expect(page.getByTestId('amendments')).toContainText('E2E 포스트모템 영업');
});

test('an executive reviews one team: the review exports to XLSX (matrix + decisions) and prints on one A4 page', async ({
  page,
  login,
}) => {
  await login(['EXECUTIVE'], { name: 'E2E 인쇄 임원' });
  const mgr = await createTestUser({ roles: ['SALES_MANAGER'], name: 'E2E 인쇄 팀장' });
  const rep = await createTestUser({ roles: ['SALES_REP'], name: 'E2E 인쇄 영업', managerId: mgr.id });
  await createOpp(rep.id, '인쇄 강등 건', 2);
  await createOpp(rep.id, '인쇄 유지 건', 3);

  await page.goto('/tiers/reviews');
  await page.getByLabel('범위').selectOption({ label: 'E2E 인쇄 팀장 팀' });
  await page.getByLabel('주기').selectOption('MONTHLY');
  await page.getByRole('button', { name: '새 리뷰 시작' }).click();
  await expect(page).toHaveURL(/\/tiers\/reviews\/[0-9a-f-]{36}/);
  await expect(page.getByText('월간 · E2E 인쇄 팀장 팀')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('결정: 인쇄 강등 건').selectOption('DOWNGRADE');
  await page.getByLabel('사유: 인쇄 강등 건').fill('예산 미확정');
  await page.getByRole('button', { name: '결정 저장: 인쇄 강등 건' }).click();
  await expect(page.getByRole('button', { name: '결정 저장: 인쇄 강등 건' })).toHaveText('저장했습니다');
  await expect(page.getByTestId('rep-summary').getByRole('row', { name: /E2E 인쇄 영업/ })).toBeVisible();

  // the XLSX link: a workbook with the movement matrix and the decisions
  // the page header's link (first); the two tables' own XLSX links fetch the same workbook
  const href = await page.getByRole('link', { name: 'XLSX 내보내기' }).first().getAttribute('href');
  expect(href).toMatch(/\/tiers\/reviews\/[0-9a-f-]{36}\/export\?format=xlsx$/);
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await file.body()) as never);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['이동 매트릭스', '사업기회별 결정']);
  const decided = wb.worksheets[1]!.getSheetValues().find((r) => Array.isArray(r) && r.includes('인쇄 강등 건')) as unknown[];
  expect(decided).toContain('하향');
  expect(decided).toContain('예산 미확정');

  // print: the summary on one landscape A4 page, the decision forms left out
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('review-summary')).toBeVisible();
  await expect(page.getByTestId('decisions-table')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
  await page.emulateMedia({ media: null });
});

test('a lost deal’s Tier 0 card links to 포스트모템 작성 until the postmortem is published', async ({ page, login }) => {
  const rep = await login(['SALES_REP'], { name: 'E2E 카드 영업' });
  const dealId = await createOpp(rep.id, '카드 실주 건', 0, 'LOST');
  await page.goto(`/tiers?owner=${rep.id}`);
  const card = page.getByTestId('column-0').getByTestId('opportunity-card').filter({ hasText: '카드 실주 건' });
  await card.getByRole('link', { name: '포스트모템 작성' }).click();
  await expect(page).toHaveURL(new RegExp(`/postmortems/write/${dealId}$`));

  const saved = await page.request.post(`/api/v1/opportunities/${dealId}/postmortem`, {
    data: { status: 'PUBLISHED', summary: '가격 차이로 실주', rootCauses: ['PRICE'] },
  });
  expect(saved.status()).toBe(201);
  await page.goto(`/tiers?owner=${rep.id}`);
  await expect(page.getByTestId('column-0').getByTestId('opportunity-card').filter({ hasText: '카드 실주 건' })).toBeVisible();
  await expect(page.getByTestId('card-postmortem-link')).toHaveCount(0);
});
