import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { addDays, koreaToday } from '@/lib/domain/time/korea';
import { insertAccount, insertBusinessCategory, insertOpportunity } from '../factories/rows';
import { expect, test, createTestUser, e2eDb } from './fixtures';

// The executive's weekly-meeting flow on the one-page report, on data this test creates (a
// business category of its own, so the demo seed's deals never enter the numbers).

const kstDay = (n: number) => addDays(koreaToday(new Date()), -n);

type Deal = {
  name: string;
  amount: string | null;
  tier: number;
  outcome?: string;
  country?: string;
  history: [number, number | null, string | null, number, string][];
};

async function scenario() {
  const tag = randomBytes(3).toString('hex');
  const db = e2eDb();
  const rep = await createTestUser({ roles: ['SALES_REP'], name: `E2E 영업 ${tag}` });
  const cat = await insertBusinessCategory(db, { code: `E2E-${tag}`, nameKo: `E2E 사업 ${tag}`, nameEn: `E2E business ${tag}` });
  const acct = await insertAccount(db, { name: `E2E 고객 ${tag}` });
  const deals: Deal[] = [
    // moved up 4 → 3 ten days ago
    {
      name: `차세대 구축 ${tag}`,
      amount: '1200000000',
      tier: 3,
      history: [
        [30, null, null, 4, 'OPEN'],
        [10, 4, 'OPEN', 3, 'OPEN'],
      ],
    },
    // won five days ago
    {
      name: `ERP 고도화 ${tag}`,
      amount: '500000000',
      tier: 0,
      outcome: 'WON',
      history: [
        [40, null, null, 2, 'OPEN'],
        [5, 2, 'OPEN', 0, 'WON'],
      ],
    },
    // lost
    {
      name: `해외 데이터센터 ${tag}`,
      amount: '300000000',
      tier: 0,
      outcome: 'LOST',
      country: 'VN',
      history: [
        [40, null, null, 3, 'OPEN'],
        [20, 3, 'OPEN', 0, 'LOST'],
      ],
    },
    // new three days ago
    { name: `신규 보안 ${tag}`, amount: '80000000', tier: 4, history: [[3, null, null, 4, 'OPEN']] },
    // many small Tier 4 deals in one cell: the print must cut them to the largest and "+N건"
    ...Array.from({ length: 14 }, (_, i): Deal => ({
      name: `소형 과제 ${i + 1} ${tag}`,
      amount: String((i + 1) * 10_000_000),
      tier: 4,
      history: [[25, null, null, 4, 'OPEN']],
    })),
  ];
  for (const d of deals) {
    const last = d.history[d.history.length - 1]!;
    await insertOpportunity(db, {
      name: d.name,
      accountId: acct.id,
      ownerId: rep.id,
      amount: d.amount,
      businessCategoryId: cat.id,
      country: d.country ?? 'KR',
      tier: d.tier,
      won: d.outcome === 'WON',
      lost: d.outcome === 'LOST',
      lastOpenTier: last[1] ?? undefined,
      closedAt: { daysAgo: last[0] },
      createdAt: { daysAgo: d.history[0]![0] },
      tierEnteredAt: { daysAgo: last[0] },
      history: d.history.map(([ago, fromTier, fromOutcome, toTier, toOutcome]) => ({
        when: { daysAgo: ago },
        fromTier,
        fromOutcome,
        toTier,
        toOutcome,
      })),
    });
  }
  const total = deals.reduce((s, d) => s + Number(d.amount ?? 0), 0);
  return { tag, categoryName: `E2E 사업 ${tag}`, total };
}

test('an executive opens the report, changes the grouping, sets an as-of date, downloads the XLSX and prints one page', async ({
  page,
  login,
}) => {
  const s = await scenario();
  await login(['EXECUTIVE']);
  await page.goto('/');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole('link', { name: '원페이지 리포트', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: '원페이지 리포트', level: 1 })).toBeVisible();

  // filter to this test's category
  await page.getByLabel('사업 구분', { exact: true }).selectOption({ label: s.categoryName });
  await page.getByRole('button', { name: '적용' }).click();
  await expect(page).toHaveURL(/category=/);
  const matrix = page.getByTestId('report-matrix');
  await expect(matrix.getByRole('rowheader', { name: '대한민국' })).toBeVisible();
  await expect(matrix.getByRole('rowheader', { name: '베트남' })).toBeVisible();
  // 12억 + 5억 + 3억 + 0.8억 + (1+…+14) × 0.1억 = 31.3억
  await expect(page.getByTestId('total-row')).toContainText('31.3억원');
  await expect(page.getByTestId('total-row')).toContainText('18건');
  await expect(matrix.getByTestId('cell-more').first()).toHaveText('+10건'); // 15 in Tier 4 KR, 5 listed

  // change the grouping: rows by business category
  await page.getByLabel('행 구분').selectOption('category');
  await page.getByRole('button', { name: '적용' }).click();
  await expect(matrix.getByRole('rowheader', { name: s.categoryName })).toHaveCount(2); // domestic and overseas
  await expect(matrix.getByRole('columnheader', { name: '사업 구분' })).toBeVisible();

  // as of two weeks ago: the big deal was still in Tier 4, the won one open in Tier 2, the new one absent
  await page.getByLabel('기준일 (과거 시점)').fill(kstDay(14));
  await page.getByRole('button', { name: '적용' }).click();
  await expect(page.getByTestId('report-basis')).toContainText(`${kstDay(14)} 기준으로 재구성`);
  const movement = page.getByTestId('movement');
  await expect(movement.getByTestId('move-up')).toContainText('1건');
  await expect(movement.getByTestId('move-won')).toContainText('1건');
  await expect(movement.getByTestId('move-new')).toContainText('1건');
  await expect(movement.getByTestId('move-down')).toContainText('0건');
  await expect(page.getByTestId('total-row')).toContainText('30.5억원'); // 31.3억 − the new 0.8억
  await expect(page.getByTestId('total-row')).toContainText('17건');

  // XLSX of the same view: the total is a formula with the exact sum
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'XLSX 다운로드' }).click()]);
  const file = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('원페이지 리포트')!;
  let totalRow = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === '총계') totalRow = n;
  });
  const grand = ws.getCell(totalRow, 11).value as { formula: string; result: number };
  expect(grand.formula).toMatch(/^SUM\(/);
  expect(grand.result).toBe(s.total - 80_000_000);

  // print: one landscape A4 page, the crowded cell cut to its largest deals and "+N건"
  await page.getByLabel('기준일 (과거 시점)').fill('');
  await page.getByLabel('행 구분').selectOption('country');
  await page.getByRole('button', { name: '적용' }).click();
  await expect(page.getByTestId('report-basis')).toContainText('현재 기준');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeHidden();
  await expect(matrix.getByText(/^\+1[0-4]건$/).filter({ visible: true })).toHaveCount(1); // the print-only "+N건"
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.emulateMedia({ media: null }); // page.pdf() prints with print media unless told otherwise

  // every category of the whole pipeline (demo data and other tests' rows too): still one page
  await page.goto('/reports/one-page?rows=category');
  await expect(page.getByTestId('report-basis')).toContainText('현재 기준');
  const all = await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  expect(all.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
});

test('bad input shows a clear message, never an error page', async ({ page, login }) => {
  await login(['SALES_REP']);
  await page.goto('/reports/one-page?rows=planet');
  await expect(page.getByTestId('report-error')).toContainText('행 구분은 국가, 사업 구분, 영업 지역 중 하나여야 합니다.');
  await page.goto(`/reports/one-page?asOf=${kstDay(-3)}`);
  await expect(page.getByTestId('report-error')).toContainText('기준일은 오늘 이후일 수 없습니다.');
  await page.goto('/reports/one-page?from=2099-01-01&to=2099-12-31');
  await expect(page.getByTestId('empty-state')).toContainText('이 기간에 예상 종료일이 있는 사업기회가 없습니다.');
  const api = await page.request.get('/api/v1/reports/one-page?rows=planet');
  expect(api.status()).toBe(400);
  expect((await api.json()).error.code).toBe('VALIDATION');
});
