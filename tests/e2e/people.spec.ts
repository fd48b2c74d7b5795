import { test, expect, e2eDb } from './fixtures';

// People (Settings → 사용자): an admin adds a VRB member with the finance domain and hands over the
// one-time setup link; the member opens it in a fresh browser, sets a password, signs in with it,
// records a finance opinion on a scheduled review, then changes their own password (their other
// session ends). The link works once.

const PASSWORD = 'Korea-tierline-vrb-2027!';
const NEW_PASSWORD = 'Seoul-harbour-lantern-58?';

test('admin creates a VRB finance member; the member sets a password from the link, signs in, records an opinion, changes the password', async ({
  page,
  login,
  browser,
}) => {
  test.setTimeout(180_000); // one long flow across three browser contexts
  const tag = Math.random().toString(36).slice(2, 8);
  const email = `finance-${tag}@acme.kr`;
  // a scheduled review whose stage needs a finance opinion not given yet (seeded demo data)
  const { rows } = await e2eDb().query<{ id: string }>(
    `SELECT r.id FROM "VrbReview" r JOIN "VrbStage" s ON s.id = r."stageId"
     WHERE r.status = 'SCHEDULED' AND 'FINANCE' = ANY(s."requiredDomains")
       AND NOT EXISTS (SELECT 1 FROM "VrbOpinion" o WHERE o."reviewId" = r.id AND o.domain = 'FINANCE')
     ORDER BY r."scheduledAt" DESC LIMIT 1`,
  );
  expect(rows.length, 'the demo seed has a scheduled review needing a finance opinion').toBe(1);
  const reviewId = rows[0]!.id;

  // 1. the admin adds the member
  await login(['ADMIN']);
  await page.goto('/settings');
  await page.getByRole('link', { name: '사용자 관리 열기' }).click();
  await expect(page).toHaveURL(/\/settings\/users$/);
  await page.getByRole('button', { name: '사용자 추가' }).click();
  const form = page.getByRole('region', { name: '사용자 추가' });
  await form.getByLabel('이름').fill(`재무위원 ${tag}`);
  await form.getByLabel('이메일').fill(email);
  await form.getByRole('checkbox', { name: '영업대표' }).uncheck();
  // a domain without the VRB member role is not offered
  await expect(form.getByRole('checkbox', { name: '재무' })).toBeDisabled();
  await form.getByRole('checkbox', { name: 'VRB 위원', exact: true }).check();
  await form.getByRole('checkbox', { name: '재무' }).check();
  await form.getByRole('button', { name: '사용자 추가' }).click();

  const linkBox = page.getByRole('region', { name: '일회용 설정 링크' });
  await expect(linkBox).toContainText('한 번만');
  const setupUrl = await linkBox.getByLabel('설정 링크').inputValue();
  expect(setupUrl).toMatch(/\/setup\/[A-Za-z0-9_-]{43}$/);
  await linkBox.getByRole('button', { name: '링크 복사' }).click();
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toContainText('VRB 위원');
  await expect(row).toContainText('재무');
  // shown once: after a reload the link is gone
  await page.reload();
  await expect(page.getByRole('region', { name: '일회용 설정 링크' })).toHaveCount(0);

  // 2. the member opens the link in a fresh browser context
  const member = await browser.newContext();
  const mp = await member.newPage();
  await mp.goto(setupUrl);
  await expect(mp.getByRole('heading', { name: '비밀번호 설정' })).toBeVisible();
  await expect(mp.getByText(email)).toBeVisible();
  await mp.getByLabel('새 비밀번호', { exact: true }).fill('password1234');
  await mp.getByLabel('새 비밀번호 확인').fill('password1234');
  await mp.getByRole('button', { name: '비밀번호 설정' }).click();
  await expect(mp.getByTestId('form-error')).toContainText('추측하기 쉬운');
  await mp.getByLabel('새 비밀번호', { exact: true }).fill(PASSWORD);
  await mp.getByLabel('새 비밀번호 확인').fill(PASSWORD);
  await mp.getByRole('button', { name: '비밀번호 설정' }).click();
  await expect(mp.getByText('비밀번호를 설정했습니다')).toBeVisible();
  await mp.getByRole('link', { name: '로그인' }).click();
  await mp.getByLabel('이메일').fill(email);
  await mp.getByLabel('비밀번호').fill(PASSWORD);
  await mp.getByRole('button', { name: '로그인' }).click();
  await expect(mp.getByTestId('current-user')).toContainText(`재무위원 ${tag}`);

  // the link is single use
  const again = await browser.newContext();
  const ap = await again.newPage();
  await ap.goto(setupUrl);
  await expect(ap.getByText('이 링크는 사용할 수 없습니다')).toBeVisible();
  await again.close();

  // 3. the member records a finance opinion on the review
  await mp.goto(`/vrb/reviews/${reviewId}`);
  const opinion = mp.getByTestId('opinion-form');
  await opinion.getByLabel('의견', { exact: true }).fill(`현금흐름 검토 완료 ${tag}`);
  await opinion.getByRole('radio', { name: '우려' }).check();
  await opinion.getByRole('button', { name: '재무 의견 등록' }).click();
  await expect(mp.getByTestId('opinions')).toContainText(`현금흐름 검토 완료 ${tag}`);

  // 4. the member, also signed in on a second browser, changes the password on Settings
  const second = await browser.newContext();
  const sp = await second.newPage();
  await sp.goto('/login');
  await sp.getByLabel('이메일').fill(email);
  await sp.getByLabel('비밀번호').fill(PASSWORD);
  await sp.getByRole('button', { name: '로그인' }).click();
  await expect(sp.getByTestId('current-user')).toBeVisible();

  await mp.goto('/settings');
  await mp.getByLabel('현재 비밀번호').fill('not-my-password');
  await mp.getByLabel('새 비밀번호', { exact: true }).fill(NEW_PASSWORD);
  await mp.getByLabel('새 비밀번호 확인').fill(NEW_PASSWORD);
  await mp.getByRole('button', { name: '비밀번호 변경' }).click();
  await expect(mp.getByTestId('form-error')).toContainText('현재 비밀번호가 틀렸습니다');
  await mp.getByLabel('현재 비밀번호').fill(PASSWORD);
  await mp.getByLabel('새 비밀번호', { exact: true }).fill(NEW_PASSWORD);
  await mp.getByLabel('새 비밀번호 확인').fill(NEW_PASSWORD);
  await mp.getByRole('button', { name: '비밀번호 변경' }).click();
  await expect(mp.getByText('비밀번호를 변경했습니다. 다른 세션 1개를 종료했습니다.')).toBeVisible();
  // this browser stays signed in; the other one is out
  await mp.goto('/tiers');
  await expect(mp.getByTestId('current-user')).toBeVisible();
  await sp.goto('/tiers');
  await expect(sp).toHaveURL(/\/login/);
  // the new password signs in
  await sp.getByLabel('이메일').fill(email);
  await sp.getByLabel('비밀번호').fill(NEW_PASSWORD);
  await sp.getByRole('button', { name: '로그인' }).click();
  await expect(sp.getByTestId('current-user')).toContainText(`재무위원 ${tag}`);
  await member.close();
  await second.close();
});

test('admin imports a 5-row people file, downloads the new people’s setup links once, and one of them sets a password from their link', async ({
  page,
  login,
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const rows = [
    ['이름', '이메일', '역할', '팀', '관리자 이메일'],
    [`팀장 ${tag}`, `lead-${tag}@acme.kr`, '영업관리자', `영업 ${tag}팀`, ''],
    [`영업일 ${tag}`, `rep1-${tag}@acme.kr`, '영업대표', `영업 ${tag}팀`, `lead-${tag}@acme.kr`],
    [`영업이 ${tag}`, `rep2-${tag}@acme.kr`, '영업대표', `영업 ${tag}팀`, `lead-${tag}@acme.kr`],
    [`영업삼 ${tag}`, `rep3-${tag}@acme.kr`, '영업대표, VRB 위원', `영업 ${tag}팀`, `lead-${tag}@acme.kr`],
    [`마케터 ${tag}`, `mkt-${tag}@acme.kr`, '마케터', '', ''],
  ];
  const csv = '\uFEFF' + rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n');

  await login(['ADMIN']);
  await page.goto('/settings/users');
  await page.getByRole('link', { name: '사용자 가져오기' }).click();
  await page.getByLabel('가져올 파일').setInputFiles({ name: `people-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByLabel('항목: 관리자 이메일')).toHaveValue('managerEmail');
  await page.getByRole('button', { name: '가져오기 실행' }).click();
  await expect(page.getByText('가져오기 완료')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('count-created')).toHaveText('5');

  // the links are made when asked, in a file, with the warning that asking again voids them
  const links = page.getByTestId('setup-links');
  await expect(links).toContainText('한 번만');
  await expect(links).toContainText('이전 링크는 모두 쓸 수 없게');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    links.getByRole('button', { name: '설정 링크 받기 (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^setup-links-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(Buffer.from(c as Buffer));
  const lines = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('이름,이메일,설정 링크,만료 시각');
  expect(lines).toHaveLength(6);
  await expect(links.getByRole('status')).toContainText('5명의 설정 링크를 받았습니다');
  const rep2 = lines.find((l) => l.startsWith(`영업이 ${tag},`))!.split(',');
  const setupUrl = rep2[2]!;
  expect(setupUrl).toMatch(/\/setup\/[A-Za-z0-9_-]{43}$/);

  // the person opens their link in a fresh browser, sets a password and signs in
  const person = await browser.newContext();
  const pp = await person.newPage();
  await pp.goto(setupUrl);
  await expect(pp.getByRole('heading', { name: '비밀번호 설정' })).toBeVisible();
  await expect(pp.getByText(`rep2-${tag}@acme.kr`)).toBeVisible();
  await pp.getByLabel('새 비밀번호', { exact: true }).fill(PASSWORD);
  await pp.getByLabel('새 비밀번호 확인').fill(PASSWORD);
  await pp.getByRole('button', { name: '비밀번호 설정' }).click();
  await expect(pp.getByText('비밀번호를 설정했습니다')).toBeVisible();
  await pp.getByRole('link', { name: '로그인' }).click();
  await pp.getByLabel('이메일').fill(`rep2-${tag}@acme.kr`);
  await pp.getByLabel('비밀번호').fill(PASSWORD);
  await pp.getByRole('button', { name: '로그인' }).click();
  await expect(pp.getByTestId('current-user')).toContainText(`영업이 ${tag}`);
  await person.close();
});
