import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

// The shared DataTable on the lead inbox: header sort writes the URL and reorders, ↑/↓ move
// between rows and Enter opens one, a column can be hidden, and the CSV and XLSX exports hold
// exactly the filtered rows in the shown order and columns — also for an API token.

/** RFC 4180 enough for our files: quoted cells with "" and commas. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    } else cell += c;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}

test('sort, keyboard rows, hide a column, export CSV/XLSX of the filter, export with an API token', async ({ page, login, playwright }) => {
  const tag = randomBytes(3).toString('hex');
  const campaign = `테이블 ${tag}`;
  const user = await login(['MARKETER']);
  await page.goto('/leads');
  const base = new URL(page.url()).origin;
  const http = await playwright.request.newContext({ baseURL: base });

  // a token through the token API, then three leads through the import API (no SQL)
  const issued = await http.post('/api/v1/tokens', { data: { email: user.email, password: 'e2e-password', name: `표 ${tag}` } });
  expect(issued.status()).toBe(201);
  const { token } = (await issued.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const csvIn = [
    '이메일,회사명,담당자명,온도,출처,캠페인,예산',
    `a-${tag}@example.co.kr,가나상사 ${tag},김가나,핫,세미나,${campaign},1억`,
    `b-${tag}@example.co.kr,다라산업 ${tag},이다라,웜,세미나,${campaign},2억`,
    `c-${tag}@example.co.kr,=SUM(1+1) ${tag},박수식,콜드,세미나,${campaign},3억`,
  ].join('\r\n');
  const imported = await http.post('/api/v1/leads/import?wait=30', {
    headers: { ...auth, 'content-type': 'text/csv', 'x-file-name': 'leads.csv' },
    data: Buffer.from(csvIn, 'utf8'),
  });
  expect(imported.status()).toBe(200);
  expect(await imported.json()).toMatchObject({ status: 'done', created: 3 });

  await page.goto(`/leads?campaign=${encodeURIComponent(campaign)}`);
  const table = page.getByRole('table', { name: /리드 목록/ });
  const rows = page.getByTestId('lead-row');
  await expect(rows).toHaveCount(3);
  const companies = async () => (await rows.locator('td:nth-child(2)').allTextContents()).map((s) => s.split(tag)[0]!.trim());

  // sort by a header click: the URL says so and the order follows
  await table.getByRole('button', { name: '회사명' }).click();
  await expect(page).toHaveURL(/sort=company_asc/);
  await expect(table.getByRole('columnheader', { name: '회사명' })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(companies).toEqual(['=SUM(1+1)', '가나상사', '다라산업']);
  await table.getByRole('button', { name: '회사명' }).click();
  await expect(page).toHaveURL(/sort=company_desc/);
  await expect.poll(companies).toEqual(['다라산업', '가나상사', '=SUM(1+1)']);

  // keyboard: the first row takes focus, ↓ moves, Enter opens the lead
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog');
  await expect(detail).toContainText(`가나상사 ${tag}`);
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);

  // hide a column: gone from the header, kept in the URL
  await page.getByRole('button', { name: '열 표시' }).click();
  await page.getByRole('checkbox', { name: '캠페인' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: '캠페인' })).toHaveCount(0);
  await expect(page).toHaveURL(/hide=campaign/);
  const shownHeaders = (await table.getByRole('columnheader').allTextContents()).map((s) => s.trim()).filter(Boolean);
  expect(shownHeaders).not.toContain('캠페인');

  // CSV: the three filtered rows in the shown order, the hidden column left out, formula neutralised
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV 내보내기' }).click()]);
  const csv = parseCsv((await readFile((await csvDl.path())!, 'utf8')).replace(/^\uFEFF/, ''));
  const [csvHead, ...csvRows] = csv;
  expect(csvHead).toContain('회사명');
  expect(csvHead).not.toContain('캠페인');
  expect(csvRows.map((r) => r[csvHead!.indexOf('회사명')])).toEqual([`다라산업 ${tag}`, `가나상사 ${tag}`, `'=SUM(1+1) ${tag}`]);
  expect(csvRows.map((r) => r[csvHead!.indexOf('예산')])).toEqual(['200000000', '100000000', '300000000']);

  // XLSX: the same header and rows; amounts are numbers
  const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'XLSX 내보내기' }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await xlsxDl.path())!)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const sheet: unknown[][] = [];
  ws.eachRow((r) => sheet.push((r.values as unknown[]).slice(1)));
  expect(sheet[0]).toEqual(csvHead);
  expect(sheet.slice(1).map((r) => r[csvHead!.indexOf('회사명')])).toEqual(csvRows.map((r) => r[csvHead!.indexOf('회사명')]));
  expect(sheet.slice(1).map((r) => r[csvHead!.indexOf('예산')])).toEqual([200000000, 100000000, 300000000]);

  // the same export with the API token (no cookie): /api/v1/leads/export — on a new request context:
  // the first one's kept-alive socket sat idle through the UI steps above, past the server's
  // keep-alive timeout, and reusing it as the server closes it reads ECONNRESET (seen once in CI)
  await http.dispose();
  const api = await playwright.request.newContext({ baseURL: base });
  const qs = `campaign=${encodeURIComponent(campaign)}&sort=company_asc&format=csv`;
  const byToken = await api.get(`/api/v1/leads/export?${qs}`, { headers: auth });
  expect(byToken.status()).toBe(200);
  expect(byToken.headers()['content-type']).toContain('text/csv');
  const apiRows = parseCsv((await byToken.text()).replace(/^\uFEFF/, ''));
  expect(apiRows).toHaveLength(4);
  expect(apiRows[0]).toContain('캠페인'); // nothing hidden in this request
  expect(apiRows.slice(1).map((r) => r[apiRows[0]!.indexOf('회사명')])).toEqual([
    `'=SUM(1+1) ${tag}`,
    `가나상사 ${tag}`,
    `다라산업 ${tag}`,
  ]);
  const anon = await api.get(`/api/v1/leads/export?${qs}`);
  expect(anon.status()).toBe(401);
  await api.dispose();
});
