import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { insertAccount, insertOpportunity } from '../factories/rows';
import { expect, test, e2eDb } from './fixtures';

// Issue 12, the rep's sales tools, clicked through as users.

test('a public-sector deal gets its 공고번호/차수 and a 투찰 금액 under the limit shows the warning', async ({ page, login }) => {
  const rep = await login(['SALES_REP']);
  const tag = Date.now().toString(36);
  const { id: accountId } = await insertAccount(e2eDb(), { name: `E2E조달청${tag}` });
  const { id } = await insertOpportunity(e2eDb(), {
    name: `E2E 공공 입찰 ${tag}`,
    accountId,
    ownerId: rep.id,
    amount: 1_000_000_000,
    tier: 2,
  });
  const other = await insertOpportunity(e2eDb(), { name: `E2E 다른 사업 ${tag}`, accountId, ownerId: rep.id, tier: 3 });

  await page.goto(`/opportunities/${id}`);
  const bid = page.getByTestId('opportunity-bid');
  await bid.getByLabel('공공 사업').check();
  await bid.getByLabel('현재 단계').selectOption({ label: '입찰' });
  await bid.getByLabel('공고번호').fill(`R26${tag}`.slice(0, 20).replace(/[^0-9A-Za-z]/g, '0'));
  await bid.getByLabel('차수').fill('1');
  await bid.getByLabel('수요기관').fill('조달청');
  await bid.getByLabel('예정가격').fill('1000000000');
  await bid.getByLabel('낙찰하한율 (%)').fill('87.745');
  await expect(bid.getByTestId('bid-check')).toContainText('877,450,000');
  await bid.getByLabel('투찰 금액').fill('870000000');
  await expect(bid.getByTestId('bid-under-limit')).toContainText('7,450,000');
  await bid.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('입찰 정보를 저장했습니다.')).toBeVisible();
  // saved as entered (a warning, not a refusal): the reload still warns
  await page.reload();
  await expect(page.getByTestId('opportunity-bid').getByTestId('bid-under-limit')).toBeVisible();
  const notice = await page.getByTestId('opportunity-bid').getByLabel('공고번호').inputValue();

  // the same 공고번호 and 차수 on another deal: refused, naming the deal that has them
  await page.goto(`/opportunities/${other.id}`);
  const bid2 = page.getByTestId('opportunity-bid');
  await bid2.getByLabel('공고번호').fill(notice);
  await bid2.getByLabel('차수').fill('1');
  await bid2.getByRole('button', { name: '저장' }).click();
  await expect(bid2.getByTestId('form-error')).toContainText(`E2E 공공 입찰 ${tag}`);
});

test('a rep links a competitor created inline from the picker; the same name with other spacing is not duplicated', async ({
  page,
  login,
}) => {
  test.slow(); // two pages and four saves on a shared, loaded machine
  const rep = await login(['SALES_REP']);
  const tag = Date.now().toString(36);
  const { id: accountId } = await insertAccount(e2eDb(), { name: `E2E경쟁고객${tag}` });
  const { id } = await insertOpportunity(e2eDb(), { name: `E2E 경쟁 사업 ${tag}`, accountId, ownerId: rep.id, tier: 3 });
  const name = `E2E 신규경쟁사 ${tag}`;

  await page.goto(`/opportunities/${id}`);
  const card = page.getByTestId('opportunity-competitors');
  await card.getByRole('combobox', { name: '경쟁사 선택 또는 추가' }).fill(name);
  await card.getByRole('button', { name: `“${name}” 새로 추가해 연결` }).click();
  await expect(card.getByRole('link', { name })).toBeVisible();
  await card.getByLabel(`${name} 대비 우리 위치`).selectOption({ label: '열세' });
  await card.getByLabel('근거').fill('가격 열세');
  await card.getByRole('button', { name: '위치 저장' }).click();
  await expect(page.getByText('경쟁사 프로필을 저장했습니다.')).toBeVisible();

  // the competitors page: typing the name with other spacing and case finds the same one
  await page.goto('/tools/competitors');
  await page.getByRole('textbox', { name: '경쟁사 추가' }).fill(name.replace(/ /g, '').toUpperCase());
  await page.getByRole('button', { name: '추가', exact: true }).click();
  await expect(page.getByText(`이미 있는 경쟁사 “${name}”입니다.`)).toBeVisible();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`E2E 경쟁 사업 ${tag}`) })).toContainText('열세');
});

test('a deal is won and its account becomes a key account', async ({ page, login }) => {
  const rep = await login(['SALES_REP']);
  const tag = Date.now().toString(36);
  const { id: accountId } = await insertAccount(e2eDb(), { name: `E2E첫수주고객${tag}` });
  const { id } = await insertOpportunity(e2eDb(), { name: `E2E 첫 수주 ${tag}`, accountId, ownerId: rep.id, amount: 300_000_000, tier: 1 });

  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByTestId('key-account-state')).toContainText('일반 고객');

  await page.goto(`/opportunities/${id}`);
  await page.getByRole('button', { name: '이동', exact: true }).click();
  const move = page.getByRole('dialog');
  await move.getByLabel('Tier 0 · 수주').check();
  await move.getByRole('button', { name: '이동', exact: true }).click();
  const req = page.getByTestId('requirement-dialog');
  await req.getByLabel('계약 금액 (원)').fill('290000000');
  await req.locator('input[name="reasonIds"]').first().check();
  await req.getByRole('button', { name: '이동', exact: true }).click();
  await expect(req).toBeHidden();

  await page.goto(`/accounts/${accountId}`);
  await expect(page.getByTestId('key-account-state')).toContainText('핵심 고객');
  await expect(page.getByTestId('key-account-reason')).toContainText('첫 수주로 자동 지정');
});

test('a rep adds a Q&A entry, finds it by search, and sees it as 예상 질문 on a deal with that need and industry', async ({
  page,
  login,
}) => {
  test.slow(); // a dialog, a search and a second page on a shared, loaded machine
  const rep = await login(['SALES_REP']);
  const tag = Date.now().toString(36);
  const needType = `E2E니즈${tag}`;
  const question = `망분리 환경에서도 ${tag} 운영이 되나요?`;
  const { id: accountId } = await insertAccount(e2eDb(), { name: `E2E질의고객${tag}`, industry: '제조' });
  const { id } = await insertOpportunity(e2eDb(), {
    name: `E2E 질의 사업 ${tag}`,
    accountId,
    ownerId: rep.id,
    tier: 3,
    need: `본사 ${needType} 검토`,
  });

  await page.goto('/tools');
  await page.getByRole('link', { name: '질의응답 사전' }).click();
  await page.getByRole('button', { name: '질의응답 추가' }).click();
  const dialog = page.getByTestId('qa-dialog');
  await dialog.getByLabel('니즈 유형').fill(needType);
  await dialog.getByLabel('업종').fill('제조');
  await dialog.getByLabel('질문').fill(question);
  await dialog.getByLabel('좋은 답변').fill('공공 망분리 구축 사례로 답합니다.');
  await dialog.getByLabel('피해야 할 답변').fill('문제없습니다');
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText('질의응답을 추가했습니다.')).toBeVisible();

  await page.getByRole('searchbox', { name: '질의응답 검색' }).fill(`${tag} 운영`);
  await page.getByRole('button', { name: '찾기' }).click();
  await expect(page).toHaveURL(/\/tools\/qa\?q=/);
  await expect(page.getByRole('row', { name: new RegExp(needType) })).toContainText(question);
  await expect(page.getByRole('row')).toHaveCount(2); // the header and the one match

  await page.goto(`/opportunities/${id}`);
  const card = page.getByTestId('expected-questions');
  await expect(card).toContainText(question);
  await expect(card).toContainText('문제없습니다');
});

/** Serious or critical axe violations inside <main>. */
async function axeMain(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('a rep adds an external expert, links them to a deal from the opportunity page, finds them with Ctrl+K, and their page shows the deal', async ({
  page,
  login,
}) => {
  test.slow(); // a dialog, three pages and the palette on a shared, loaded machine
  const rep = await login(['SALES_REP']);
  const tag = Date.now().toString(36);
  const name = `E2E전문가${tag}`;
  const field = '공공 조달·계약';
  const org = `E2E법무연구소${tag}`;
  const { id: accountId } = await insertAccount(e2eDb(), { name: `E2E전문가고객${tag}` });
  const deal = `E2E 전문가 사업 ${tag}`;
  const { id } = await insertOpportunity(e2eDb(), { name: deal, accountId, ownerId: rep.id, won: true });

  await page.goto('/tools');
  await page.getByRole('link', { name: '전문가 네트워크' }).click();
  await expect(page.getByRole('heading', { name: '전문가 네트워크' })).toBeVisible();
  expect(await axeMain(page)).toEqual([]);
  await page.getByRole('button', { name: '전문가 추가' }).click();
  const dialog = page.getByTestId('expert-dialog');
  // an empty name is refused, naming the field
  await dialog.getByLabel('분야').fill(field);
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog.getByTestId('expert-name-error')).toBeVisible();
  await dialog.getByLabel('이름').fill(name);
  await dialog.getByLabel('소속').fill(org);
  await dialog.getByLabel('전화번호').fill('0212345678');
  await expect(dialog.getByLabel('사내 전문가')).not.toBeChecked();
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(page.getByText(`${name} 전문가를 추가했습니다.`)).toBeVisible();
  await expect(page).toHaveURL(/\/tools\/experts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('02-1234-5678')).toBeVisible(); // formatPhone

  await page.goto(`/opportunities/${id}`);
  const card = page.getByTestId('opportunity-experts');
  await card.getByRole('combobox', { name: '전문가', exact: true }).selectOption({ label: `${name} · ${field} · ${org}` });
  await card.getByLabel('한 일').fill('입찰 계약 조건 검토');
  await card.getByRole('button', { name: '전문가 연결' }).click();
  await expect(page.getByText(`${name} 전문가를 연결했습니다.`)).toBeVisible();
  await expect(card.getByTestId(`opp-expert-${name}`)).toContainText('입찰 계약 조건 검토');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: '전체 검색' });
  await palette.getByRole('combobox').fill(`전문가${tag}`);
  const option = palette.getByRole('group', { name: '전문가' }).getByRole('option', { name: new RegExp(name) });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/\/tools\/experts\/[0-9a-f-]{36}$/);
  const deals = page.getByTestId('expert-deals');
  await expect(deals.getByRole('row', { name: new RegExp(deal) })).toContainText('수주');
  await expect(deals.getByRole('row', { name: new RegExp(deal) })).toContainText('입찰 계약 조건 검토');
  await expect(page.getByTestId('expert-win-rate')).toContainText('수주율: 100%');
  expect(await axeMain(page)).toEqual([]);
});
