import { insertAccount, insertOpportunity } from '../factories/rows';
import { expect, test, e2eDb, createTestUser } from './fixtures';

// The opportunity page (inline edit with version check, history, contacts, activities) and the
// tier review page, as a rep and a manager use them. Each test makes its own data.

async function createOpp(ownerId: string, name: string) {
  const db = e2eDb();
  const acc = await insertAccount(db, { name: `${name} 고객` });
  return (await insertOpportunity(db, { name, accountId: acc.id, ownerId, tier: 4, amount: 500000000 })).id;
}

test('inline edits save with the version; a stale edit shows the other change and keeps mine', async ({ page, login, request }) => {
  const me = await login(['SALES_REP']);
  const id = await createOpp(me.id, '항만 물류 플랫폼');
  await page.goto(`/opportunities/${id}`);
  await expect(page.getByTestId('opportunity-name')).toHaveText('항만 물류 플랫폼');

  await page.getByRole('button', { name: '할 일 수정' }).click();
  await page.getByRole('textbox', { name: '할 일' }).fill('현장 실사');
  await page.getByRole('textbox', { name: '할 일' }).press('Enter');
  await expect(page.getByTestId('value-nextStep')).toHaveText('현장 실사');
  await page.getByRole('button', { name: '금액 수정', exact: true }).click();
  await page.getByRole('textbox', { name: '금액', exact: true }).fill('1,200,000,000');
  await page.getByRole('button', { name: '저장: 금액' }).click();
  await expect(page.getByTestId('value-amount')).toHaveText('12억원');

  // another session edits the same field first (API, version 3)
  const tok = await request.post('/api/v1/tokens', { data: { email: me.email, password: 'e2e-password', name: 'e2e' } });
  const { token } = await tok.json();
  expect(
    (
      await request.patch(`/api/v1/opportunities/${id}`, {
        headers: { authorization: `Bearer ${token}` },
        data: { version: 3, nextStep: '고객 CIO 면담' },
      })
    ).status(),
  ).toBe(200);

  await page.getByRole('button', { name: '할 일 수정' }).click();
  await page.getByRole('textbox', { name: '할 일' }).fill('제안 범위 확정');
  await page.getByRole('textbox', { name: '할 일' }).press('Enter');
  const conflict = page.getByTestId('edit-conflict');
  await expect(conflict).toContainText('다른 사용자가 먼저 변경했습니다');
  await expect(conflict).toContainText('고객 CIO 면담');
  await expect(conflict).toContainText('제안 범위 확정');
  await conflict.getByRole('button', { name: '내 변경으로 다시 적용' }).click();
  await expect(conflict).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('value-nextStep')).toHaveText('제안 범위 확정');

  // a bad amount: a clear message, nothing saved
  await page.getByRole('button', { name: '금액 수정', exact: true }).click();
  await page.getByRole('textbox', { name: '금액', exact: true }).fill('12억');
  await page.getByRole('button', { name: '저장: 금액' }).click();
  await expect(page.getByTestId('form-error')).toContainText('입력값을 확인해 주세요');
  await page.reload();
  await expect(page.getByTestId('value-amount')).toHaveText('12억원');

  // contacts and activities; the history shows the creation row
  await page.getByRole('button', { name: '담당자 추가' }).click();
  await page.getByLabel('이름', { exact: true }).fill('정하늘');
  await page.getByLabel('의사결정 역할').selectOption('DECISION_MAKER');
  await page.getByRole('button', { name: '추가', exact: true }).click();
  await expect(page.getByTestId('contacts')).toContainText('정하늘');
  await expect(page.getByTestId('contacts')).toContainText('의사결정자');
  await page.getByLabel('제목').fill('킥오프 미팅');
  await page.getByRole('button', { name: '활동 기록', exact: true }).click();
  await expect(page.getByTestId('activities')).toContainText('킥오프 미팅');
  await expect(page.getByTestId('tier-history')).toContainText('생성: Tier 4');
});

test('a manager starts a tier review of their team: matrix per rep, a decision per opportunity', async ({ page, login }) => {
  const mgr = await login(['SALES_MANAGER'], { name: '리뷰 팀장' });
  const rep = await createTestUser({ roles: ['SALES_REP'], name: '리뷰 대상 영업' });
  await e2eDb().query(`UPDATE "User" SET "managerId" = $1 WHERE id = $2`, [mgr.id, rep.id]); // a manager reviews their team
  const oppId = await createOpp(rep.id, '리뷰 대상 사업');
  await page.goto('/tiers/reviews');
  await page.getByLabel('제목').fill('E2E 주간 리뷰');
  await page.getByRole('button', { name: '새 리뷰 시작' }).click();
  await expect(page.getByRole('heading', { name: 'E2E 주간 리뷰' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '이동 매트릭스' })).toBeVisible();
  // the matrix has the rep: their new deal entered at Tier 4
  const matrix = page.getByTestId('matrix-리뷰 대상 영업');
  await expect(matrix).toContainText('신규 1');
  await matrix.getByRole('link', { name: '리뷰 대상 영업' }).click();
  await expect(page).toHaveURL(new RegExp(`owner=${rep.id}`));
  await page.waitForLoadState('networkidle'); // the decision forms are hydrated (a click before would submit natively)

  // hold needs the next step and its date
  await page.getByLabel('결정: 리뷰 대상 사업').selectOption('HOLD');
  const row = page.getByRole('row').filter({ hasText: '리뷰 대상 사업' });
  await row.getByLabel('다음 단계').fill('예산 확정 확인');
  await page.getByRole('button', { name: '결정 저장: 리뷰 대상 사업' }).click();
  await expect(row).toContainText('보류에는 다음 단계와 기한이 필요합니다.');
  await row.getByLabel('기한').fill('2031-03-15');
  await page.getByRole('button', { name: '결정 저장: 리뷰 대상 사업' }).click();
  await expect(page.getByRole('button', { name: '결정 저장: 리뷰 대상 사업' })).toBeDisabled();
  await expect(row).toContainText('리뷰 팀장 결정');

  await page.reload();
  const saved = page.getByRole('row').filter({ hasText: '리뷰 대상 사업' });
  await expect(saved.getByLabel('결정: 리뷰 대상 사업')).toHaveValue('HOLD');
  await expect(saved.getByLabel('다음 단계')).toHaveValue('예산 확정 확인');
  await expect(saved.getByLabel('기한')).toHaveValue('2031-03-15');
  // the hold set the deal's next step
  await page.goto(`/opportunities/${oppId}`);
  await expect(page.getByTestId('value-nextStep')).toHaveText('예산 확정 확인');
});

test('a manager advances a deal in the review: the missing contact and need in the requirement form, then the deal moves', async ({
  page,
  login,
}) => {
  const mgr = await login(['SALES_MANAGER'], { name: '상향 팀장' });
  const rep = await createTestUser({ roles: ['SALES_REP'], name: '상향 대상 영업' });
  await e2eDb().query(`UPDATE "User" SET "managerId" = $1 WHERE id = $2`, [mgr.id, rep.id]); // a manager reviews their team
  const oppId = await createOpp(rep.id, '상향 대상 사업'); // Tier 4, no contact, no need
  await page.goto('/tiers/reviews');
  await page.getByLabel('제목').fill('E2E 상향 리뷰');
  await page.getByRole('button', { name: '새 리뷰 시작' }).click();
  await expect(page.getByRole('heading', { name: 'E2E 상향 리뷰' })).toBeVisible();
  await page.getByTestId('matrix-상향 대상 영업').getByRole('link', { name: '상향 대상 영업' }).click();
  await expect(page).toHaveURL(new RegExp(`owner=${rep.id}`));
  await page.waitForLoadState('networkidle');

  // advance (Tier 4 → 3): the engine refuses, the form asks for exactly the contact and the need
  await page.getByLabel('결정: 상향 대상 사업').selectOption('ADVANCE');
  await page.getByRole('row').filter({ hasText: '상향 대상 사업' }).getByLabel('사유: 상향 대상 사업').fill('고객 요구 확인');
  await page.getByRole('button', { name: '결정 저장: 상향 대상 사업' }).click();
  const dialog = page.getByTestId('review-requirement-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('missing-list').getByRole('listitem')).toHaveCount(2);
  await dialog.locator('#rq-contact').fill('김담당');
  await dialog.locator('#rq-contact-title').fill('정보화팀장');
  await dialog.locator('#rq-need').fill('항만 물류 통합 관제');
  await dialog.getByRole('button', { name: '결정 저장', exact: true }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: '상향 대상 사업' });
  await expect(row).toContainText('상향 팀장 결정');
  await expect(row.getByLabel('결정: 상향 대상 사업')).toHaveValue('ADVANCE');

  // the deal moved to Tier 3 with the contact and the need filled in the same decision
  const opp = await e2eDb().query(`SELECT tier, need FROM "Opportunity" WHERE id = $1`, [oppId]);
  expect(opp.rows[0]).toEqual({ tier: 3, need: '항만 물류 통합 관제' });
  await page.goto(`/opportunities/${oppId}`);
  await expect(page.getByText('김담당').first()).toBeVisible();
});
