import type { Page } from '@playwright/test';
import { insertAccount, insertOpportunity } from '../factories/rows';
import { createTestUser, e2eDb, expect, loginAs, test } from './fixtures';

// The VRB on a real deal, as users click it — no SQL inserts: users, the account and the deal come
// from the row builders; everything else through the app (pages, and the app's own /api/v1 as the
// signed-in user for the steps this spec is not about). The rep fills the ROI calculator to an 8 %
// margin and sees the warning, schedules the bid-approval stage; finance raises a finding with a due
// date; the rep answers; finance resolves; the chair sees only the margin left as a blocker and
// passes with an override reason; the deal is won and its 착수금/중도금/잔금 are proposed from the snapshot.

async function as(page: Page, user: { id: string }) {
  await page.context().clearCookies();
  await loginAs(page, user);
}

async function api(page: Page, method: 'post' | 'put' | 'get', url: string, data?: unknown) {
  const res = await page.request[method](url, data === undefined ? undefined : { data });
  expect(res.status(), `${method.toUpperCase()} ${url}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

/** Stages before the bid approval, passed by the chair (recording why opinions were missing and the margin override). */
async function passStage(page: Page, rep: { id: string }, chair: { id: string }, oppId: string, stage: number) {
  await as(page, rep);
  const review = await api(page, 'post', `/api/v1/opportunities/${oppId}/vrb-reviews`, { stage, scheduledAt: inDays(stage) });
  await as(page, chair);
  await api(page, 'post', `/api/v1/vrb-reviews/${review.id}/decision`, {
    decision: 'PASS',
    missingOpinionReason: '사전 단계: 서면 검토로 대체',
    overrideReason: '사전 단계: 가격은 입찰 승인에서 재검토',
  });
}

test('calculator at 8 % → bid approval scheduled → finding with due date answered and resolved → chair passes over the margin → won → receivables proposed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const db = e2eDb();
  const rep = await createTestUser({ roles: ['SALES_REP'], name: `김영업 ${tag}` });
  const finance = await createTestUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'], name: `재무위원 ${tag}` });
  const others = await Promise.all(
    (['LEGAL', 'PROCUREMENT', 'TECHNOLOGY'] as const).map(async (d) => ({
      d,
      u: await createTestUser({ roles: ['VRB_MEMBER'], vrbDomains: [d] }),
    })),
  );
  const chair = await createTestUser({ roles: ['VRB_CHAIR'], name: `위원장 ${tag}` });
  const acc = await insertAccount(db, { name: `심의고객 ${tag}` });
  const opp = await insertOpportunity(db, { name: `입찰 건 ${tag}`, accountId: acc.id, ownerId: rep.id, tier: 2, amount: 1_000_000_000 });

  // 1. the rep opens the 수익성 tab from the scheduling form and fills the calculator to 8 %
  await as(page, rep);
  await page.goto(`/opportunities/${opp.id}`);
  await page.getByTestId('vrb-schedule-form').getByRole('link', { name: '수익성 분석 입력' }).click();
  await expect(page).toHaveURL(/\?tab=economics$/);
  await expect(page.getByRole('navigation', { name: '사업기회 보기' }).getByRole('link', { name: '수익성' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const calc = page.getByTestId('economics-calculator');
  await calc.getByLabel('계약금액').fill('1000000000');
  await calc.getByLabel('하드웨어').fill('700000000');
  await expect(page.getByTestId('margin-warning')).toHaveCount(0); // 30 %: fine
  await calc.getByLabel('하드웨어').fill('920000000');
  await expect(calc.getByTestId('economics-margin')).toContainText('8');
  await expect(page.getByTestId('margin-warning')).toContainText('최저 기준 10%'); // live, before any review
  for (const [kind, pct, days] of [
    ['착수금', '30', '0'],
    ['중도금', '40', '90'],
    ['잔금', '30', '180'],
  ] as const) {
    await calc.getByLabel(`${kind} 비율 (%)`).fill(pct);
    await calc.getByLabel(`${kind} 지급 시점 (계약 후 일수)`).fill(days);
  }
  await calc.getByRole('button', { name: '저장' }).click();
  await expect(calc.getByText('저장했습니다.')).toBeVisible();

  // the earlier stages are passed (API, as the users who may)
  await passStage(page, rep, chair, opp.id, 1);
  await passStage(page, rep, chair, opp.id, 2);

  // 2. the rep schedules the bid-approval stage from the opportunity page
  await as(page, rep);
  await page.goto(`/opportunities/${opp.id}`);
  const schedule = page.getByTestId('vrb-schedule-form');
  await schedule.getByLabel('심의 단계').selectOption('3');
  await schedule.getByLabel('심의 일시').fill('2027-03-02T10:00');
  await schedule.getByRole('button', { name: '심의 예약' }).click();
  await schedule.getByRole('link', { name: '심의 기록 열기' }).click();
  await expect(page).toHaveURL(/\/vrb\/reviews\/[0-9a-f-]{36}$/);
  const reviewUrl = page.url();
  const reviewId = reviewUrl.split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1, name: '입찰/제안 승인' })).toBeVisible();
  await expect(page.getByTestId('margin-pct')).toHaveText('8%'); // frozen from the calculator
  await expect(page.getByTestId('low-price-warning')).toBeVisible();
  // legal, procurement and technology give their opinions (API, as themselves)
  for (const { d, u } of others) {
    await as(page, u);
    await api(page, 'post', `/api/v1/vrb-reviews/${reviewId}/opinions`, {
      domain: d,
      opinion: `${d} 검토 완료`,
      recommendation: 'SUPPORT',
    });
  }

  // 3. finance: opinion, and a finding with a due date
  await as(page, finance);
  await page.goto(reviewUrl);
  const opinion = page.getByTestId('opinion-form');
  await opinion.getByLabel('의견', { exact: true }).fill(`마진이 기준에 못 미칩니다 ${tag}`);
  await opinion.getByRole('radio', { name: '우려' }).check();
  await opinion.getByRole('button', { name: '재무 의견 등록' }).click();
  await expect(page.getByTestId('opinions')).toContainText(`마진이 기준에 못 미칩니다 ${tag}`);
  const raise = page.getByTestId('finding-form');
  await raise.getByLabel('심각도').selectOption('HIGH');
  await raise.getByLabel('지적 내용').fill(`하드웨어 원가 과다 ${tag}`);
  await raise.getByLabel('요구 조치').fill('원가 재산정');
  await raise.getByLabel('조치 기한').fill('2027-03-09');
  await raise.getByRole('button', { name: '지적사항 제기' }).click();
  const finding = page.getByTestId('finding').filter({ hasText: `하드웨어 원가 과다 ${tag}` });
  await expect(finding.getByTestId('finding-due')).toHaveText('조치 기한 2027. 3. 9.');
  const step = finding.getByRole('list', { name: '지적사항 진행 단계' }).locator('[aria-current="step"]');
  await expect(step).toHaveText('조치 대기');

  // 4. the rep answers
  await as(page, rep);
  await page.goto(reviewUrl);
  await finding.getByLabel('조치 답변').fill('하드웨어 견적 재산정 완료');
  await finding.getByRole('button', { name: '답변 제출' }).click();
  await expect(step).toHaveText(/^→?답변 완료$/);

  // 5. finance resolves
  await as(page, finance);
  await page.goto(reviewUrl);
  await finding.getByRole('button', { name: '해결 확인' }).click();
  await expect(step).toHaveText(/^→?해결$/);

  // 6. the chair: the blockers are listed before anything is picked — only the margin is left
  await as(page, chair);
  await page.goto(reviewUrl);
  const decide = page.getByTestId('decision-form');
  await expect(decide.locator('fieldset[data-hydrated]')).toHaveCount(1);
  const blockers = decide.getByTestId('decision-blockers').getByRole('listitem');
  await expect(blockers).toHaveCount(1);
  await expect(blockers.first()).toHaveAttribute('data-kind', 'MARGIN_BELOW_FLOOR');
  await expect(blockers.first()).toContainText('마진율 8%가 최저 기준 10% 미만');
  for (const name of ['통과', '조건부 통과', '보류', 'Drop'])
    await expect(decide.getByRole('radio', { name, exact: true })).not.toBeChecked();
  await decide.getByRole('radio', { name: '통과', exact: true }).check();
  await decide.getByRole('button', { name: '결정 기록' }).click();
  await expect(decide.getByLabel('예외 승인 사유')).toHaveAttribute('aria-invalid', 'true'); // refused, nothing written
  await expect(page.getByTestId('decisions')).toHaveCount(0);
  await decide.getByLabel('예외 승인 사유').fill(`전략 고객 선점 ${tag}`);
  await decide.getByRole('button', { name: '결정 기록' }).click();
  const decisions = page.getByTestId('decisions').getByRole('listitem');
  await expect(decisions).toHaveCount(1);
  await expect(decisions.first()).toContainText('통과');
  await expect(decisions.first()).toContainText(`전략 고객 선점 ${tag}`);
  await expect(decisions.first()).toContainText('8%');

  // 7. the deal is won (the tier API, as the rep); its schedule is proposed from the snapshot
  await as(page, rep);
  const current = await api(page, 'get', `/api/v1/opportunities/${opp.id}`);
  await api(page, 'post', `/api/v1/opportunities/${opp.id}/tier`, {
    to: 0,
    outcome: 'WON',
    reason: '최종 낙찰',
    contractAmount: '1000000000',
    version: current.version,
  });
  await page.goto(`/receivables/${opp.id}`);
  const proposal = page.getByTestId('receivables-proposal');
  const proposed = proposal.getByTestId('proposed-row');
  await expect(proposed).toHaveCount(3);
  await expect(proposed.nth(0)).toContainText('착수금');
  await expect(proposed.nth(0)).toContainText('3.00억원');
  await expect(proposed.nth(1)).toContainText('중도금');
  await expect(proposed.nth(1)).toContainText('4.00억원');
  await expect(proposed.nth(2)).toContainText('잔금');
  await expect(proposed.nth(2)).toContainText('3.00억원');
  await proposal.getByRole('button', { name: '제안대로 지급 일정 등록' }).click();
  await expect(page.getByTestId('milestone-row')).toHaveCount(3);
  await expect(page.getByTestId('receivables-proposal')).toHaveCount(0);
});

test('in English, by keyboard: nothing is preselected; the chair is refused a PASS under the floor, then holds with a reason', async ({
  page,
}) => {
  const tag = Math.random().toString(36).slice(2, 8);
  const db = e2eDb();
  const rep = await createTestUser({ roles: ['SALES_REP'] });
  const chair = await createTestUser({ roles: ['VRB_CHAIR'] });
  const fin = await createTestUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] });
  const tech = await createTestUser({ roles: ['VRB_MEMBER'], vrbDomains: ['TECHNOLOGY'] });
  const acc = await insertAccount(db, { name: `Review customer ${tag}` });
  const opp = await insertOpportunity(db, { name: `Thin margin ${tag}`, accountId: acc.id, ownerId: rep.id, tier: 3 });
  // the rep's calculator (5 % margin) and the stage-1 review, through the API as the rep
  await as(page, rep);
  await api(page, 'put', `/api/v1/opportunities/${opp.id}/economics`, { contractPrice: '1000000000', hardwareCost: '950000000' });
  const review = await api(page, 'post', `/api/v1/opportunities/${opp.id}/vrb-reviews`, { stage: 1, scheduledAt: inDays(1) });
  for (const [u, domain] of [
    [fin, 'FINANCE'],
    [tech, 'TECHNOLOGY'],
  ] as const) {
    await as(page, u);
    await api(page, 'post', `/api/v1/vrb-reviews/${review.id}/opinions`, { domain, opinion: 'ok', recommendation: 'SUPPORT' });
  }

  await as(page, chair);
  await page.context().addCookies([{ name: 'tierline-locale', value: 'en', domain: '127.0.0.1', path: '/' }]);
  await page.goto(`/vrb/reviews/${review.id}`);
  const decide = page.getByTestId('decision-form');
  await expect(decide.locator('fieldset[data-hydrated]')).toHaveCount(1); // hydrated: Enter submits through the action
  await expect(decide.getByTestId('decision-low-price')).toContainText('margin 5% is below the 10% floor');
  await expect(decide.getByRole('radio', { name: 'Pass' })).not.toBeChecked();
  await decide.getByRole('radio', { name: 'Pass' }).focus();
  await page.keyboard.press('Space');
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
  await expect(decide.getByLabel('Reason', { exact: true })).toHaveAccessibleDescription('HOLD and DROP need a reason.');
  await decide.getByLabel('Reason', { exact: true }).fill(`Re-price the hardware ${tag}`);
  await decide.getByLabel('Reason', { exact: true }).press('Tab');
  await page.keyboard.press('Enter');
  const decisions = page.getByTestId('decisions').getByRole('listitem');
  await expect(decisions).toHaveCount(1);
  await expect(decisions.first()).toContainText('Hold');
  await expect(decisions.first()).toContainText(`Re-price the hardware ${tag}`);
});
