import { addDays, koreaToday } from '@/lib/domain/time/korea';
import { insertAccount, insertMilestone, insertOpportunity } from '../factories/rows';
import { expect, test, e2eDb } from './fixtures';

// Receivables (채권 관리): a rep builds the payment schedule of a won deal from its opportunity
// page, records the down payment, and watches the overdue list and KPIs follow; an executive
// reads the same pages without any editing control. Each test makes its own won deal through the row factories.

const seoulDay = (offsetDays: number) => addDays(koreaToday(new Date()), offsetDays);

async function wonDeal(ownerId: string, tag: string) {
  const acc = await insertAccount(e2eDb(), { name: `채권고객 ${tag}` });
  const opp = await insertOpportunity(e2eDb(), { name: `수주 계약 ${tag}`, accountId: acc.id, ownerId, amount: 1_000_000_000, won: true });
  return opp.id;
}

test('a rep schedules a won deal, records the down payment, and the overdue list follows', async ({ page, login }) => {
  const rep = await login(['SALES_REP']);
  const tag = rep.id.slice(0, 8);
  const oppId = await wonDeal(rep.id, tag);

  await page.goto(`/opportunities/${oppId}`);
  await page.getByRole('link', { name: '지급 일정 (채권 관리)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`수주 계약 ${tag}`);
  await expect(page.getByText('아직 지급 일정이 없습니다.')).toBeVisible();

  const add = page.getByTestId('milestone-add-form');
  // more than the contract is refused with the amounts named
  await add.getByLabel('구분').selectOption('DOWN_PAYMENT');
  await add.getByLabel('금액').fill('1,200,000,000');
  await add.getByLabel('지급 예정일').fill(seoulDay(-10));
  await add.getByRole('button', { name: '지급 일정 추가' }).click();
  await expect(page.getByText('지급 일정 합계(12억원)가 계약 금액(10억원)을 2억원 초과합니다.').first()).toBeVisible();

  await add.getByLabel('금액').fill('300,000,000');
  await add.getByRole('button', { name: '지급 일정 추가' }).click();
  const rows = page.getByTestId('milestone-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('착수금');
  await expect(rows.first()).toContainText('10일 연체');

  await add.getByLabel('구분').selectOption('BALANCE');
  await add.getByLabel('금액').fill('700000000');
  await add.getByLabel('지급 예정일').fill(seoulDay(60));
  await add.getByRole('button', { name: '지급 일정 추가' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('잔금');
  await expect(page.getByTestId('schedule-totals')).toContainText('10억원');

  // the overdue list (my deals) shows the down payment, and the KPIs count it
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '채권 관리' }).click();
  await page.getByLabel('담당', { exact: true }).selectOption('me');
  await expect(page).toHaveURL(/owner=me/);
  const list = page.getByTestId('receivable-row');
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText(`수주 계약 ${tag}`);
  await expect(list.first()).toContainText('10일 연체');
  await expect(page.getByTestId('kpi-overdue-amount')).toContainText('3억원');
  await expect(page.getByTestId('kpi-outstanding')).toContainText('10억원');
  await expect(page.getByTestId('kpi-overdue-count')).toContainText('1건');

  // record the collection from the list's schedule link, by keyboard
  await list
    .first()
    .getByRole('link', { name: `수주 계약 ${tag} 지급 일정` })
    .click();
  await page.getByRole('button', { name: '수금 처리: 착수금' }).click();
  const collected = page.getByLabel('누적 수금액');
  await expect(collected).toBeFocused();
  await expect(collected).toHaveValue('300000000');
  await collected.press('Enter');
  await expect(page.getByText('수금 내역을 저장했습니다.')).toBeVisible();
  await expect(rows.first()).toContainText('수금 완료');

  await page.goto('/receivables?owner=me');
  await expect(page.getByText('연체된 채권이 없습니다.').first()).toBeVisible();
  await expect(page.getByTestId('receivable-row')).toHaveCount(0);
  await expect(page.getByTestId('kpi-overdue-amount')).toContainText('0원');
  await expect(page.getByTestId('kpi-outstanding')).toContainText('7억원');
});

test('an executive reads the receivables list and a schedule without editing controls', async ({ page, login }) => {
  const exec = await login(['EXECUTIVE']);
  const owner = await e2eDb().query(`SELECT id FROM "User" WHERE email = 'rep1@tierline.local'`);
  const oppId = await wonDeal(owner.rows[0].id as string, exec.id.slice(0, 8));
  await insertMilestone(e2eDb(), { opportunityId: oppId, kind: 'DOWN_PAYMENT', amount: 300_000_000, dueDate: seoulDay(-5) });

  await page.goto('/receivables');
  await expect(page.getByRole('heading', { level: 1, name: '채권 관리' })).toBeVisible();
  await expect(page.getByTestId('receivable-row').first()).toBeVisible(); // the demo seed has overdue receivables
  await expect(page.getByRole('link', { name: 'CSV 내보내기' })).toBeVisible();
  await expect(page.getByRole('button', { name: '표로 보기' })).toBeVisible();
  await page.getByRole('button', { name: '표로 보기' }).click();
  await expect(page.getByRole('table', { name: '연체 기간별 미수금 표' })).toBeVisible();

  await page.goto(`/receivables/${oppId}`);
  await expect(page.getByText('보기 전용입니다.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('milestone-row')).toHaveCount(1);
  await expect(page.getByTestId('milestone-row').first()).toContainText('5일 연체');
  await expect(page.getByRole('button', { name: /수금 처리|수정|삭제|지급 일정 추가/ })).toHaveCount(0);
  await expect(page.getByTestId('milestone-add-form')).toHaveCount(0);
});
