import '@/lib/server/import/exceljs-fix';
import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { POST as importRoute } from '@/app/api/v1/opportunities/import/route';
import { GET as errorsRoute } from '@/app/api/v1/opportunities/imports/[batchId]/errors.csv/route';
import { createAccount, createUser, tokenFor } from '../factories';

function post(token: string, csv: string, query = '') {
  return importRoute(
    new NextRequest(`http://localhost/api/v1/opportunities/import${query}`, {
      method: 'POST',
      body: new TextEncoder().encode(csv) as BodyInit,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'x-file-name': 'pipeline.csv' },
    }),
    { params: Promise.resolve({}) },
  );
}

async function setup() {
  const manager = await createUser({ roles: ['SALES_MANAGER'], email: 'mgr@firm.kr', name: '박팀장' });
  await createUser({ roles: ['SALES_REP'], email: 'rep1@firm.kr', name: '김영업', managerId: manager.id });
  await db.businessCategory.create({ data: { code: 'SI', nameKo: '시스템 구축', nameEn: 'System integration' } });
  await db.salesRegion.create({ data: { code: 'CAPITAL', nameKo: '수도권', nameEn: 'Capital area', scope: 'DOMESTIC' } });
  const existing = await createAccount({ name: '기존고객', businessRegistrationNo: '1018100340' });
  return { token: await tokenFor(manager.id), existing };
}

const SHEET = [
  '사업명,고객사,사업자등록번호,담당자,티어,금액(억원),예상 종료일,사업 구분,국내/해외,국가/지역,다음 단계,공고번호,차수,외부 키,티어 진입일',
  '차세대 ERP,(주)한빛제조,,rep1@firm.kr,Tier 4,12,2027-06-30,SI,국내,수도권,킥오프,,,K-1,2026-09-01',
  'MES 고도화,다른이름,101-81-00340,김영업,3,5.5,2027-03-31,시스템 구축,국내,,,,,K-2,',
  '클라우드 전환,세종정보,,mgr@firm.kr,티어 2,30,2027-01-31,,해외,베트남,,,,K-3,2026-10-15',
  '보안 관제,세종정보,,rep1@firm.kr,1,8,2026-12-31,,,,,20261201-001,1,,',
  '스마트 팩토리,대한물산,,rep1@firm.kr,수주,15,2026-11-30,,,,,,,K-5,2026-11-20',
  '데이터 센터,대한물산,,rep1@firm.kr,실주,20,,,,,,,,K-6,',
  'ITO 재계약,대한물산,,rep1@firm.kr,입찰 포기,3,,,,,,,,K-7,',
  'AI 콜센터,한빛제조,,rep1@firm.kr,Drop,2,,,,,,,,K-8,',
  '물류 WMS,새고객,,nobody@firm.kr,4,1,,,,,,,,K-9,', // unknown owner
  '그룹웨어,새고객,,rep1@firm.kr,수주,,,,,,,,,K-10,', // won without an amount
  'ERP 유지보수,새고객,,rep1@firm.kr,4,0.5,,,,,,,,,',
  'HR 시스템,새고객,,rep1@firm.kr,사업기회 평가,4,2027-02-28,,,,,,,K-12,',
].join('\n');

describe('POST /api/v1/opportunities/import', () => {
  test('12 rows, 2 bad: counts, tiers, accounts resolved, history rows, errors with Excel rows; re-import writes nothing', async () => {
    const { token, existing } = await setup();
    const dry = await post(token, SHEET, '?dryRun=true');
    expect(await dry.json()).toMatchObject({ status: 'done', dryRun: true, created: 10, failed: 2 });
    expect(await db.opportunity.count()).toBe(0);

    const res = await post(token, SHEET);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'done', processed: 12, created: 10, updated: 0, skipped: 0, failed: 2 });
    expect(body.errors).toEqual([
      { row: 10, column: '담당자', message: expect.stringContaining('담당자') },
      { row: 11, column: '금액(억원)', message: '수주 건은 계약 금액이 필요합니다' },
    ]);
    const opps = await db.opportunity.findMany({ include: { tierChanges: true, account: true }, orderBy: { name: 'asc' } });
    const by = Object.fromEntries(opps.map((o) => [o.name, o]));
    expect(by['차세대 ERP']).toMatchObject({ tier: 4, outcome: 'OPEN', externalKey: 'K-1', amount: expect.anything() });
    expect(by['차세대 ERP']!.amount!.toString()).toBe('1200000000');
    expect(by['차세대 ERP']!.tierChanges).toHaveLength(1);
    expect(by['차세대 ERP']!.tierChanges[0]!.changedAt.toISOString()).toBe('2026-08-31T15:00:00.000Z'); // 2026-09-01 in Korea
    expect(by['MES 고도화']!.accountId).toBe(existing.id); // 사업자등록번호 wins over the name
    expect(by['MES 고도화']!.unmetAtEntry).toEqual(['namedContact', 'need']);
    expect(by['클라우드 전환']).toMatchObject({ tier: 2, regionScope: 'OVERSEAS', country: 'VN' });
    expect(by['보안 관제']).toMatchObject({ tier: 1, bidNoticeNo: '20261201-001', bidRound: 1 });
    expect(by['스마트 팩토리']).toMatchObject({ tier: 0, outcome: 'WON' });
    expect(by['스마트 팩토리']!.contractAmount!.toString()).toBe('1500000000');
    expect(by['데이터 센터']).toMatchObject({ tier: 0, outcome: 'LOST' });
    expect(by['ITO 재계약']).toMatchObject({ tier: 0, outcome: 'NO_BID' });
    expect(by['AI 콜센터']).toMatchObject({ tier: 0, outcome: 'DROPPED' });
    expect(by['HR 시스템']).toMatchObject({ tier: 2 });
    expect(by['세종정보'] ?? by['보안 관제']!.accountId).toBe(by['클라우드 전환']!.accountId); // one 세종정보
    expect(by['AI 콜센터']!.accountId).toBe(by['차세대 ERP']!.accountId); // (주)한빛제조 = 한빛제조 by name
    expect(await db.tierChange.count()).toBe(10);
    expect(await db.account.count()).toBe(5); // 기존고객 + 한빛제조, 세종정보, 대한물산, 새고객
    expect(await db.auditLog.count({ where: { action: 'opportunity.import' } })).toBe(1);

    const csv = await errorsRoute(
      new NextRequest(`http://localhost/api/v1/opportunities/imports/${body.batchId}/errors.csv`, {
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve({ batchId: body.batchId }) },
    );
    expect(await csv.text()).toContain('10,담당자');

    const counts = async () => ({
      o: await db.opportunity.count(),
      t: await db.tierChange.count(),
      a: await db.account.count(),
      v: (await db.opportunity.aggregate({ _sum: { version: true } }))._sum.version,
    });
    const before = await counts();
    const again = await (await post(token, SHEET)).json();
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 10, failed: 2 });
    expect(await counts()).toEqual(before);

    // a changed amount updates the matched deal (never its tier)
    const changed = await (
      await post(token, SHEET.replace('차세대 ERP,(주)한빛제조,,rep1@firm.kr,Tier 4,12', '차세대 ERP,(주)한빛제조,,rep1@firm.kr,Tier 3,13'))
    ).json();
    expect(changed).toMatchObject({ created: 0, updated: 1, skipped: 9 });
    const erp = await db.opportunity.findFirstOrThrow({ where: { externalKey: 'K-1' } });
    expect(erp.amount!.toString()).toBe('1300000000');
    expect(erp.tier).toBe(4);
  });

  test('an undeclared amount unit refuses the file; a unit in a cell that differs from the declared one is a row error', async () => {
    const { token } = await setup();
    const noUnit = await post(token, '사업명,고객사,담당자,티어,금액\nA,B,rep1@firm.kr,4,12\n');
    expect(noUnit.status).toBe(422);
    expect(await db.importBatch.count({ where: { kind: 'PIPELINE', mapping: { not: null as never } } })).toBe(0);
    const declared = await (
      await post(token, '사업명,고객사,담당자,티어,금액\nA,B,rep1@firm.kr,4,1200백만원\nC,B,rep1@firm.kr,4,3억\n', '?amountUnit=EOK')
    ).json();
    expect(declared).toMatchObject({ created: 1, failed: 1 });
    expect(declared.errors[0]).toMatchObject({ row: 2, column: '금액' });
  });

  test('a rep may not import the pipeline', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const res = await post(await tokenFor(rep.id), SHEET);
    expect(res.status).toBe(403);
  });
});
