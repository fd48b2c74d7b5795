import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { insertLead } from '../factories/rows';
import { e2eDb, expect, test } from './fixtures';

// The inbox as a marketer uses it day to day: filter (the URL keeps the state), select several
// leads, disqualify them in bulk with a reason, and export the filtered list — a cell that looks
// like a spreadsheet formula is neutralised in the file.
test('filter by campaign, bulk-disqualify with a reason, export the filtered list to CSV', async ({ page, login }) => {
  const tag = randomBytes(3).toString('hex');
  const campaign = `인박스 캠페인 ${tag}`;
  await login(['MARKETER']);
  for (const [i, company] of ['=HYPERLINK("x")', `가나상사 ${tag}`, `다라산업 ${tag}`].entries()) {
    await insertLead(e2eDb(), { email: `inbox${i}-${tag}@example.co.kr`, company, campaign, minutesAgo: i });
  }

  await page.goto('/leads');
  await page.getByLabel('캠페인').selectOption(campaign);
  await expect(page).toHaveURL(/campaign=/);
  await expect(page.getByTestId('lead-row')).toHaveCount(3);
  await page.reload(); // the URL holds the filter
  await expect(page.getByTestId('lead-row')).toHaveCount(3);

  await page.getByRole('checkbox', { name: new RegExp(`가나상사 ${tag}`) }).check();
  await page.getByRole('checkbox', { name: new RegExp(`다라산업 ${tag}`) }).check();
  const bulk = page.getByRole('region', { name: '2건 선택됨' });
  await bulk.getByLabel('제외 사유 선택').selectOption({ label: '예산 없음' });
  await bulk.getByRole('button', { name: '제외' }).click();
  await expect(page.getByText('2건 처리, 0건 건너뜀')).toBeVisible();
  const { rows } = await e2eDb().query(`SELECT company, status FROM "Lead" WHERE campaign = $1 ORDER BY company`, [campaign]);
  expect(rows.map((r) => r.status).sort()).toEqual(['DISQUALIFIED', 'DISQUALIFIED', 'MQL']);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV 내보내기' }).click()]);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines).toHaveLength(4); // header + the 3 filtered leads
  expect(csv).toContain(`가나상사 ${tag}`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m); // neutralised: the cell no longer starts with =
  expect(csv).toContain(`'=HYPERLINK`);
});
