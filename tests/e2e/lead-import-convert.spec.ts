import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { createTestUser, e2eDb, expect, loginAs, test } from './fixtures';

// A marketer imports a CP949 CSV (as Korean Excel saves it) with bad rows through the wizard,
// watches the progress bar, downloads the error file; then qualifies a lead and hands it to a
// rep, who converts it — and the opportunity is on the tier board at Tier 4.
test('import a CP949 CSV with bad rows, download the errors, qualify and convert a lead', async ({ page, login }) => {
  test.setTimeout(120_000);
  const tag = randomBytes(3).toString('hex');
  const rep = await createTestUser({ roles: ['SALES_REP'], name: `영업대표 ${tag}` });
  await login(['MARKETER']);

  const lines = ['이메일,회사명,담당자명,전화번호,온도,출처,캠페인,니즈,예산'];
  lines.push(`ceo-${tag}@hanbit${tag}.co.kr,한빛정보 ${tag},김하늘,010-2345-6789,핫,세미나,AI 세미나 ${tag},ERP 클라우드 전환,1.2억`);
  lines.push(`bad-email-${tag},대한물산,이영희,02-123-4567,웜,웹페이지,,,`); // row 3
  lines.push(`park-${tag}@daehan.co.kr,대한물산,박준호,010-9999-8888,미지근,웹페이지,,,`); // row 4: bad temperature
  for (let i = 0; i < 40_000; i++)
    lines.push(
      `bulk${i}-${tag}@corp${i % 97}.co.kr,회사${i % 97},담당${i},010-${String(1000 + (i % 9000))}-${String(i % 10000).padStart(4, '0')},웜,블로그,대량 ${tag},,`,
    );
  const file = Buffer.from(iconv.encode(lines.join('\r\n'), 'cp949'));

  await page.goto('/leads/import');
  await expect(page.getByRole('heading', { name: '리드 가져오기' })).toBeVisible();
  await page.getByLabel('가져올 파일').setInputFiles({ name: `리드-${tag}.csv`, mimeType: 'text/csv', buffer: file });
  await expect(page.getByText(/CSV · 인코딩 CP949/)).toBeVisible();
  // headers were mapped automatically (and can be corrected)
  await expect(page.getByLabel('항목: 이메일')).toHaveValue('email');
  await expect(page.getByLabel('항목: 온도')).toHaveValue('temperature');
  await page.getByLabel('항목: 니즈').selectOption('intent');
  await page.getByLabel('항목: 니즈').selectOption('need');
  await expect(page.getByText('온도는 Hot/Warm/Cold(핫/웜/콜드) 중 하나여야 합니다')).toBeVisible(); // preview shows the cell error

  await page.getByRole('button', { name: '가져오기 실행' }).click();
  const bar = page.getByRole('progressbar', { name: '가져오기 진행률' });
  await expect(bar).toBeVisible();
  await expect(page.getByText(/가져오는 중…/)).toBeVisible();
  await expect(page.getByText('가져오기 완료')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('count-created')).toHaveText('40,001');
  await expect(page.getByTestId('count-failedCount')).toHaveText('2');

  // the job survives a reload: the URL holds the batch, the page reads it back from PostgreSQL
  await page.reload();
  await expect(page.getByTestId('count-created')).toHaveText('40,001');
  await expect(page.getByTestId('import-history')).toContainText(`리드-${tag}.csv`);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '오류 파일 다운로드 (CSV)' }).first().click(),
  ]);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  expect(csv.split('\r\n').slice(0, 3)).toEqual([
    '행,열,사유',
    '3,이메일,이메일 형식이 올바르지 않습니다',
    '4,온도,온도는 Hot/Warm/Cold(핫/웜/콜드) 중 하나여야 합니다',
  ]);

  // qualify the good lead and assign the rep
  await page.goto(`/leads?q=ceo-${tag}`);
  await expect(page.getByTestId('lead-row')).toHaveCount(1);
  await page.getByRole('button', { name: new RegExp(`한빛정보 ${tag}`) }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('checklist')).toContainText('전화번호 — 충족');
  await drawer.getByLabel('담당 영업대표').selectOption({ label: rep.name });
  await drawer.getByRole('button', { name: 'SQL로 전환' }).click();
  await expect(drawer.getByText('SQL로 전환했습니다.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lead-row').first()).toContainText('세일즈리드(SQL)');

  // the rep converts it
  await loginAs(page, rep);
  await page.goto('/leads');
  await expect(page.getByTestId('lead-row')).toHaveCount(1); // a rep sees only their leads
  await page.getByRole('button', { name: new RegExp(`한빛정보 ${tag}`) }).click();
  await expect(page.getByRole('dialog').getByLabel('사업기회 담당자')).toHaveValue(rep.id);
  await page.getByRole('dialog').getByLabel('사업기회명 (선택)').fill(`ERP 클라우드 ${tag}`);
  await page.getByRole('dialog').getByRole('button', { name: '사업기회로 전환' }).click();
  await expect(page.getByText('사업기회로 전환되었습니다 (Tier 4).')).toBeVisible();

  const { rows } = await e2eDb().query(
    `SELECT o.tier, o.outcome, o."ownerId", t."fromTier", t."toTier", l.status FROM "Opportunity" o JOIN "TierChange" t ON t."opportunityId" = o.id JOIN "Lead" l ON l."opportunityId" = o.id WHERE o.name = $1`,
    [`ERP 클라우드 ${tag}`],
  );
  expect(rows).toEqual([{ tier: 4, outcome: 'OPEN', ownerId: rep.id, fromTier: null, toTier: 4, status: 'CONVERTED' }]);

  await page.getByRole('link', { name: '티어 보드에서 보기' }).click();
  await page.goto(`/tiers?owner=${rep.id}`);
  await expect(page.getByTestId('column-4')).toContainText(`ERP 클라우드 ${tag}`);
});

test('a sales rep cannot open the import wizard', async ({ page, login }) => {
  await login(['SALES_REP']);
  expect((await page.goto('/leads/import'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: '권한이 없습니다' })).toBeVisible();
  await expect(page.getByLabel('가져올 파일')).toHaveCount(0);
});
