import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { insertAccount, insertOpportunity } from '../factories/rows';
import { expect, test, e2eDb } from './fixtures';

// Global search (Ctrl+K) as a rep uses it, and the audit trail as an admin reads it.

async function createOpp(ownerId: string, name: string) {
  const db = e2eDb();
  const acc = await insertAccount(db, { name: `${name} 고객` });
  return (await insertOpportunity(db, { name, accountId: acc.id, ownerId, tier: 4, amount: 300000000 })).id;
}

test('a rep presses Ctrl+K, types part of a Korean opportunity name, picks it with the keyboard and lands on it', async ({
  page,
  login,
}) => {
  const me = await login(['SALES_REP']);
  const tag = randomBytes(3).toString('hex');
  const name = `해오름 스마트물류 ${tag}`;
  const id = await createOpp(me.id, name);
  await page.goto('/dashboard');

  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: '전체 검색' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: '사업기회, 고객사, 연락처, 리드, 교훈, 질의응답, 경쟁사, 전문가 검색' });
  await expect(box).toBeFocused();
  await expect(dialog.getByRole('status')).toHaveText('검색어를 입력하세요. 한 글자(예: 서)도 검색됩니다.');

  // nothing matches → the "no results" state
  await box.fill('존재하지않는검색어');
  await expect(dialog.getByRole('status')).toHaveText('‘존재하지않는검색어’에 대한 결과가 없습니다.');

  await box.fill(`스마트물류 ${tag}`);
  const listbox = dialog.getByRole('listbox');
  await expect(listbox.getByRole('group', { name: '사업기회' })).toBeVisible();
  await expect(listbox.getByRole('group', { name: '고객사' }).getByRole('option', { name: new RegExp(`${name} 고객`) })).toBeVisible();
  const target = listbox.getByRole('group', { name: '사업기회' }).getByRole('option', { name: new RegExp(name) });
  await expect(target).toBeVisible();
  // the first option is active; move with ↓/↑ until the opportunity is selected
  const options = listbox.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(target).toHaveAttribute('aria-selected', 'true'); // opportunities are listed first
  await expect(box).toHaveAttribute('aria-activedescendant', (await target.getAttribute('id'))!);
  // the palette is the app's dialog (components/modal.tsx): no serious or critical axe violation with results open
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="command-palette"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  expect(
    violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(' | ')}`),
  ).toEqual([]);
  await box.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/opportunities/${id}$`));
  await expect(page.getByTestId('opportunity-name')).toHaveText(name);
  await expect(dialog).toBeHidden();

  // Esc closes and gives focus back to the header button
  await page.getByRole('button', { name: '검색 Ctrl K' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: '검색 Ctrl K' })).toBeFocused();
  // Ctrl+K toggles: opens with the input focused, closes again; focus stays inside while open (Tab)
  await page.keyboard.press('Control+k');
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '닫기' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeHidden();
});

test('an admin filters the audit trail to an opportunity after an edit and sees the before → after change', async ({
  page,
  login,
  request,
}) => {
  const rep = await login(['SALES_REP']);
  const name = `감사추적 대상 ${randomBytes(3).toString('hex')}`;
  const id = await createOpp(rep.id, name);
  const tok = await request.post('/api/v1/tokens', { data: { email: rep.email, password: 'e2e-password', name: 'e2e' } });
  const { token } = await tok.json();
  expect(
    (
      await request.patch(`/api/v1/opportunities/${id}`, {
        headers: { authorization: `Bearer ${token}` },
        data: { version: 1, nextStep: '기술 검토 회의' },
      })
    ).status(),
  ).toBe(200);

  // a rep has no audit trail: the same forbidden page as every page a role cannot use
  expect((await page.goto('/settings/audit'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: '권한이 없습니다' })).toBeVisible();

  await login(['ADMIN']);
  await page.goto('/settings');
  await page.getByRole('link', { name: '감사 기록 보기' }).click();
  await expect(page.getByRole('heading', { name: '감사 기록' })).toBeVisible();

  await page.getByLabel('대상 유형').selectOption('Opportunity');
  await page.getByLabel('대상 ID').fill(id);
  await page.getByLabel('작업').fill('opportunity');
  await page.getByRole('button', { name: '적용' }).click();
  await expect(page).toHaveURL(/entityType=Opportunity/);

  const rows = page.getByTestId('audit-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('opportunity.update');
  await expect(rows.first()).toContainText(rep.name);
  const change = rows.first().getByTestId('audit-change').filter({ hasText: 'nextStep' });
  await expect(change).toHaveText('nextStep ∅ → 기술 검토 회의');
  await expect(rows.first().getByTestId('audit-change').filter({ hasText: 'version' })).toHaveText('version 1 → 2');

  // the entity links to its page
  await rows.first().getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/opportunities/${id}$`));
});
