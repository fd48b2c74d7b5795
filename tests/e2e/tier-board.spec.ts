import { insertAccount, insertOpportunity, insertOpportunityContact } from '../factories/rows';
import { expect, test, e2eDb, type Role } from './fixtures';

// The tier board as a rep uses it. Each test creates its own rep and opportunities (row factories) and
// filters the board to that rep, so demo rows never matter.

async function createOpp(
  ownerId: string,
  opts: { name: string; tier?: number; need?: string | null; contact?: boolean; nextStep?: string },
) {
  const db = e2eDb();
  const acc = await insertAccount(db, { name: `${opts.name} 고객사` });
  const { id } = await insertOpportunity(db, {
    name: opts.name,
    accountId: acc.id,
    ownerId,
    tier: opts.tier ?? 4,
    amount: 350000000,
    need: opts.need ?? null,
    nextStep: opts.nextStep ?? '첫 미팅',
    nextStepDueInDays: 7,
  });
  if (opts.contact) await insertOpportunityContact(db, { opportunityId: id, accountId: acc.id, name: '이담당' });
  return id;
}

const column = (page: import('@playwright/test').Page, tier: number) => page.getByTestId(`column-${tier}`);
const card = (page: import('@playwright/test').Page, name: string) => page.getByTestId('opportunity-card').filter({ hasText: name });

async function drag(
  page: import('@playwright/test').Page,
  from: import('@playwright/test').Locator,
  to: import('@playwright/test').Locator,
) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height - 14); // grab the card body, not its link
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height - 8, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 120, { steps: 8 });
  await page.mouse.up();
}

const ROLES: Role[] = ['SALES_REP'];

test('a rep drags a card from Tier 4 to Tier 3, is asked for the missing contact and need, fills them, and sees the card move', async ({
  page,
  login,
}) => {
  const me = await login(ROLES);
  await createOpp(me.id, { name: '스마트팩토리 MES 구축' });
  await page.goto(`/tiers?owner=${me.id}`);
  await expect(card(page, '스마트팩토리 MES 구축')).toBeVisible();
  await expect(page.getByTestId('column-4-amount')).toHaveText('3.5억원');

  await drag(page, card(page, '스마트팩토리 MES 구축'), column(page, 3));
  const dialog = page.getByTestId('requirement-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('missing-list')).toContainText('고객 담당자 이름');
  await expect(dialog.getByTestId('missing-list')).toContainText('고객의 니즈');
  // the card went back while the form is open
  // (the dialog hides the page from assistive technology while it is open: includeHidden)
  await expect(column(page, 4).getByRole('link', { name: '스마트팩토리 MES 구축', includeHidden: true })).toBeVisible();
  await dialog.getByLabel('담당자 이름').fill('최정민');
  await dialog.getByLabel('직책').fill('생산기술팀장');
  await dialog.getByLabel('고객의 니즈').fill('라인별 실시간 불량 추적');
  await dialog.getByRole('button', { name: '이동' }).click();

  await expect(dialog).toBeHidden();
  await expect(column(page, 3).getByRole('link', { name: '스마트팩토리 MES 구축' })).toBeVisible();
  await expect(page.locator('[data-sonner-toaster]')).toContainText('Tier 3(으)로 이동했습니다');
  await expect(page.getByTestId('column-3-amount')).toHaveText('3.5억원');
  await page.reload();
  await expect(column(page, 3).getByRole('link', { name: '스마트팩토리 MES 구축' })).toBeVisible();
  await expect(page.getByTestId('column-3-count')).toHaveText('1건');
});

test('a keyboard-only move: focus the card, M, pick the tier with the arrow keys, Enter', async ({ page, login }) => {
  const me = await login(ROLES);
  await createOpp(me.id, { name: '물류센터 WMS 고도화', need: '입출고 자동화', contact: true });
  await page.goto(`/tiers?owner=${me.id}`);
  const c = card(page, '물류센터 WMS 고도화');
  await expect(c).toBeVisible();
  await c.focus();
  await page.keyboard.press('m');
  const dialog = page.getByTestId('move-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Tier 3' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(column(page, 3).getByRole('link', { name: '물류센터 WMS 고도화' })).toBeVisible(); // optimistic
  await expect(page.locator('[data-sonner-toaster]')).toContainText('물류센터 WMS 고도화: Tier 3(으)로 이동했습니다'); // confirmed
  await page.reload();
  await expect(column(page, 3).getByRole('link', { name: '물류센터 WMS 고도화' })).toBeVisible();

  // Shift+→ moves one tier up (needs amount, close date, decision maker: the form asks)
  await card(page, '물류센터 WMS 고도화').focus();
  await page.keyboard.press('Shift+ArrowRight');
  const rq = page.getByTestId('requirement-dialog');
  await expect(rq.getByTestId('missing-list')).toContainText('예상 종료일');
  await expect(rq.getByTestId('missing-list')).toContainText('파워맵의 의사결정자');
  await expect(rq.getByTestId('missing-list')).not.toContainText('금액'); // the amount is already there
  await page.keyboard.press('Escape');
  await expect(rq).toBeHidden();
});

test('a conflict is shown when another session changed the card first; nothing is lost', async ({ page, login, request }) => {
  const me = await login(ROLES);
  const id = await createOpp(me.id, { name: '차세대 그룹웨어 전환', need: '메일·결재 통합', contact: true, nextStep: '요구사항 워크숍' });
  await page.goto(`/tiers?owner=${me.id}`);
  await expect(card(page, '차세대 그룹웨어 전환')).toBeVisible();

  // the same rep, from an API client (another session), edits the next step first
  const tok = await request.post('/api/v1/tokens', { data: { email: me.email, password: 'e2e-password', name: 'e2e' } });
  expect(tok.status()).toBe(201);
  const { token } = await tok.json();
  const patch = await request.patch(`/api/v1/opportunities/${id}`, {
    headers: { authorization: `Bearer ${token}` },
    data: { version: 1, nextStep: 'PoC 일정 확정' },
  });
  expect(patch.status()).toBe(200);

  await drag(page, card(page, '차세대 그룹웨어 전환'), column(page, 3));
  const dialog = page.getByTestId('conflict-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('다른 사용자가 먼저 변경했습니다');
  await expect(dialog).toContainText('PoC 일정 확정');
  await expect(dialog).toContainText('요구사항 워크숍');
  await expect(column(page, 4).getByRole('link', { name: '차세대 그룹웨어 전환', includeHidden: true })).toBeVisible(); // rolled back (behind the dialog)
  await dialog.getByRole('button', { name: '내 변경으로 다시 적용' }).click();
  await expect(column(page, 3).getByRole('link', { name: '차세대 그룹웨어 전환' })).toBeVisible();
  await expect(page.locator('[data-sonner-toaster]')).toContainText('차세대 그룹웨어 전환: Tier 3(으)로 이동했습니다');
  await page.reload();
  await expect(column(page, 3).getByRole('link', { name: '차세대 그룹웨어 전환' })).toBeVisible();
  const got = await request.get(`/api/v1/opportunities/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(await got.json()).toMatchObject({ tier: 3, nextStep: 'PoC 일정 확정', version: 3 });
});

test('an executive sees the board but cannot move cards', async ({ page, login }) => {
  const rep = await login(ROLES);
  await createOpp(rep.id, { name: '읽기 전용 확인' });
  await login(['EXECUTIVE']);
  await page.goto(`/tiers?owner=${rep.id}`);
  await expect(card(page, '읽기 전용 확인')).toBeVisible();
  await expect(page.getByRole('button', { name: /티어 이동/ })).toHaveCount(0);
});

test('a rep snoozes a stalled card from the board: a reason and a date, once per tier entry', async ({ page, login }) => {
  const me = await login(ROLES);
  const id = await createOpp(me.id, { name: '정체된 물류 WMS', tier: 3 });
  // in Tier 3 for 200 days: past every default stall threshold
  await e2eDb().query(`UPDATE "Opportunity" SET "tierEnteredAt" = now() - interval '200 days' WHERE id = $1`, [id]);
  await page.goto(`/tiers?owner=${me.id}`);
  const flag = card(page, '정체된 물류 WMS').getByRole('button', { name: '정체된 물류 WMS: 정체 표시 유예' });
  await expect(flag).toBeVisible();

  // keyboard: focus the card, Z opens the dialog; an empty reason is refused by the browser, then a clear server message
  await card(page, '정체된 물류 WMS').focus();
  await page.keyboard.press('z');
  const dialog = page.getByTestId('snooze-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('유예 기한')).toBeFocused();
  const until = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel('유예 기한').fill(until);
  await dialog.getByLabel('정당한 정체 사유').fill('고객사 예산 심의가 다음 달로 연기됨');
  await dialog.getByRole('button', { name: '유예', exact: true }).click();

  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-sonner-toaster]')).toContainText(`정체된 물류 WMS: 정체 표시를 ${until}까지 유예했습니다`);
  await expect(card(page, '정체된 물류 WMS')).toContainText('정체 유예');
  const { rows } = await e2eDb().query(
    `SELECT "stallSnoozedUntil"::text AS until, "stallSnoozeReason" AS reason FROM "Opportunity" WHERE id = $1`,
    [id],
  );
  expect(rows[0]).toEqual({ until, reason: '고객사 예산 심의가 다음 달로 연기됨' });

  // once per tier entry: after a reload the card shows "snoozed", with no snooze button
  await page.reload();
  await expect(card(page, '정체된 물류 WMS')).toContainText('정체 유예');
  await expect(flag).toHaveCount(0);
});

test('an executive sees a stalled flag but no snooze button', async ({ page, login }) => {
  const rep = await login(ROLES);
  const id = await createOpp(rep.id, { name: '경영진 정체 확인', tier: 2 });
  await e2eDb().query(`UPDATE "Opportunity" SET "tierEnteredAt" = now() - interval '200 days' WHERE id = $1`, [id]);
  await login(['EXECUTIVE']);
  await page.goto(`/tiers?owner=${rep.id}`);
  await expect(card(page, '경영진 정체 확인').getByTestId('stall-flag')).toBeVisible();
  await expect(card(page, '경영진 정체 확인').getByRole('button', { name: /정체 표시 유예/ })).toHaveCount(0);
});

test('a rep reorders cards inside a tier by keyboard (Alt+↑/↓) and by dragging onto a card; the order is kept', async ({ page, login }) => {
  const me = await login(ROLES);
  const names = ['순서 가 프로젝트', '순서 나 프로젝트', '순서 다 프로젝트'];
  for (const [i, name] of names.entries()) {
    const id = await createOpp(me.id, { name, tier: 3, need: '니즈', contact: true });
    await e2eDb().query(`UPDATE "Opportunity" SET position = $2 WHERE id = $1`, [id, i * 10]);
  }
  const order = () => column(page, 3).getByTestId('opportunity-card').locator('a').allTextContents();
  await page.goto(`/tiers?owner=${me.id}`);
  await expect.poll(order).toEqual(names);

  // keyboard: the last card up one place; focus stays on it
  await card(page, '순서 다 프로젝트').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(order).toEqual(['순서 가 프로젝트', '순서 다 프로젝트', '순서 나 프로젝트']);
  await expect(page.locator('[data-sonner-toaster]')).toContainText('순서 다 프로젝트의 순서를 바꿨습니다');
  await expect(card(page, '순서 다 프로젝트')).toBeFocused();

  // drag: the first card onto the last one → it takes the last place
  await drag(page, card(page, '순서 가 프로젝트'), card(page, '순서 나 프로젝트'));
  await expect.poll(order).toEqual(['순서 다 프로젝트', '순서 나 프로젝트', '순서 가 프로젝트']);
  // the card moved at once (optimistic); the toast says the server kept it — only then reload
  await expect(page.locator('[data-sonner-toaster]')).toContainText('순서 가 프로젝트의 순서를 바꿨습니다');

  await page.reload();
  await expect.poll(order).toEqual(['순서 다 프로젝트', '순서 나 프로젝트', '순서 가 프로젝트']);
  await expect(column(page, 3).getByTestId('opportunity-card')).toHaveCount(3); // nothing moved tier
});
