import { randomBytes } from 'node:crypto';
import { expect, test } from './fixtures';

// Issue 10: a marketer adds the phone number a lead was missing; the checklist re-runs as they
// type (before saving) and stays green after the save. The lead is created through the app's own
// API (POST /api/v1/leads, the signed-in cookie), not by SQL.
test('a marketer adds the phone number to a lead and the checklist turns green', async ({ page, login }) => {
  const tag = randomBytes(3).toString('hex');
  await login(['MARKETER']);
  const created = await page.request.post('/api/v1/leads', {
    data: { email: `cto-${tag}@hanbit.co.kr`, company: `한빛편집 ${tag}`, name: '김민수', temperature: 'HOT', need: 'ERP 교체' },
  });
  expect(created.status()).toBe(201);

  await page.goto(`/leads?q=cto-${tag}`);
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  await page.getByRole('button', { name: new RegExp(`한빛편집 ${tag}`) }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('checklist')).toContainText('전화번호 — 전화번호를 입력하면 SQL 전환 가능');

  await drawer.getByRole('button', { name: '편집' }).click();
  const form = drawer.getByRole('form', { name: '리드 편집' });
  await form.getByLabel('전화번호').fill('010-2345-6789');
  await expect(drawer.getByTestId('checklist')).toContainText('전화번호 — 충족'); // live, before saving
  await form.getByRole('button', { name: '저장' }).click();
  await expect(drawer.getByText('저장했습니다.')).toBeVisible();
  await expect(drawer.getByTestId('checklist')).toContainText('전화번호 — 충족');
  await expect(drawer.getByTestId('checklist')).not.toContainText('미충족');
  await expect(drawer.getByRole('button', { name: 'SQL로 전환' })).toBeEnabled();
});
