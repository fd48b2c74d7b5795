import {
  insertAccount,
  insertActivity,
  insertCompetitor,
  insertOpportunity,
  insertOpportunityReason,
  insertPublishedPostmortem,
  insertUser,
  type HistoryStep,
  type When,
} from '../factories/rows';
import { expect, test, e2eDb } from './fixtures';

// Creates its own data (no demo rows): an overdue closed deal without a postmortem, and a lost
// deal with a published postmortem, attendee, lesson, action item and history.
async function seed(tag: string) {
  const db = e2eDb();
  const owner = await insertUser(db, { email: `owner-${tag}@test.local`, name: `담당자${tag}`, passwordHash: 'x', roles: ['SALES_REP'] });
  const attendee = await insertUser(db, {
    email: `att-${tag}@test.local`,
    name: `참석자${tag}`,
    passwordHash: 'x',
    roles: ['SALES_MANAGER'],
  });
  const account = await insertAccount(db, { name: `E2E고객${tag}` });
  const comp = await insertCompetitor(db, { name: `경쟁사${tag}` });
  // the lost deal's history is relative to today, so the 24-month win-loss window always holds it
  const lostDeal = (name: string, closedAt: When, history?: HistoryStep[]) =>
    insertOpportunity(db, {
      name,
      accountId: account.id,
      ownerId: owner.id,
      amount: 1500000000,
      lost: true,
      lastOpenTier: 1,
      closedAt,
      lossType: 'COMPETITOR',
      lostToCompetitorId: comp.id,
      history,
    });
  const overdue = await lostDeal(`E2E지연건${tag}`, { at: '2019-01-05T00:00:00Z' });
  const lost = await lostDeal(`E2E실주건${tag}`, { daysAgo: 40 }, [
    { when: { daysAgo: 180 }, toTier: 3 },
    { when: { daysAgo: 40 }, fromTier: 1, toTier: 0, toOutcome: 'LOST' },
  ]);
  await insertActivity(db, { opportunityId: lost.id, type: 'MEETING', subject: `발주처 요구사항 미팅${tag}`, when: { daysAgo: 100 } });
  await insertOpportunityReason(db, {
    opportunityId: lost.id,
    kind: 'LOST',
    code: `E2E_${tag}`,
    labelKo: `E2E사유${tag}`,
    labelEn: 'E2E reason',
  });
  const pm = await insertPublishedPostmortem(db, {
    opportunityId: lost.id,
    createdById: attendee.id,
    summary: `가격 차이로 실주${tag}`,
    whatHappened: '최종 가격 평가에서 밀렸다',
    whatWentWell: '기술 평가는 1위',
    whatWentWrong: '가격 확인이 늦었다',
    rootCauses: ['PRICE', 'TIMING'],
    winningCompetitorId: comp.id,
    priceGapPct: 7.5,
    attendeeIds: [attendee.id],
    lessons: [
      {
        title: `예산먼저확인${tag}`,
        body: 'Confirm the budget before the pricing proposal',
        category: 'PRICE',
        accountId: account.id,
        competitorId: comp.id,
      },
    ],
    actionItems: [{ title: `가격 검토 절차 개선${tag}`, ownerId: attendee.id, dueDate: '2026-12-15' }],
  });
  return { overdue, lost, pm };
}

test('a rep reviews postmortems: overdue list, the blameless record with its timeline, then the lessons library', async ({
  page,
  login,
}) => {
  await login(['SALES_REP']);
  const tag = Date.now().toString(36);
  await seed(tag);

  await page.goto('/postmortems');
  await expect(page.getByRole('heading', { name: '포스트모템', level: 1 })).toBeVisible();
  // the old closed deal without a postmortem is due, overdue and red-marked
  const pendingRow = page.getByTestId('pending-table').getByRole('row', { name: new RegExp(`E2E지연건${tag}`) });
  await expect(pendingRow).toHaveAttribute('data-state', 'OVERDUE');
  await expect(pendingRow).toContainText('일 지남');
  await expect(pendingRow).toContainText('미작성');
  await expect(pendingRow).toContainText('15억원');
  // the published one is not pending; it is in the published list and opens the record
  await expect(page.getByTestId('pending-table').getByText(`E2E실주건${tag}`)).toHaveCount(0);
  await page
    .getByRole('region', { name: /게시된 포스트모템/ })
    .getByRole('link', { name: `E2E실주건${tag}` })
    .click();

  await expect(page.getByRole('heading', { name: `E2E실주건${tag}`, level: 1 })).toBeVisible();
  await expect(page.getByText('비난 없는 회고')).toBeVisible();
  await expect(page.getByText(`가격 차이로 실주${tag}`)).toBeVisible();
  const causes = page.getByRole('list', { name: '근본 원인' });
  await expect(causes).toContainText('가격');
  await expect(causes).toContainText('타이밍');
  await expect(page.getByText(`경쟁사${tag}`).first()).toBeVisible();
  await expect(page.getByText('+7.5%')).toBeVisible();
  const timeline = page.getByRole('list', { name: '타임라인' });
  await expect(timeline.getByRole('listitem')).toHaveCount(3);
  await expect(timeline.getByRole('listitem').nth(0)).toContainText('Tier 3로 등록');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText(`발주처 요구사항 미팅${tag}`);
  await expect(timeline.getByRole('listitem').nth(2)).toContainText('Tier 1 → 종결 (실주)');
  await expect(page.getByRole('list', { name: '참석자' })).toContainText(`참석자${tag}`);
  await expect(page.getByRole('row', { name: new RegExp(`가격 검토 절차 개선${tag}`) })).toContainText('진행 중');
  // blameless: the deal owner is named nowhere on the record
  await expect(page.getByText(`담당자${tag}`)).toHaveCount(0);

  // lessons library: English words in the body, Korean title, filters, empty state
  await page.getByRole('link', { name: '교훈 라이브러리' }).click();
  await expect(page.getByRole('heading', { name: '교훈 라이브러리' })).toBeVisible();
  await page.getByRole('searchbox', { name: '교훈 검색' }).fill('BUDGET BEFORE THE PRICING');
  await page.getByRole('combobox', { name: '경쟁사' }).selectOption({ label: `경쟁사${tag}` });
  await page.getByRole('button', { name: '검색', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('1건');
  const lessons = page.getByRole('list', { name: '교훈 라이브러리' });
  await expect(lessons.getByRole('heading', { name: `예산먼저확인${tag}` })).toBeVisible();
  await expect(lessons).toContainText(`E2E고객${tag}`);
  await lessons.getByRole('link', { name: new RegExp(`E2E실주건${tag}`) }).click();
  await expect(page.getByRole('heading', { name: `E2E실주건${tag}`, level: 1 })).toBeVisible();

  await page.goto('/postmortems/lessons');
  await page.getByRole('searchbox', { name: '교훈 검색' }).fill(`없는교훈${tag}`);
  await page.keyboard.press('Enter');
  await expect(page.getByText('조건에 맞는 교훈이 없습니다')).toBeVisible();

  // win-loss: the tables are there and count our lost deals against our competitor
  await page.getByRole('link', { name: '수주/실주 분석' }).click();
  await page.getByRole('combobox', { name: '기간' }).selectOption('24');
  await page.getByRole('button', { name: '적용' }).click();
  await expect(page).toHaveURL(/months=24/);
  await expect(page.getByTestId('wl-competitor').getByRole('row', { name: new RegExp(`경쟁사${tag}`) })).toContainText('0%');
  // loss reasons: the heat table has our reason once, and the chart draws after hydration
  await expect(page.getByRole('row', { name: new RegExp(`E2E사유${tag}`) })).toContainText('1');
  const chart = page.getByTestId('chart-loss-reasons');
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  await chart.getByRole('button', { name: '표로 보기' }).click();
  await expect(chart.getByRole('table')).toContainText(`E2E사유${tag}`);
});

test('signed-out visitors go to sign-in; bad record ids are 404; bad library filters are ignored', async ({ page, login }) => {
  await page.goto('/postmortems');
  await expect(page).toHaveURL(/\/login/);
  await login(['MARKETER']);
  expect((await page.goto('/postmortems/not-a-uuid'))?.status()).toBe(404);
  expect((await page.goto('/postmortems/00000000-0000-4000-8000-000000000000'))?.status()).toBe(404);
  const res = await page.goto('/postmortems/lessons?category=BOGUS&account=xyz&competitor=1');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: '교훈 라이브러리' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '원인 분류' })).toHaveValue('');
  expect((await page.goto('/postmortems/analytics?months=999'))?.status()).toBe(200);
  await expect(page.getByRole('combobox', { name: '기간' })).toHaveValue('12');
});
