import '@/lib/server/import/exceljs-fix';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { ROLES, can } from '@/lib/auth/permissions';
import { POST as importRoute } from '@/app/api/v1/accounts/import/route';
import { GET as statusRoute } from '@/app/api/v1/accounts/imports/[batchId]/route';
import { GET as errorsRoute } from '@/app/api/v1/accounts/imports/[batchId]/errors.csv/route';
import { callApi } from '../setup/api-contract';
import { createAccount, createUser, tokenFor } from '../factories';
import { withBrnCheckDigit } from '@/lib/domain/leads/normalize';

// Accounts + contacts import (issue 10): the import machinery (upload, dry run, job, error file)
// over set-based matching — accounts by 사업자등록번호 → domain → name, contacts by email within the
// account, else name. Every response is held to the OpenAPI contract.

const brn = withBrnCheckDigit;
const B1 = brn('101810034');
const B2 = brn('220811234');
const BAD = B2.slice(0, 9) + String((Number(B2[9]) + 1) % 10);

const post = (token: string, csv: string, query = '') =>
  callApi(importRoute, `/api/v1/accounts/import${query}`, {
    method: 'POST',
    token,
    body: new TextEncoder().encode('\uFEFF' + csv),
    headers: { 'content-type': 'text/csv', 'x-file-name': 'accounts.csv' },
  });

const SHEET = [
  '고객사명,사업자등록번호,도메인,산업,국가,지역,담당자명,직책,이메일,전화',
  `기존상사 주식회사,${B1},,,,,홍길동,부장,hong@old.kr,`, // row 2: the existing account by 사업자등록번호; its contact's title changes
  `한빛물산,${B2.slice(0, 3)}-${B2.slice(3, 5)}-${B2.slice(5)},hanbit.co.kr,제조,KR,수도권,김민수,팀장,kim@hanbit.co.kr,010-1234-5678`,
  `한빛물산,${B2},hanbit.co.kr,제조,KR,수도권,이영희,과장,lee@hanbit.co.kr,`,
  '도메인상사 Inc,,www.domain.co.kr,,,,박담당,,park@domain.co.kr,', // row 5: the existing account by domain
  '세종정보,,,IT 서비스,베트남,,,,,', // row 6: an account without a contact
  `오류상사,${BAD},,,,,최오류,,,`, // row 7: bad check digit
  `한빛물산,${B2},hanbit.co.kr,제조,KR,수도권,이영희,과장,lee@hanbit.co.kr,`, // row 8: the same as row 4
  ',,,,,,무소속,,,', // row 9: no account name
  '한빛물산,,,,,,정수진,대리,jung@hanbit.co.kr,', // row 10: 한빛물산 by name, the same account as rows 3-4
].join('\r\n');

async function setup() {
  const manager = await createUser({ roles: ['SALES_MANAGER'] });
  await db.salesRegion.create({ data: { code: 'CAPITAL', nameKo: '수도권', nameEn: 'Capital area', scope: 'DOMESTIC' } });
  const old = await createAccount({ name: '기존상사', businessRegistrationNo: B1 });
  await db.contact.create({ data: { accountId: old.id, name: '홍길동', title: '과장', email: 'hong@old.kr' } });
  const byDomain = await createAccount({ name: '도메인상사', domain: 'domain.co.kr' });
  return { token: await tokenFor(manager.id), old, byDomain };
}

describe('POST /api/v1/accounts/import', () => {
  test('a dry run writes nothing; the run matches and creates accounts and contacts; row errors carry Excel rows; a re-import writes nothing', async () => {
    const { token, old, byDomain } = await setup();

    const dry = await post(token, SHEET, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ status: 'done', dryRun: true, processed: 9, created: 5, updated: 1, failed: 3 });
    expect(await db.account.count()).toBe(2);
    expect(await db.contact.count()).toBe(1);

    const run = await post(token, SHEET);
    expect(run.status).toBe(200);
    expect(run.json).toMatchObject({ status: 'done', dryRun: false, processed: 9, created: 5, updated: 1, skipped: 0, failed: 3 });
    expect(run.json.message).toBe('고객사 2곳 생성, 0곳 수정 · 담당자 4명 생성, 1명 수정');
    expect(run.json.errors).toEqual([
      { row: 7, column: '사업자등록번호', message: '사업자등록번호 검증번호가 맞지 않습니다' },
      { row: 8, column: '이메일', message: '파일의 앞 행(4행)과 같은 고객사·담당자입니다' },
      { row: 9, column: '고객사명', message: '필수 값입니다' },
    ]);

    const accounts = await db.account.findMany({ include: { contacts: { orderBy: { name: 'asc' } } }, orderBy: { createdAt: 'asc' } });
    expect(accounts).toHaveLength(4); // 기존상사, 도메인상사 + 한빛물산, 세종정보
    const by = Object.fromEntries(accounts.map((a) => [a.name, a]));
    expect(by['기존상사']!.id).toBe(old.id);
    expect(by['기존상사']!.contacts).toEqual([
      expect.objectContaining({ name: '홍길동', title: '부장', email: 'hong@old.kr', version: 2 }),
    ]);
    expect(by['도메인상사']!.id).toBe(byDomain.id);
    expect(by['도메인상사']!.contacts.map((c) => c.email)).toEqual(['park@domain.co.kr']);
    const region = await db.salesRegion.findUniqueOrThrow({ where: { code: 'CAPITAL' } });
    expect(by['한빛물산']).toMatchObject({
      businessRegistrationNo: B2,
      domain: 'hanbit.co.kr',
      industry: '제조',
      country: 'KR',
      salesRegionId: region.id,
    });
    expect(by['한빛물산']!.contacts.map((c) => [c.name, c.title, c.email, c.phone])).toEqual([
      ['김민수', '팀장', 'kim@hanbit.co.kr', '+821012345678'],
      ['이영희', '과장', 'lee@hanbit.co.kr', null],
      ['정수진', '대리', 'jung@hanbit.co.kr', null],
    ]);
    expect(by['세종정보']).toMatchObject({ industry: 'IT 서비스', country: 'VN', businessRegistrationNo: null });
    expect(by['세종정보']!.contacts).toEqual([]);
    expect(await db.auditLog.count({ where: { action: 'account.import' } })).toBe(1);

    const csv = await callApi(errorsRoute, `/api/v1/accounts/imports/${run.json.batchId}/errors.csv`, {
      token,
      params: { batchId: run.json.batchId },
    });
    expect(csv.text).toContain('7,사업자등록번호,사업자등록번호 검증번호가 맞지 않습니다');
    const status = await callApi(statusRoute, `/api/v1/accounts/imports/${run.json.batchId}`, {
      token,
      params: { batchId: run.json.batchId },
    });
    expect(status.json).toMatchObject({ status: 'done', created: 5 });

    // idempotent: the same file again writes nothing
    const snapshot = async () => ({
      accounts: await db.account.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: 'asc' } }),
      contacts: await db.contact.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: 'asc' } }),
    });
    const before = await snapshot();
    const again = await post(token, SHEET);
    expect(again.json).toMatchObject({ created: 0, updated: 0, skipped: 6, failed: 3 });
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { action: 'account.import' } })).toBe(1);

    // a changed phone updates that contact only; a contact without email is matched by name
    const changed = await post(
      token,
      ['고객사명,사업자등록번호,담당자명,전화', `한빛물산,${B2},이영희,02-123-4567`, '세종정보,,김세종,'].join('\n'),
    );
    expect(changed.json).toMatchObject({ created: 1, updated: 1, skipped: 0, failed: 0 });
    expect(await db.contact.findFirstOrThrow({ where: { name: '이영희' } })).toMatchObject({ phone: '+8221234567', version: 2 });
    const byName = await post(token, ['고객사명,담당자명,직책', '세종정보,김세종,대표'].join('\n'));
    expect(byName.json).toMatchObject({ created: 0, updated: 1 });
    expect(await db.contact.count({ where: { name: '김세종' } })).toBe(1);
  }, 120_000);

  test('a file without the account name column is refused before anything runs; only roles with account:edit reach the route', async () => {
    const { token } = await setup();
    const r = await post(token, '담당자명,이메일\n김,kim@x.kr');
    expect(r.status).toBe(422);
    const denied = ROLES.filter((x) => !can([x], 'account:edit'));
    expect(denied.length).toBeGreaterThan(0);
    for (const role of denied) {
      const u = await createUser({ roles: [role] });
      expect((await post(await tokenFor(u.id), SHEET)).status).toBe(403);
    }
    expect(await db.account.count()).toBe(2);
  }, 60_000);
});
