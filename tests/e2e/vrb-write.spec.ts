import type { Page } from '@playwright/test';
import { createTestUser, e2eDb, expect, loginAs, test } from './fixtures';

// The VRB write flow as users click it: the rep schedules stage 1 from the opportunity page, a
// FINANCE member records an opinion and raises a finding, the rep answers, the member verifies,
// and the chair passes a deal under the margin floor — refused without an override reason, then
// recorded with one. The test makes its own deal (with SQL); it does not rely on any demo row.

async function as(page: Page, user: { id: string }) {
  await page.context().clearCookies();
  await loginAs(page, user);
}

test('schedule → opinion → finding → answer → verify → chair passes under the floor with an override reason', async ({ page }) => {
  const tag = Math.random().toString(36).slice(2, 8);
  const db = e2eDb();
  const rep = await createTestUser({ roles: ['SALES_REP'], name: `김영업 ${tag}` });
  const finance = await createTestUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'], name: `재무위원 ${tag}` });
  const tech = await createTestUser({ roles: ['VRB_MEMBER'], vrbDomains: ['TECHNOLOGY'], name: `기술위원 ${tag}` });
  const chair = await createTestUser({ roles: ['VRB_CHAIR'], name: `위원장 ${tag}` });
  const q = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0] as { id: string };
  const acc = await q(`INSERT INTO "Account" (name, "nameNormalized", "updatedAt") VALUES ($1, $1, now()) RETURNING id`, [
    `심의고객 ${tag}`,
  ]);
  const opp = await q(
    `INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, amount, "updatedAt") VALUES ($1, $2, $3, 2, 1000000000, now()) RETURNING id`,
    [`저가 입찰 ${tag}`, acc.id, rep.id],
  );
  await db.query(`INSERT INTO "TierChange" ("opportunityId", "toTier", "toOutcome", "actorId") VALUES ($1, 2, 'OPEN', $2)`, [
    opp.id,
    rep.id,
  ]);
  // the working ROI calculator: 10억 price, 9.5억 cost → 5% margin, below the 10% floor
  await db.query(
    `INSERT INTO "DealEconomics" ("opportunityId", "contractPrice", "hardwareCost", "laborPersonMonths", "laborRate", "updatedAt") VALUES ($1, 1000000000, 900000000, 5, 10000000, now())`,
    [opp.id],
  );

  // 1. the rep schedules stage 1 on the opportunity page
  await as(page, rep);
  await page.goto(`/opportunities/${opp.id}`);
  const schedule = page.getByTestId('vrb-schedule-form');
  await expect(schedule.getByLabel('심의 단계')).toHaveValue('1');
  await schedule.getByRole('button', { name: '심의 예약' }).click();
  await expect(schedule.getByLabel('심의 일시')).toHaveAccessibleDescription('필수 입력 항목입니다.'); // no date yet
  await schedule.getByLabel('심의 일시').fill('2027-03-02T10:00');
  await schedule.getByRole('button', { name: '심의 예약' }).click();
  await expect(schedule.getByText('심의를 예약했습니다.')).toBeVisible();
  await schedule.getByRole('link', { name: '심의 기록 열기' }).click();
  await expect(page).toHaveURL(/\/vrb\/reviews\/[0-9a-f-]{36}$/);
  const reviewUrl = page.url();
  const reviewId = reviewUrl.split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: '사업기회 검증' })).toBeVisible();
  await expect(page.getByTestId('margin-pct')).toHaveText('5%'); // the snapshot was frozen from the calculator
  // the technology member's opinion arrives separately
  await db.query(
    `INSERT INTO "VrbOpinion" ("reviewId", domain, "reviewerId", stance, opinion) VALUES ($1, 'TECHNOLOGY', $2, 'SUPPORT', '기술적으로 적합')`,
    [reviewId, tech.id],
  );

  // 2. the finance member records an opinion and raises a finding (keyboard only for the opinion)
  await as(page, finance);
  await page.goto(reviewUrl);
  const opinion = page.getByTestId('opinion-form');
  await opinion.getByLabel('의견', { exact: true }).fill(`마진이 기준에 못 미칩니다 ${tag}`);
  await opinion.getByRole('radio', { name: '우려' }).check();
  await opinion.getByRole('button', { name: '재무 의견 등록' }).focus();
  await page.keyboard.press('Enter');
  const opinions = page.getByTestId('opinions');
  await expect(opinions).toContainText(`마진이 기준에 못 미칩니다 ${tag}`);
  await expect(opinions).toContainText('우려');
  await expect(page.getByTestId('opinion-form')).toHaveCount(0); // FINANCE is given now

  const raise = page.getByTestId('finding-form');
  await raise.getByRole('button', { name: '지적사항 제기' }).click();
  await expect(raise.getByLabel('지적 내용')).toHaveAccessibleDescription('필수 입력 항목입니다.');
  await expect(raise.getByLabel('요구 조치')).toHaveAttribute('aria-invalid', 'true');
  await raise.getByLabel('심각도').selectOption('HIGH');
  await raise.getByLabel('지적 내용').fill(`하드웨어 원가 과다 ${tag}`);
  await raise.getByLabel('요구 조치').fill('원가 재산정');
  await raise.getByRole('button', { name: '지적사항 제기' }).click();
  const finding = page
    .getByTestId('findings')
    .getByRole('listitem')
    .filter({ hasText: `하드웨어 원가 과다 ${tag}` });
  await expect(finding).toContainText('높음');
  await expect(finding.getByRole('list', { name: '지적사항 진행 단계' }).locator('[aria-current="step"]')).toHaveText('조치 대기');

  // 3. the rep answers
  await as(page, rep);
  await page.goto(reviewUrl);
  await finding.getByLabel('조치 답변').fill('하드웨어 견적 재산정 완료');
  await finding.getByRole('button', { name: '답변 제출' }).click();
  await expect(finding.getByRole('list', { name: '지적사항 진행 단계' }).locator('[aria-current="step"]')).toHaveText(/^→?답변 완료$/);
  await expect(finding).toContainText('하드웨어 견적 재산정 완료');
  await expect(finding.getByTestId('answer-form')).toHaveCount(0);

  // 4. the member verifies: resolved
  await as(page, finance);
  await page.goto(reviewUrl);
  await finding.getByRole('button', { name: '해결 확인' }).click();
  await expect(finding.getByRole('list', { name: '지적사항 진행 단계' }).locator('[aria-current="step"]')).toHaveText(/^→?해결$/);
  await expect(finding.getByTestId('verify-form')).toHaveCount(0);

  // 5. the chair: the low-price warning; PASS without an override reason is refused, then passes with one
  await as(page, chair);
  await page.goto(reviewUrl);
  const decide = page.getByTestId('decision-form');
  await expect(decide.locator('fieldset[data-hydrated]')).toHaveCount(1);
  await expect(decide.getByTestId('decision-low-price')).toContainText('마진율 5%가 최저 기준 10% 미만');
  await expect(decide.getByRole('radio', { name: '통과', exact: true })).toBeChecked();
  await decide.getByRole('button', { name: '결정 기록' }).click();
  await expect(decide.getByLabel('예외 승인 사유')).toHaveAccessibleDescription(/예외 승인 사유를 입력해야 합니다/);
  await expect(decide.getByLabel('예외 승인 사유')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('decisions')).toHaveCount(0); // nothing recorded
  await decide.getByLabel('예외 승인 사유').fill(`전략 고객 선점 ${tag}`);
  await decide.getByRole('button', { name: '결정 기록' }).click();
  const decisions = page.getByTestId('decisions').getByRole('listitem');
  await expect(decisions).toHaveCount(1);
  await expect(decisions.first()).toContainText('통과');
  await expect(decisions.first()).toContainText(`전략 고객 선점 ${tag}`);
  await expect(decisions.first()).toContainText('5%');
  await expect(page.getByTestId('decision-form')).toHaveCount(0); // decided once
  await expect(page.getByText('결정됨').first()).toBeVisible();
});

test('in English, by keyboard: the chair is refused a PASS under the floor, then holds the review with a reason', async ({ page }) => {
  const tag = Math.random().toString(36).slice(2, 8);
  const db = e2eDb();
  const rep = await createTestUser({ roles: ['SALES_REP'] });
  const chair = await createTestUser({ roles: ['VRB_CHAIR'] });
  const q = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0] as { id: string };
  const acc = await q(`INSERT INTO "Account" (name, "nameNormalized", "updatedAt") VALUES ($1, $1, now()) RETURNING id`, [
    `Review customer ${tag}`,
  ]);
  const opp = await q(
    `INSERT INTO "Opportunity" (name, "accountId", "ownerId", tier, "updatedAt") VALUES ($1, $2, $3, 3, now()) RETURNING id`,
    [`Thin margin ${tag}`, acc.id, rep.id],
  );
  const stage = await q(`SELECT id FROM "VrbStage" WHERE code = 'QUALIFICATION'`, []);
  const review = await q(
    `INSERT INTO "VrbReview" ("opportunityId", "stageId", "scheduledAt", "createdById") VALUES ($1, $2, now() + interval '1 day', $3) RETURNING id`,
    [opp.id, stage.id, rep.id],
  );
  await db.query(
    `INSERT INTO "DealEconomics" ("opportunityId", "vrbReviewId", "contractPrice", "hardwareCost", "updatedAt") VALUES ($1, $2, 1000000000, 950000000, now())`,
    [opp.id, review.id],
  );
  await db.query(
    `INSERT INTO "VrbOpinion" ("reviewId", domain, "reviewerId", stance, opinion) VALUES ($1, 'FINANCE', $2, 'CONCERN', 'thin'), ($1, 'TECHNOLOGY', $2, 'SUPPORT', 'fine')`,
    [review.id, rep.id],
  );

  await as(page, chair);
  await page.context().addCookies([{ name: 'tierline-locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto(`/vrb/reviews/${review.id}`);
  const decide = page.getByTestId('decision-form');
  await expect(decide.locator('fieldset[data-hydrated]')).toHaveCount(1); // hydrated: Enter submits through the action
  await expect(decide.getByTestId('decision-low-price')).toContainText('margin 5% is below the 10% floor');
  await decide.getByRole('radio', { name: 'Pass' }).focus();
  await expect(decide.getByRole('radio', { name: 'Pass' })).toBeChecked();
  await decide.getByRole('button', { name: 'Record decision' }).focus();
  await page.keyboard.press('Enter');
  await expect(decide.getByLabel('Override reason')).toHaveAccessibleDescription(
    'The margin 5% is below the 10% floor. A PASS needs a written override reason.',
  );
  // arrow keys move through the decision radios: Pass → Conditional → Hold
  await decide.getByRole('radio', { name: 'Pass' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(decide.getByRole('radio', { name: 'Hold', exact: true })).toBeChecked();
  await expect(decide.getByLabel('Override reason')).toHaveCount(0); // only PASS / CONDITIONAL need it
  await decide.getByRole('button', { name: 'Record decision' }).click();
  await expect(decide.getByLabel('Reason')).toHaveAccessibleDescription('HOLD and DROP need a reason.');
  await decide.getByLabel('Reason').fill(`Re-price the hardware ${tag}`);
  await decide.getByLabel('Reason').press('Tab');
  await page.keyboard.press('Enter');
  const decisions = page.getByTestId('decisions').getByRole('listitem');
  await expect(decisions).toHaveCount(1);
  await expect(decisions.first()).toContainText('Hold');
  await expect(decisions.first()).toContainText(`Re-price the hardware ${tag}`);
});
