import { insertAccount, insertCompetitor, insertOpportunity } from '../factories/rows';
import { expect, test, e2eDb } from './fixtures';

// A rep writes the blameless postmortem of their own overdue lost deal: from the due list, through
// the form (a lesson and an action item added with the row buttons), to the published record, and
// finds the lesson in the lessons library. A draft first (edited, a stale save refused), then published:
// only a published postmortem's lessons reach the library, and a published one is not edited.
test('a rep writes an overdue postmortem with a lesson and an action item, then finds the lesson in the library', async ({
  page,
  login,
}) => {
  const rep = await login(['SALES_REP']);
  const tag = Date.now().toString(36);
  const db = e2eDb();
  const account = await insertAccount(db, { name: `작성고객${tag}` });
  await insertCompetitor(db, { name: `작성경쟁사${tag}` });
  const opp = await insertOpportunity(db, {
    name: `작성대상건${tag}`,
    accountId: account.id,
    ownerId: rep.id,
    amount: 800000000,
    lost: true,
    lastOpenTier: 2,
    closedAt: { at: '2020-03-01T00:00:00Z' },
  });

  await page.goto('/postmortems');
  const row = page.getByTestId('pending-table').getByRole('row', { name: new RegExp(`작성대상건${tag}`) });
  await expect(row).toHaveAttribute('data-state', 'OVERDUE');
  await row.getByRole('link', { name: `작성: 작성대상건${tag}` }).click();

  await expect(page.getByRole('heading', { name: '포스트모템 작성', level: 1 })).toBeVisible();
  await expect(page.getByText('책임자 항목은 없습니다')).toBeVisible();
  await page.getByLabel('요약').fill(`가격 평가 차이로 실주${tag}`);
  await page.getByLabel('아쉬운 점').fill('예산 확인이 제안 직전에야 이루어졌다');
  await page.getByRole('checkbox', { name: '가격', exact: true }).check();
  await page.getByLabel('수주 경쟁사').selectOption({ label: `작성경쟁사${tag}` });
  await page.getByLabel('가격 차이 (%)').fill('6.5');
  await page.getByRole('checkbox', { name: rep.name }).check();

  // keyboard: the add button puts the focus in the new row's first field
  await page.getByRole('button', { name: '교훈 추가' }).click();
  const lesson = page.getByRole('group', { name: '교훈 1' });
  await expect(lesson.getByLabel('교훈', { exact: true })).toBeFocused();
  await page.keyboard.type(`발주처예산먼저${tag}`);
  await lesson.getByLabel('설명').fill('Confirm the customer budget before the pricing proposal');
  await expect(lesson.getByLabel('원인 분류')).toHaveValue('PRICE');

  await page.getByRole('button', { name: '후속 조치 추가' }).click();
  const action = page.getByRole('group', { name: '후속 조치 1' });
  await action.getByLabel('조치 내용').fill(`예산 확인 체크리스트${tag}`);
  await action.getByLabel('담당').selectOption({ label: rep.name });
  await action.getByLabel('기한').fill('2026-12-31');

  // a second, empty action row would not validate: remove it again with its button
  await page.getByRole('button', { name: '후속 조치 추가' }).click();
  await page.getByRole('button', { name: '후속 조치 2 삭제' }).click();
  await expect(page.getByRole('group', { name: '후속 조치 2' })).toHaveCount(0);

  // first a draft: the record page shows it as 초안 and leads back to the form with the saved values
  await page.getByRole('button', { name: '초안 저장' }).click();
  await expect(page).toHaveURL(/\/postmortems\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `작성대상건${tag}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '수정', exact: true })).toBeVisible();
  const draftUrl = page.url();

  // a draft's lesson is not in the library yet: only published postmortems reach it
  await page.goto('/postmortems/lessons');
  await page.getByRole('searchbox', { name: '교훈 검색' }).fill(`발주처예산먼저${tag}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('status')).toHaveText('0건');
  await page.goto(draftUrl);

  await page.getByRole('link', { name: '수정', exact: true }).click();
  await expect(page.getByRole('heading', { name: '포스트모템 수정', level: 1 })).toBeVisible();
  await expect(page.getByLabel('요약')).toHaveValue(`가격 평가 차이로 실주${tag}`);
  await expect(page.getByRole('group', { name: '교훈 1' }).getByLabel('교훈', { exact: true })).toHaveValue(`발주처예산먼저${tag}`);
  await expect(page.getByRole('group', { name: '후속 조치 1' }).getByLabel('기한')).toHaveValue('2026-12-31');

  // someone else saves meanwhile: the stale edit is refused with a clear message, nothing is
  // overwritten, and the latest version can be loaded into the form
  await e2eDb().query(`UPDATE "Postmortem" SET summary = $1, version = version + 1 WHERE "opportunityId" = $2`, [
    `다른 사용자 요약${tag}`,
    opp.id,
  ]);
  await page.getByLabel('요약').fill('내가 고친 요약');
  await page.getByRole('button', { name: '초안 저장' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: '다른 사용자가 먼저 저장했습니다' });
  await expect(conflict).toContainText('입력한 내용은 저장되지 않았습니다');
  await conflict.getByRole('button', { name: '최신 내용 불러오기' }).click();
  await expect(page.getByLabel('요약')).toHaveValue(`다른 사용자 요약${tag}`);
  await expect(conflict).toHaveCount(0);

  // publish the latest version: the record is published and can no longer be edited (amendments only)
  await page.getByLabel('요약').fill(`가격 평가 차이로 실주${tag}`);
  await page.getByRole('button', { name: '게시' }).click();
  await expect(page).toHaveURL(/\/postmortems\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `작성대상건${tag}`, level: 1 })).toBeVisible();
  await expect(page.getByText('게시됨')).toBeVisible();
  await expect(page.getByText(`가격 평가 차이로 실주${tag}`)).toBeVisible();
  await expect(page.getByRole('list', { name: '근본 원인' })).toContainText('가격');
  await expect(page.getByText('+6.5%')).toBeVisible();
  await expect(page.getByText(`발주처예산먼저${tag}`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`예산 확인 체크리스트${tag}`) })).toContainText(rep.name);
  await expect(page.getByRole('link', { name: '수정', exact: true })).toHaveCount(0);

  await page.goto('/postmortems/lessons');
  await page.getByRole('searchbox', { name: '교훈 검색' }).fill(`발주처예산먼저${tag}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('1건');
  const lessons = page.getByRole('list', { name: '교훈 라이브러리' });
  await expect(lessons.getByRole('heading', { name: `발주처예산먼저${tag}` })).toBeVisible();
  await expect(lessons).toContainText(`작성고객${tag}`);
  await expect(lessons).toContainText(`작성경쟁사${tag}`);
  // English words of the body find it too, in any case
  await page.getByRole('searchbox', { name: '교훈 검색' }).fill('CUSTOMER BUDGET');
  await page.keyboard.press('Enter');
  await expect(lessons.getByRole('heading', { name: `발주처예산먼저${tag}` })).toBeVisible();
});
