import { expect, test, e2eDb } from './fixtures';

// Creates its own data (no demo rows): an overdue closed deal without a postmortem, and a lost
// deal with a published postmortem, attendee, lesson, action item and history.
async function seed(tag: string) {
  const q = (sql: string, params: unknown[]) =>
    e2eDb()
      .query(sql, params)
      .then((r) => r.rows[0] as { id: string });
  const owner = await q(
    `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ($1, $2, 'x', '{SALES_REP}', now()) RETURNING id`,
    [`owner-${tag}@test.local`, `담당자${tag}`],
  );
  const attendee = await q(
    `INSERT INTO "User" (email, name, "passwordHash", roles, "updatedAt") VALUES ($1, $2, 'x', '{SALES_MANAGER}', now()) RETURNING id`,
    [`att-${tag}@test.local`, `참석자${tag}`],
  );
  const account = await q(`INSERT INTO "Account" (name, "nameNormalized", "updatedAt") VALUES ($1, $1, now()) RETURNING id`, [
    `E2E고객${tag}`,
  ]);
  const comp = await q(`INSERT INTO "Competitor" (name) VALUES ($1) RETURNING id`, [`경쟁사${tag}`]);
  const opp = (name: string, closedAt: string, extra = '') =>
    q(
      `INSERT INTO "Opportunity" (name, "accountId", "ownerId", amount, tier, outcome, "lastOpenTier", "closedAt", "lossType", "lostToCompetitorId", "updatedAt")
       VALUES ($1, $2, $3, 1500000000, 0, 'LOST', 1, $4, 'COMPETITOR', $5, now()) RETURNING id ${extra}`,
      [name, account.id, owner.id, closedAt, comp.id],
    );
  const overdue = await opp(`E2E지연건${tag}`, '2019-01-05T00:00:00Z');
  // the lost deal's history is relative to today, so the 24-month win-loss window always holds it
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  const lost = await opp(`E2E실주건${tag}`, daysAgo(40));
  await e2eDb().query(
    `INSERT INTO "TierChange" ("opportunityId", "fromTier", "toTier", "toOutcome", "changedAt") VALUES ($1, NULL, 3, 'OPEN', $2), ($1, 1, 0, 'LOST', $3)`,
    [lost.id, daysAgo(180), daysAgo(40)],
  );
  await e2eDb().query(`INSERT INTO "Activity" (type, subject, "occurredAt", "opportunityId") VALUES ('MEETING', $1, $2, $3)`, [
    `발주처 요구사항 미팅${tag}`,
    daysAgo(100),
    lost.id,
  ]);
  const reason = await q(`INSERT INTO "Reason" (kind, code, "labelKo", "labelEn") VALUES ('LOST', $1, $2, 'E2E reason') RETURNING id`, [
    `E2E_${tag}`,
    `E2E사유${tag}`,
  ]);
  await e2eDb().query(`INSERT INTO "OpportunityReason" ("opportunityId", "reasonId") VALUES ($1, $2)`, [lost.id, reason.id]);
  const pm = await q(
    `INSERT INTO "Postmortem" ("opportunityId", status, summary, "whatHappened", "whatWentWell", "whatWentWrong", "rootCauses", "winningCompetitorId", "priceGapPct", "heldAt", "createdById", "updatedAt")
     VALUES ($1, 'PUBLISHED', $2, '최종 가격 평가에서 밀렸다', '기술 평가는 1위', '가격 확인이 늦었다', '{PRICE,TIMING}', $3, 7.5, now(), $4, now()) RETURNING id`,
    [lost.id, `가격 차이로 실주${tag}`, comp.id, attendee.id],
  );
  await e2eDb().query(`INSERT INTO "PostmortemAttendee" ("postmortemId", "userId") VALUES ($1, $2)`, [pm.id, attendee.id]);
  await e2eDb().query(
    `INSERT INTO "Lesson" ("postmortemId", title, body, category, "accountId", "competitorId") VALUES ($1, $2, 'Confirm the budget before the pricing proposal', 'PRICE', $3, $4)`,
    [pm.id, `예산먼저확인${tag}`, account.id, comp.id],
  );
  await e2eDb().query(`INSERT INTO "ActionItem" ("postmortemId", title, "ownerId", "dueDate") VALUES ($1, $2, $3, '2026-12-15')`, [
    pm.id,
    `가격 검토 절차 개선${tag}`,
    attendee.id,
  ]);
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
