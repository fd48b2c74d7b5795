import { expect, test, createTestUser, e2eDb } from './fixtures';

const DEMO_PASSWORD = 'tierline-demo';

test.describe('sign-in', () => {
  test('a demo rep signs in with the form, lands in the Korean shell, switches to English and back', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel('이메일').fill('rep1@tierline.local');
    await page.getByLabel('비밀번호').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '로그인' }).click();
    await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
    for (const label of ['리드함', '티어 보드', '원페이지 리포트', 'VRB', '포스트모템', '고객사', '설정']) {
      await expect(page.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Tier board' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('link', { name: 'Tier board' })).toBeVisible(); // the choice persists
    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.getByRole('link', { name: '티어 보드' })).toBeVisible();
  });

  test('a wrong password shows a clear message and no session', async ({ page }) => {
    const u = await createTestUser({ roles: ['SALES_REP'] });
    await page.goto('/login');
    await page.getByLabel('이메일').fill(u.email);
    await page.getByLabel('비밀번호').fill('wrong-password');
    await page.getByRole('button', { name: '로그인' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('이메일 또는 비밀번호가 올바르지 않습니다.');
    const { rows } = await e2eDb().query(`SELECT count(*)::int AS n FROM "Session" WHERE "userId" = $1`, [u.id]);
    expect(rows[0].n).toBe(0);
  });

  test('signing out ends the session; disabling a user ends theirs', async ({ page, login }) => {
    const u = await login(['SALES_REP']);
    await page.goto('/tiers');
    await expect(page.getByTestId('current-user')).toContainText(u.name);
    await page.getByRole('button', { name: '로그아웃' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/tiers');
    await expect(page).toHaveURL(/\/login/);

    const v = await login(['MARKETER']);
    await page.goto('/leads');
    await expect(page.getByTestId('current-user')).toContainText(v.name);
    await e2eDb().query(`UPDATE "User" SET "disabledAt" = now() WHERE id = $1`, [v.id]);
    await page.goto('/leads');
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('each demo role signs in', () => {
  const demo = [
    ['admin@tierline.local', '/dashboard'],
    ['exec@tierline.local', '/dashboard'],
    ['rep2@tierline.local', '/work'], // reps and managers land on 내 업무
    ['marketer@tierline.local', '/leads'],
    ['finance@tierline.local', '/vrb'],
    ['legal@tierline.local', '/vrb'],
    ['procurement@tierline.local', '/vrb'],
    ['tech@tierline.local', '/vrb'],
    ['chair@tierline.local', '/vrb'],
  ] as const;
  for (const [email, home] of demo) {
    test(`${email} lands on ${home}`, async ({ page }) => {
      await page.goto('/login');
      await page.getByLabel('이메일').fill(email);
      await page.getByLabel('비밀번호').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '로그인' }).click();
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(page.getByTestId('current-user')).toBeVisible();
    });
  }
});

test('a rep issues a personal API token in Settings, uses it, and revokes it', async ({ page, login, playwright }) => {
  await login(['SALES_REP']);
  await page.goto('/settings');
  await page.getByLabel('토큰 이름').fill('ERP 연동');
  await page.getByRole('button', { name: '토큰 발급' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^tl_/);

  const api = await playwright.request.newContext({ baseURL: page.url().replace(/\/settings.*$/, '') });
  const ok = await api.get('/api/v1/opportunities?limit=1', { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  const anon = await api.get('/api/v1/opportunities?limit=1');
  expect(anon.status()).toBe(401);
  expect((await anon.json()).error.code).toBe('UNAUTHENTICATED');

  await page
    .getByRole('row', { name: /ERP 연동/ })
    .getByRole('button', { name: '폐기' })
    .click();
  await expect(page.getByRole('row', { name: /ERP 연동/ })).toContainText('폐기됨');
  const revoked = await api.get('/api/v1/opportunities?limit=1', { headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
  await api.dispose();
});

test('an admin disables a user in Settings and that user is signed out at once', async ({ page, login, browser }) => {
  await login(['ADMIN']);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const { loginAs, createTestUser } = await import('./fixtures');
  const victim = await createTestUser({ roles: ['MARKETER'], name: '비활성화 대상' });
  await loginAs(otherPage, victim);
  await otherPage.goto('/leads');
  await expect(otherPage.getByTestId('current-user')).toContainText('비활성화 대상');

  await page.goto('/settings/users');
  await page
    .getByTestId(`user-row-${victim.email}`)
    .getByRole('button', { name: /^비활성화/ })
    .click();
  await expect(page.getByTestId(`user-row-${victim.email}`).getByRole('button', { name: /^활성화/ })).toBeVisible();

  // their next request to the server finds no session
  await otherPage.goto('/tiers');
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});
