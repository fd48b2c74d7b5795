import { insertAccount, insertMilestone, insertOpportunity, insertPublishedPostmortem, insertVrbReviewRecord } from '../factories/rows';
import { expect, test, e2eDb } from './fixtures';

// The VRB committee queue and a review's read-only record, as a committee member sees them.
// The test makes its own review (row factories) dated far in the past so it sorts first among the
// demo seed's reviews; it does not rely on any demo row.

const DAY = 86_400_000;

async function createReview(userId: string, tag: string) {
  const db = e2eDb();
  const acc = await insertAccount(db, { name: `VRB고객 ${tag}` });
  const opp = await insertOpportunity(db, { name: `저가 입찰 ${tag}`, accountId: acc.id, ownerId: userId, tier: 2, amount: 1000000000 });
  const scheduledAt = new Date(Date.now() - 3000 * DAY);
  const review = await insertVrbReviewRecord(db, {
    opportunityId: opp.id,
    stageCode: 'BID_APPROVAL',
    scheduledAt,
    createdById: userId,
    // 10억 price, 9.5억 hardware → 5% margin, below the 10% floor
    economics: { contractPrice: 1000000000, hardwareCost: 900000000, laborPersonMonths: 5, laborRate: 10000000 },
    assessments: [
      { criterion: 'TECHNICAL_RISK', score: 2, notes: '신규 플랫폼 도입' },
      { criterion: 'STRATEGIC_VALUE', score: 5, notes: '핵심 고객' },
    ],
    opinions: [{ domain: 'FINANCE', reviewerId: userId, stance: 'CONCERN', opinion: '마진이 기준에 못 미칩니다' }],
    findings: [
      { domain: 'FINANCE', raisedById: userId, issue: `하드웨어 원가 과다 ${tag}`, severity: 'CRITICAL', requiredFix: '원가 재산정' },
    ],
    decisions: [
      { decision: 'HOLD', reason: '가격 재검토', decidedById: userId, daysAgo: 2 },
      { decision: 'PASS', overrideReason: '전략 고객 선점', marginPct: 5, decidedById: userId, daysAgo: 1 },
    ],
  });
  for (const [kind, amount, dueDate] of [
    ['DOWN_PAYMENT', 300000000, '2027-01-31'],
    ['INTERIM', 300000000, '2027-04-30'],
    ['BALANCE', 400000000, '2027-09-30'],
  ] as const)
    await insertMilestone(db, { opportunityId: opp.id, kind, amount, dueDate });
  // a lesson of the same customer's earlier lost deal, from its published postmortem (drafts never teach)
  const past = await insertOpportunity(db, {
    name: `지난 입찰 ${tag}`,
    accountId: acc.id,
    ownerId: userId,
    amount: 800000000,
    lost: true,
    lastOpenTier: 2,
    closedAt: { daysAgo: 200 },
  });
  await insertPublishedPostmortem(db, {
    opportunityId: past.id,
    createdById: userId,
    summary: '가격 차이로 실주',
    whatHappened: '',
    whatWentWell: '',
    whatWentWrong: '',
    rootCauses: [],
    lessons: [{ title: `지난 입찰 교훈 ${tag}`, body: '가격 협상력이 강한 고객', category: 'PRICE', accountId: acc.id }],
  });
  return { reviewId: review.id, opportunityId: opp.id, findingId: review.findingIds[0]! };
}

test('queue → review record: low-price warning, snapshot, payments, opinions, findings, decisions, lessons', async ({ page, login }) => {
  const me = await login(['VRB_MEMBER'], { vrbDomains: ['FINANCE'] });
  const tag = me.id.slice(0, 6);
  const { reviewId, opportunityId } = await createReview(me.id, tag);

  await page.goto('/vrb');
  await expect(page.getByRole('heading', { name: 'VRB 수주심의' })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: '심의 대기열' });
  await expect(tabs.getByRole('link', { name: /예정된 심의/ })).toHaveAttribute('aria-current', 'page');
  expect(Number(await page.getByTestId('vrb-count-upcoming').textContent())).toBeGreaterThanOrEqual(1);

  const row = page.getByTestId('vrb-queue-row').filter({ hasText: `저가 입찰 ${tag}` });
  await expect(row).toContainText('입찰/제안 승인');
  await expect(row).toContainText(`VRB고객 ${tag}`);
  await expect(row).toContainText('지연');
  await expect(row).toContainText('5%');
  await expect(row.getByTestId('low-price-badge')).toHaveText('저가 경고');
  await expect(row).toContainText('3개 분야 미제출');

  // the other two sections
  await tabs.getByRole('link', { name: /의견 미제출/ }).click();
  await expect(page).toHaveURL(/tab=missing/);
  await expect(page.getByTestId('vrb-queue-row').filter({ hasText: `저가 입찰 ${tag}` })).toBeVisible();
  await tabs.getByRole('link', { name: /미해결 지적사항/ }).click();
  await expect(page).toHaveURL(/tab=findings/);
  const finding = page.getByTestId('vrb-finding-row').filter({ hasText: `하드웨어 원가 과다 ${tag}` });
  await expect(finding).toContainText('심각');
  await expect(finding).toContainText('조치 대기');

  // into the record
  await finding.getByRole('link', { name: `저가 입찰 ${tag}` }).click();
  await expect(page).toHaveURL(new RegExp(`/vrb/reviews/${reviewId}`));
  await expect(page.getByRole('heading', { level: 1, name: '입찰/제안 승인' })).toBeVisible();
  await expect(page.getByTestId('low-price-warning')).toContainText('마진율 5%가 최저 기준 10% 미만');

  const fin = page.getByTestId('financial-snapshot');
  await expect(fin.getByRole('row', { name: /계약금액/ })).toContainText('10.00억원');
  await expect(fin.getByRole('row', { name: /하드웨어/ })).toContainText('9.00억원');
  await expect(fin.getByRole('row', { name: /개발 인건비/ })).toContainText('0.50억원'); // one unit per column;
  await expect(fin.getByRole('row', { name: /매출총이익/ })).toContainText('0.50억원');
  await expect(page.getByTestId('margin-pct')).toHaveText('5%');

  const pay = page.getByTestId('payment-schedule');
  await expect(pay.getByRole('row', { name: /착수금/ })).toContainText('3.00억원');
  await expect(pay.getByRole('row', { name: /중도금/ })).toContainText('30%');
  await expect(pay.getByRole('row', { name: /잔금/ })).toContainText('4.00억원');

  await expect(page.getByTestId('assessment').getByRole('img', { name: '2/5점' })).toBeVisible();
  await expect(page.getByTestId('assessment')).toContainText('신규 플랫폼 도입');

  const opinions = page.getByTestId('opinions');
  await expect(opinions).toContainText('마진이 기준에 못 미칩니다');
  await expect(opinions.getByText('의견 미제출')).toHaveCount(3);

  await expect(page.getByTestId('findings')).toContainText('원가 재산정');
  await expect(page.getByTestId('findings').getByRole('list', { name: '지적사항 진행 단계' }).locator('[aria-current="step"]')).toHaveText(
    '조치 대기',
  );

  const decisions = page.getByTestId('decisions').getByRole('listitem');
  await expect(decisions).toHaveCount(2);
  await expect(decisions.first()).toContainText('통과');
  await expect(decisions.first()).toContainText('저마진 예외 사유: 전략 고객 선점');
  await expect(decisions.nth(1)).toContainText('보류');

  await expect(page.getByTestId('lessons')).toContainText(`지난 입찰 교훈 ${tag}`);
  await expect(page.getByTestId('lessons')).toContainText('같은 고객');

  await page.getByRole('link', { name: '사업기회로 돌아가기' }).click();
  await expect(page).toHaveURL(new RegExp(`/opportunities/${opportunityId}$`));
});

test('in English: the record reads in English with the low-price warning', async ({ page, login }) => {
  const me = await login(['SALES_REP']);
  const { reviewId } = await createReview(me.id, me.id.slice(0, 6));
  await page.context().addCookies([{ name: 'tierline-locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto(`/vrb/reviews/${reviewId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bid / proposal approval' })).toBeVisible();
  await expect(page.getByTestId('low-price-warning')).toContainText('The 5% margin is below the 10% floor');
  await expect(page.getByTestId('financial-snapshot').getByRole('row', { name: /Contract price/ })).toContainText('₩1.00B'); // one unit per column (ADR 012);
  await expect(page.getByTestId('payment-schedule').getByRole('row', { name: /Down payment/ })).toContainText('₩0.30B');
  await expect(page.getByTestId('opinions').getByText('Opinion missing')).toHaveCount(3);
  await page.goto('/vrb');
  await expect(page.getByRole('heading', { name: 'VRB reviews' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Review queue' }).getByRole('link', { name: /Missing opinions/ })).toBeVisible();
});

test('unknown or malformed review ids are not found', async ({ page, login }) => {
  await login(['SALES_REP']);
  for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
    const res = await page.goto(`/vrb/reviews/${id}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
  }
});
