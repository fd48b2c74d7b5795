import type { Locator, Page } from '@playwright/test';
import { expect, test, e2eDb } from './fixtures';
import { insertAccount, insertContact, insertOpportunity } from '../factories/rows';
import { koreaToday } from '../../lib/domain/time/korea';

// Issue #12 items 1 and 7 as a rep uses them: a power map of four people built by drag and by
// keyboard (stance and power set, the table agreeing with the diagram), and a visit whose next
// step shows on the board card and in 이번 주.

async function myDeal(ownerId: string, name: string) {
  const db = e2eDb();
  const acc = await insertAccount(db, { name: `${name} 고객사` });
  return insertOpportunity(db, { name, accountId: acc.id, ownerId, tier: 3, amount: 500000000 });
}

// a person's card: React Flow's (power-map-node) or the server's static view's (power-map-static-node)
const node = (page: Page, name: string, testId = 'power-map-node') => page.getByTestId(testId).and(page.locator(`[data-name="${name}"]`));
const row = (page: Page, name: string) =>
  page.getByTestId('power-map-row').filter({ has: page.locator('td:first-child').getByText(name, { exact: true }) });

async function addPerson(page: Page, p: { name: string; title: string; stance: string; power: string; role: string }) {
  await page.getByRole('button', { name: '사람 추가' }).click();
  const dialog = page.getByTestId('power-map-add');
  await dialog.getByLabel('이름').fill(p.name);
  await dialog.getByLabel('직위').fill(p.title);
  await dialog.getByLabel('입장').selectOption({ label: p.stance });
  await dialog.getByLabel('영향력 (1–5)').selectOption(p.power);
  await dialog.getByLabel('의사결정 역할').selectOption({ label: p.role });
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog).toBeHidden();
  await expect(node(page, p.name)).toBeVisible();
}

// the diagram takes a new layout from the server (then fits the view) after every change: wait until a card stops moving
async function settledBox(page: Page, l: Locator) {
  let prev = await l.boundingBox();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(150);
    const now = await l.boundingBox();
    if (prev && now && prev.x === now.x && prev.y === now.y && prev.width === now.width) return now;
    prev = now;
  }
  return prev!;
}

async function dragOnto(page: Page, from: Locator, to: Locator) {
  const a = await settledBox(page, from);
  const b = await settledBox(page, to);
  // grab the card's text (not its name button, not the connection handles at top/bottom centre)
  await page.mouse.move(a.x + 16, a.y + a.height - 14);
  await page.mouse.down();
  await page.mouse.move(a.x + 30, a.y + a.height - 4, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

// Under load this once failed with dialogs that stayed open on Enter and drags that did nothing:
// the editor's "saving" flag was a transition's isPending, which React held true until the
// router.refresh() started inside it settled, so the next 저장 was disabled (Enter on a form whose
// submit button is disabled does nothing) and the diagram refused drags. The flag now covers the
// save alone; this test runs every step by keyboard and pointer without waiting for it.
test('a rep builds a power map of four people by drag and by keyboard; the table agrees', async ({ page, login }) => {
  test.setTimeout(120_000);
  const me = await login(['SALES_REP']);
  const opp = await myDeal(me.id, '스마트 물류센터 구축');
  await page.goto(`/opportunities/${opp.id}`);
  await page.getByRole('link', { name: '파워맵' }).click();
  await expect(page.getByRole('heading', { name: /파워맵 · 스마트 물류센터 구축/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('아직 사람이 없습니다.')).toBeVisible();

  await addPerson(page, { name: '김상무', title: '상무', stance: '우호', power: '5', role: '의사결정자' });
  await addPerson(page, { name: '박부장', title: '부장', stance: '중립', power: '4', role: '영향력자' });
  await addPerson(page, { name: '이과장', title: '과장', stance: '비우호', power: '2', role: '게이트키퍼' });

  // the fourth person entirely by keyboard: Tab-reachable button, Enter, type, Enter to save
  await page.getByRole('button', { name: '사람 추가' }).focus();
  await page.keyboard.press('Enter');
  const add = page.getByTestId('power-map-add');
  await expect(add.getByLabel('이름')).toBeFocused();
  await page.keyboard.type('Choi');
  await page.keyboard.press('Tab'); // 직위
  await page.keyboard.type('Manager');
  await page.keyboard.press('Enter'); // submits the form
  await expect(add).toBeHidden();
  await expect(node(page, 'Choi')).toBeVisible();

  // drag: 이과장 onto 박부장 → 이과장 reports to 박부장
  await dragOnto(page, node(page, '이과장'), node(page, '박부장'));
  await expect(page.getByText('이과장의 보고 대상을 박부장(으)로 바꿨습니다.')).toBeVisible();
  await expect(row(page, '이과장')).toContainText('박부장');

  // keyboard: Tab to 박부장's card button, Enter, pick the manager, stance and power, Enter on 저장
  const parkButton = page.getByRole('button', { name: /^박부장, 부장/ });
  await parkButton.focus();
  await page.keyboard.press('Enter');
  const edit = page.getByTestId('power-map-edit');
  await expect(edit.getByLabel('보고 대상')).toBeFocused();
  await edit.getByLabel('보고 대상').selectOption({ label: '김상무' });
  await page.keyboard.press('Tab'); // 입장
  await expect(edit.getByLabel('입장')).toBeFocused();
  await edit.getByLabel('입장').selectOption({ label: '우호' });
  await page.keyboard.press('Tab'); // 영향력
  await edit.getByLabel('영향력 (1–5)').selectOption('3');
  await edit.getByRole('button', { name: '저장' }).focus();
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();

  // the keyboard-added person: stance and power from the table row (Enter on a focused row opens the editor)
  await row(page, 'Choi').focus();
  await page.keyboard.press('Enter');
  await edit.getByLabel('보고 대상').selectOption({ label: '김상무' });
  await edit.getByLabel('입장').selectOption({ label: '우호' });
  await edit.getByLabel('영향력 (1–5)').selectOption('3');
  await edit.getByLabel('의사결정 역할').selectOption({ label: '지지자' });
  await edit.getByRole('button', { name: '저장' }).focus();
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();

  // a loop is refused with a clear message and nothing changes
  await page.getByRole('button', { name: /^김상무, 상무/ }).focus();
  await page.keyboard.press('Enter');
  await edit.getByLabel('보고 대상').selectOption({ label: '이과장' });
  await edit.getByRole('button', { name: '저장' }).click();
  await expect(edit).toContainText('보고 관계가 순환합니다: 김상무 → 이과장 → 박부장 → 김상무');
  await page.keyboard.press('Escape');

  // the table agrees with the diagram: reports-to, stance, power per row; three edges drawn
  const expected: [string, string, string, string][] = [
    ['김상무', '–', '우호', '5'],
    ['박부장', '김상무', '우호', '3'],
    ['이과장', '박부장', '비우호', '2'],
    ['Choi', '김상무', '우호', '3'],
  ];
  for (const [name, manager, stance, power] of expected) {
    const r = row(page, name);
    await expect(r.getByRole('cell').nth(2)).toHaveText(manager);
    await expect(r.getByRole('cell').nth(3)).toHaveText(stance);
    await expect(r.getByRole('cell').nth(4)).toHaveText(power);
    await expect(page.getByRole('button', { name: new RegExp(`^${name},.*입장 ${stance}, 영향력 ${power}`) })).toBeVisible();
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // after a reload the same map comes back from the server
  await page.reload();
  await expect(row(page, '이과장').getByRole('cell').nth(2)).toHaveText('박부장');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  // no key deletes a person from the diagram: a selected card stays after Backspace and Delete
  // (people leave a map through the editor; React Flow would drop the node from its state alone)
  await node(page, 'Choi').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.waitForTimeout(300); // a removal would be one render away
  await expect(page.getByTestId('power-map-node')).toHaveCount(4);
  // four people are drawn large enough to read every card's detail lines (title · role, power · our owner)
  await expect(node(page, '박부장').locator('.power-map-detail').first()).toHaveText('부장 · 영향력자');
  await expect(node(page, '박부장').locator('.power-map-detail').nth(1)).toBeVisible();

  // the table's export: the same rows as a CSV file
  const csvHref = await page.getByRole('link', { name: 'CSV 내보내기' }).getAttribute('href');
  expect(csvHref).toMatch(new RegExp(`^/opportunities/${opp.id}/power-map/export\\?`));
  const csv = await page.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('이과장,과장,박부장,비우호,2,게이트키퍼');

  // printable: the toolbar goes, the diagram with its cards and the table stay
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '인쇄' })).toBeHidden();
  await expect(node(page, '김상무')).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(row(page, 'Choi')).toBeVisible();
});

// Level of detail: a map shown below half size draws each card's colour, size, icon and name, not its
// 12-unit detail lines (under 6 px on screen); zooming in brings them back. The server's static view
// (before any script runs) decides the same way, by a container query on the diagram's pane.
test('a wide map starts zoomed out with names only; zooming in shows the details of each card', async ({ page, login, browser }) => {
  const me = await login(['SALES_REP']);
  const db = e2eDb();
  const acc = await insertAccount(db, { name: '광역 통합관제 고객사' });
  const opp = await insertOpportunity(db, { name: '광역 통합관제 구축', accountId: acc.id, ownerId: me.id, tier: 3 });
  const head = await insertContact(db, { accountId: acc.id, name: '정본부장', title: '본부장', power: 5, opportunityIds: [opp.id] });
  for (let i = 1; i <= 20; i++)
    await insertContact(db, {
      accountId: acc.id,
      name: `담당자 ${String(i).padStart(2, '0')}`,
      title: '매니저',
      power: 2,
      reportsToId: head.id as string,
      opportunityIds: [opp.id],
    });

  // the static view alone (scripts refused): 21 cards across, names without details
  const bare = await browser.newContext({
    storageState: await page.context().storageState(),
    viewport: { width: 1440, height: 900 },
    locale: 'ko-KR',
  });
  const plain = await bare.newPage();
  await plain.route(/\/_next\/static\/.*\.js(\?|$)/, (r) => r.abort());
  await plain.goto(`/opportunities/${opp.id}/power-map`);
  const still = node(plain, '담당자 01', 'power-map-static-node');
  await expect(still.getByText('담당자 01')).toBeVisible();
  await expect(still.locator('.power-map-detail').first()).toBeHidden();
  await bare.close();

  // React Flow the same, then each zoom step shows the details exactly when the zoom reaches 0.5
  await page.goto(`/opportunities/${opp.id}/power-map`);
  const live = node(page, '담당자 01');
  await expect(live.getByText('담당자 01')).toBeVisible();
  await expect(live.locator('.power-map-detail').first()).toBeHidden();
  const zoom = async () => Number((await page.locator('.react-flow__viewport').getAttribute('style'))!.match(/scale\(([\d.]+)\)/)![1]);
  expect(await zoom()).toBeLessThan(0.5);
  for (let i = 0; i < 6 && (await zoom()) < 0.5; i++) {
    await page.getByRole('button', { name: '확대', exact: true }).click();
    await page.waitForTimeout(300); // the zoom's animation
    const detail = page.getByTestId('power-map-node').first().locator('.power-map-detail').first();
    if ((await zoom()) < 0.5) await expect(detail).toBeHidden();
    else await expect(detail).toBeVisible();
  }
  expect(await zoom()).toBeGreaterThanOrEqual(0.5);
});

test('a rep logs a visit whose next step appears on the board card and in 이번 주', async ({ page, login }) => {
  const me = await login(['SALES_REP']);
  const opp = await myDeal(me.id, '공공 클라우드 전환');
  const today = koreaToday(new Date());
  await page.goto(`/opportunities/${opp.id}`);
  const form = page.getByRole('form', { name: '활동 기록' });
  await form.getByLabel('유형').selectOption({ label: '방문' });
  await form.getByLabel('제목').fill('본사 방문 미팅');
  await form.getByLabel('다음 단계', { exact: true }).fill('견적서 제출');
  await form.getByLabel('다음 단계 기한').fill(today);
  await form.getByRole('button', { name: '활동 기록' }).click();
  await expect(page.getByText('활동을 기록했습니다.')).toBeVisible();
  await expect(page.getByTestId('activities')).toContainText('본사 방문 미팅');
  await expect(page.getByTestId('activities')).toContainText('견적서 제출');

  await page.goto(`/tiers?owner=${me.id}`);
  const card = page.getByTestId('opportunity-card').filter({ hasText: '공공 클라우드 전환' });
  await expect(card.getByTestId('next-step')).toContainText('견적서 제출');

  await page.goto('/work');
  const week = page.getByTestId('this-week');
  await expect(week.getByTestId('this-week-item').filter({ hasText: '공공 클라우드 전환' })).toContainText('견적서 제출');
});
