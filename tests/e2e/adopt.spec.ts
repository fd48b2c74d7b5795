import { randomBytes } from 'node:crypto';
import { createTestUser, expect, test } from './fixtures';
import { withBrnCheckDigit } from '@/lib/domain/leads/normalize';

// Issue 10, adopting Tierline on a firm's own data, as users in Chromium (no SQL inserts: the
// people come from the row factories, everything else through the UI).

const brn = withBrnCheckDigit;
const nineDigits = () => String(100_000_000 + (randomBytes(4).readUInt32BE() % 800_000_000));

test('a manager imports a 12-row pipeline sheet with two bad rows and sees the deals on the board at their tiers', async ({
  page,
  login,
}) => {
  test.setTimeout(120_000);
  const tag = randomBytes(3).toString('hex');
  const rep = await createTestUser({ roles: ['SALES_REP'], name: `영업 ${tag}` });
  await login(['SALES_MANAGER']);

  const rows = [
    ['사업명', '고객사', '담당자', '티어', '금액', '계약금액', '예상 종료일', '다음 단계'],
    [`차세대 ERP ${tag}`, `한빛물산 ${tag}`, rep.email, '4', '12', '', '2027-03-31', '요구사항 미팅'],
    [`물류 WMS ${tag}`, `한빛물산 ${tag}`, rep.email, 'Tier 4', '3.5', '', '2027-04-30', ''],
    [`그룹웨어 ${tag}`, `대한전자 ${tag}`, rep.email, '티어 4', '', '', '', ''],
    [`보안관제 ${tag}`, `대한전자 ${tag}`, 'nobody-' + tag + '@test.local', '3', '5', '', '2027-01-31', ''], // row 5: owner unknown
    [`클라우드 이전 ${tag}`, `서울은행 ${tag}`, rep.email, '3', '20', '', '2027-02-28', '제안서 준비'],
    [`데이터 분석 ${tag}`, `서울은행 ${tag}`, rep.email, 'Tier 3', '8', '', '2027-05-31', ''],
    [`스마트팩토리 ${tag}`, `미래제조 ${tag}`, rep.email, '2', '40', '', '2026-12-31', 'VRB 준비'],
    [`MES 고도화 ${tag}`, `미래제조 ${tag}`, rep.email, '1', '15', '', '2026-12-20', '계약 협상'],
    [`콜센터 ${tag}`, `나라통신 ${tag}`, rep.email, '수주', '9', '9', '', ''],
    [`홈페이지 ${tag}`, `나라통신 ${tag}`, rep.email, '수주', '', '', '', ''], // row 11: won without a contract amount
    [`빌링 ${tag}`, `나라통신 ${tag}`, rep.email, '실주', '6', '', '', ''],
    [`HR 시스템 ${tag}`, `한빛물산 ${tag}`, rep.email, '4', '1.2', '', '2027-06-30', ''],
  ];
  const csv = '\uFEFF' + rows.map((r) => r.join(',')).join('\r\n');

  await page.goto('/tiers');
  await page.getByRole('link', { name: '파이프라인 가져오기' }).click();
  await expect(page.getByRole('heading', { name: '사업기회 가져오기' })).toBeVisible();
  await page.getByLabel('가져올 파일').setInputFiles({ name: `파이프라인-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });

  // headers mapped automatically; 금액 has no unit in its header, so the run waits for it
  await expect(page.getByLabel('항목: 사업명')).toHaveValue('name');
  await expect(page.getByLabel('항목: 담당자')).toHaveValue('owner');
  await expect(page.getByLabel('항목: 계약금액')).toHaveValue('contractAmount');
  await expect(page.getByTestId('mapping-problems')).toContainText('금액 열의 단위');
  await expect(page.getByRole('button', { name: '가져오기 실행' })).toBeDisabled();
  await page.getByLabel('금액의 단위').selectOption('EOK');
  await expect(page.getByTestId('mapping-problems')).toHaveCount(0);
  // the preview shows each bad cell's reason
  await expect(page.getByText('이메일이나 이름으로 찾을 수 없는 담당자입니다').first()).toBeVisible();
  await expect(page.getByText('수주 건은 계약 금액이 필요합니다').first()).toBeVisible();

  // a dry run first: nothing saved, the same two errors
  await page.getByRole('button', { name: '검사만 하기 (저장 안 함)' }).click();
  await expect(page.getByText('검사 완료: 저장된 내용은 없습니다.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('count-failedCount')).toHaveText('2');
  await page.getByRole('button', { name: '이대로 가져오기' }).click();
  await expect(page.getByText('가져오기 완료')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('count-created')).toHaveText('10');
  await expect(page.getByTestId('count-failedCount')).toHaveText('2');
  // error rows carry their Excel row numbers (the header is row 1)
  const errors = page.getByTestId('import-result').getByRole('table');
  await expect(errors.getByRole('row', { name: /^5 / })).toBeVisible();
  await expect(errors.getByRole('row', { name: /^11 / })).toBeVisible();
  await expect(page.getByRole('link', { name: '오류 파일 다운로드 (CSV)' })).toBeVisible();

  // the deals are on the board at the tiers the sheet states
  await page.goto(`/tiers?q=${tag}`);
  const col = (tier: number) => page.getByTestId(`column-${tier}`).getByTestId('opportunity-card');
  await expect(col(4)).toHaveCount(4);
  await expect(col(3)).toHaveCount(2);
  await expect(col(2)).toHaveCount(1);
  await expect(col(1)).toHaveCount(1);
  await expect(col(0)).toHaveCount(2);
  await expect(col(2)).toContainText(`스마트팩토리 ${tag}`);
  // entered Tier 3 without a named contact or need: flagged, and the deal page lists what is unmet
  const cloud = col(3).filter({ hasText: `클라우드 이전 ${tag}` });
  await expect(cloud.getByTestId('unmet-flag')).toHaveText(/요건 미충족/);
  await expect(col(4).first().getByTestId('unmet-flag')).toHaveCount(0);
  // open the card's deal page (its link's address: the virtualized column kept the link from being 'stable' for a click in CI)
  await page.goto((await cloud.getByRole('link', { name: `클라우드 이전 ${tag}` }).getAttribute('href'))!);
  await expect(page.getByTestId('opportunity-tier')).toHaveText('Tier 3');
  await expect(page.getByTestId('unmet-flag')).toContainText('고객 담당자 이름');
});

test('a rep creates a deal with "+ 사업기회" from the board; a later tier without its requirements is refused', async ({ page, login }) => {
  const tag = randomBytes(3).toString('hex');
  await login(['SALES_REP']);
  await page.goto('/tiers');
  await page.getByTestId('new-opportunity').click();
  const dialog = page.getByTestId('new-opportunity-dialog');
  await dialog.getByLabel('사업기회명').fill(`신규 ERP ${tag}`);
  await dialog.getByLabel('고객사').fill(`새봄상사 ${tag}`);
  await dialog.getByLabel('시작 티어').selectOption('2');
  await dialog.getByRole('button', { name: '만들기' }).click();
  await expect(dialog.getByTestId('form-error')).toContainText('충족되지 않았습니다');
  await dialog.getByLabel('시작 티어').selectOption('4');
  await dialog.getByRole('button', { name: '만들기' }).click();
  // the action re-renders the board it was called from (revalidatePath) before the navigation: a full e2e board is slow
  await expect(page).toHaveURL(/\/opportunities\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(page.getByTestId('opportunity-name')).toHaveText(`신규 ERP ${tag}`);
  await expect(page.getByTestId('opportunity-tier')).toHaveText('Tier 4');
  await page.goto(`/tiers?q=${tag}`);
  await expect(page.getByTestId('column-4').getByTestId('opportunity-card')).toHaveCount(1);
});

test('an account edit with a bad 사업자등록번호 is refused; a taken one names the existing account; contacts are added, moved and removed', async ({
  page,
  login,
}) => {
  const tag = randomBytes(3).toString('hex');
  const taken = brn(nineDigits());
  await login(['SALES_REP']);

  // the first account holds a valid number
  await page.goto('/accounts');
  await page.getByTestId('new-account').click();
  let dialog = page.getByTestId('account-dialog');
  await dialog.getByLabel('고객사').fill(`선점상사 ${tag}`);
  await dialog.getByLabel('사업자등록번호').fill(taken);
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('heading', { name: `선점상사 ${tag}` })).toBeVisible();

  // a second account, edited
  await page.goto('/accounts');
  await page.getByTestId('new-account').click();
  dialog = page.getByTestId('account-dialog');
  await dialog.getByLabel('고객사').fill(`후발상사 ${tag}`);
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(page.getByRole('heading', { name: `후발상사 ${tag}` })).toBeVisible();

  await page.getByTestId('edit-account').click();
  dialog = page.getByTestId('account-dialog');
  const wrongCheck = taken.slice(0, 9) + String((Number(taken[9]) + 1) % 10);
  await dialog.getByLabel('사업자등록번호').fill(wrongCheck);
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog.getByText('사업자등록번호 검증번호가 맞지 않습니다')).toBeVisible();
  await dialog.getByLabel('사업자등록번호').fill(taken);
  await dialog.getByRole('button', { name: '저장' }).click();
  await expect(dialog.getByText(`선점상사 ${tag}`).first()).toBeVisible();
  await dialog.getByRole('link', { name: `기존 고객사 선점상사 ${tag} 열기` }).click();
  await expect(page.getByRole('heading', { name: `선점상사 ${tag}` })).toBeVisible();
  const accountUrl = page.url();

  // a deal on it, then a contact added, put on that deal, and removed
  await page.getByTestId('new-opportunity').click();
  const opp = page.getByTestId('new-opportunity-dialog');
  await opp.getByLabel('사업기회명').fill(`전산 구축 ${tag}`);
  await opp.getByRole('button', { name: '만들기' }).click();
  await expect(page.getByTestId('opportunity-name')).toHaveText(`전산 구축 ${tag}`);
  await page.goto(accountUrl);

  await page.getByTestId('new-contact').click();
  let contact = page.getByTestId('contact-dialog');
  await contact.getByLabel('이름').fill('정다은');
  await contact.getByLabel('직책').fill('정보전략팀장');
  await contact.getByRole('button', { name: '저장' }).click();
  await expect(page.getByTestId('contact-row-정다은')).toBeVisible();
  await page.getByRole('button', { name: '담당자 수정: 정다은' }).click();
  contact = page.getByTestId('contact-dialog');
  await contact.getByLabel('의사결정 역할').selectOption('DECISION_MAKER');
  await contact.getByLabel(`전산 구축 ${tag}`).check();
  await contact.getByRole('button', { name: '저장' }).click();
  await expect(page.getByTestId('contact-row-정다은')).toContainText('의사결정자');
  await page.getByRole('button', { name: '담당자 삭제: 정다은' }).click();
  await page.getByTestId('remove-contact-dialog').getByRole('button', { name: '삭제' }).click();
  await expect(page.getByTestId('contact-row-정다은')).toHaveCount(0);
});

test('a manager imports an 8-row accounts + contacts file with one bad row, sees its Excel row in the error file, and finds the accounts and contacts', async ({
  page,
  login,
}) => {
  test.setTimeout(120_000);
  const tag = randomBytes(3).toString('hex');
  const gaon = brn(nineDigits());
  const maru = brn(nineDigits());
  const bad = gaon.slice(0, 9) + String((Number(gaon[9]) + 1) % 10);
  await login(['SALES_MANAGER']);

  const rows = [
    ['고객사명', '사업자등록번호', '도메인', '산업', '국가', '지역', '담당자명', '직책', '이메일', '전화'],
    [`가온테크 ${tag}`, gaon, `gaon-${tag}.co.kr`, '제조', 'KR', '', '김가온', '정보전략팀장', `kim@gaon-${tag}.co.kr`, '010-2222-3333'],
    [`가온테크 ${tag}`, gaon, `gaon-${tag}.co.kr`, '제조', 'KR', '', '이가온', '구매과장', `lee@gaon-${tag}.co.kr`, ''],
    [`나래정보 ${tag}`, '', `narae-${tag}.com`, 'IT 서비스', 'KR', '', '박나래', '부장', `park@narae-${tag}.com`, ''],
    [`나래정보 ${tag}`, '', `narae-${tag}.com`, 'IT 서비스', 'KR', '', '최나래', '대리', `choi@narae-${tag}.com`, ''],
    [`다솜물산 ${tag}`, bad, '', '', '', '', '정다솜', '', '', ''], // row 6: the check digit is wrong
    [`라온상사 ${tag}`, '', '', '유통', '베트남', '', '한라온', '지사장', `han@raon-${tag}.vn`, ''],
    [`마루건설 ${tag}`, maru, '', '건설', '', '', '', '', '', ''],
    [`마루건설 ${tag}`, maru, '', '', '', '', '오마루', '현장소장', '', '02-123-4567'],
  ];
  const csv = '\uFEFF' + rows.map((r) => r.join(',')).join('\r\n');

  await page.goto('/accounts');
  await page.getByRole('link', { name: '고객사 가져오기' }).click();
  await expect(page.getByRole('heading', { name: '고객사·담당자 가져오기' })).toBeVisible();
  await page.getByLabel('가져올 파일').setInputFiles({ name: `고객사-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });

  // headers mapped automatically; the preview names the bad cell
  await expect(page.getByLabel('항목: 고객사명')).toHaveValue('accountName');
  await expect(page.getByLabel('항목: 사업자등록번호')).toHaveValue('businessRegistrationNo');
  await expect(page.getByLabel('항목: 담당자명')).toHaveValue('contactName');
  await expect(page.getByLabel('항목: 전화')).toHaveValue('contactPhone');
  await expect(page.getByText('사업자등록번호 검증번호가 맞지 않습니다').first()).toBeVisible();

  await page.getByRole('button', { name: '가져오기 실행' }).click();
  await expect(page.getByText('가져오기 완료')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('count-created')).toHaveText('7');
  await expect(page.getByTestId('count-failedCount')).toHaveText('1');
  await expect(page.getByTestId('import-result')).toContainText('고객사 4곳 생성');
  await expect(page.getByTestId('import-result').getByRole('table').getByRole('row', { name: /^6 / })).toBeVisible();
  // the error file carries the row as Excel shows it (the header is row 1)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '오류 파일 다운로드 (CSV)' }).click(),
  ]);
  const errorFile = await streamText(await download.createReadStream());
  expect(errorFile).toContain('6,사업자등록번호,사업자등록번호 검증번호가 맞지 않습니다');

  // the accounts and their contacts are on the account pages
  await page.goto(`/accounts?q=${encodeURIComponent(`가온테크 ${tag}`)}`);
  await page.getByRole('link', { name: `가온테크 ${tag}` }).click();
  await expect(page.getByRole('heading', { name: `가온테크 ${tag}` })).toBeVisible();
  await expect(page.getByTestId('contact-row-김가온')).toContainText('정보전략팀장');
  await expect(page.getByTestId('contact-row-이가온')).toContainText('구매과장');
  await page.goto(`/accounts?q=${encodeURIComponent(`마루건설 ${tag}`)}`);
  await page.getByRole('link', { name: `마루건설 ${tag}` }).click();
  await expect(page.getByRole('heading', { name: `마루건설 ${tag}` })).toBeVisible();
  await expect(page.getByTestId('contact-row-오마루')).toContainText('현장소장');
  await page.goto(`/accounts?q=${encodeURIComponent(`다솜물산 ${tag}`)}`);
  await expect(page.getByRole('link', { name: `다솜물산 ${tag}` })).toHaveCount(0);
});

async function streamText(stream: NodeJS.ReadableStream) {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
