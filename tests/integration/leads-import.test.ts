// the app loads this before exceljs (instrumentation → runner → source); so does this test file
import '@/lib/server/import/exceljs-fix';
import { NextRequest } from 'next/server';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { POST as importRoute } from '@/app/api/v1/leads/import/route';
import { GET as statusRoute } from '@/app/api/v1/leads/imports/[batchId]/route';
import { GET as errorsRoute } from '@/app/api/v1/leads/imports/[batchId]/errors.csv/route';
import { resumeImports, runImport } from '@/lib/server/import/runner';
import { createUser, tokenFor } from '../factories';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function marketer() {
  const u = await createUser({ roles: ['MARKETER'] });
  return { user: u, token: await tokenFor(u.id) };
}

function post(token: string, body: Uint8Array | string, opts: { type?: string; query?: string } = {}) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return importRoute(
    new NextRequest(`http://localhost/api/v1/leads/import${opts.query ?? ''}`, {
      method: 'POST',
      body: bytes as BodyInit,
      headers: { authorization: `Bearer ${token}`, 'content-type': opts.type ?? 'text/csv', 'x-file-name': 'leads.csv' },
    }),
    { params: Promise.resolve({}) },
  );
}
const get = (route: typeof statusRoute, token: string, batchId: string, path = '') =>
  route(new NextRequest(`http://localhost/api/v1/leads/imports/${batchId}${path}`, { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({ batchId }),
  });

const GOOD_BAD = [
  '이메일,회사명,담당자명,전화번호,온도,출처,캠페인,예산,사업자등록번호,메모',
  'kim@hanbit.co.kr,한빛소프트,김민수,010-1234-5678,핫,세미나,2026 AI 세미나,1.2억,124-81-00998,',
  'bad-email,대한물산,이영희,02-123-4567,웜,웹페이지,,3000만,,',
  'park@daehan.com,대한물산,박준호,010-9999-8888,미지근,웹페이지,,,,', // bad temperature
  'lee@sejong.kr,세종정보,이수진,,Cold,블로그,,"1,200",,"여러 줄',
  '메모"',
  'choi@sejong.kr,세종정보,최유리,abc,웜,명함,,,,', // bad phone (row 7: the quoted newline took one record)
].join('\r\n');

describe('POST /api/v1/leads/import', () => {
  test('a CP949 CSV: good rows are written, bad rows reported with Excel row numbers, error file downloadable', async () => {
    const { token } = await marketer();
    const res = await post(token, Uint8Array.from(iconv.encode(GOOD_BAD, 'cp949')));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'done', created: 2, updated: 0, skipped: 0, failed: 3, processed: 5 });
    expect(body.errors).toEqual([
      { row: 3, column: '이메일', message: '이메일 형식이 올바르지 않습니다' },
      { row: 4, column: '온도', message: expect.stringContaining('온도') },
      { row: 6, column: '전화번호', message: '전화번호 형식이 올바르지 않습니다' },
    ]);
    const kim = await db.lead.findUniqueOrThrow({ where: { dedupeKey: 'e:kim@hanbit.co.kr' } });
    expect(kim).toMatchObject({
      company: '한빛소프트',
      name: '김민수',
      phone: '+821012345678',
      temperature: 'HOT',
      source: 'SEMINAR',
      businessRegistrationNo: '1248100998',
      status: 'MQL',
    });
    expect(kim.budget!.toString()).toBe('120000000');
    const lee = await db.lead.findUniqueOrThrow({ where: { dedupeKey: 'e:lee@sejong.kr' } });
    expect(lee.notes).toBe('여러 줄\n메모');
    expect(lee.budget!.toString()).toBe('1200');

    const csv = await get(errorsRoute, token, body.batchId, '/errors.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('행,열,사유');
    expect(text).toContain('3,이메일,이메일 형식이 올바르지 않습니다');
    expect(await db.auditLog.count({ where: { action: 'lead.import' } })).toBe(1);
  });

  test('importing the same file again writes nothing: 0 created, 0 updated, no version or audit change', async () => {
    const { token } = await marketer();
    const file = Uint8Array.from(iconv.encode(GOOD_BAD, 'cp949'));
    await post(token, file);
    const before = await db.lead.findMany({ orderBy: { id: 'asc' }, select: { id: true, version: true, updatedAt: true } });
    const audits = await db.auditLog.count();
    const again = await (await post(token, file)).json();
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, skipped: 2, failed: 3 });
    expect(await db.lead.findMany({ orderBy: { id: 'asc' }, select: { id: true, version: true, updatedAt: true } })).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
    expect(await db.importBatch.count()).toBe(2); // both runs stay in the history
  });

  test('a changed row fills empty fields, never blanks a filled one, never moves status back', async () => {
    const { token } = await marketer();
    await post(token, 'email,name,phone,company\nkim@acme.co.kr,김철수,,애크미\n');
    await db.lead.updateMany({ data: { status: 'SQL' } });
    const res = await (await post(token, 'email,name,phone,company,temperature\nKIM@acme.co.kr,,010-2222-3333,다른회사,warm\n')).json();
    expect(res).toMatchObject({ created: 0, updated: 1, skipped: 0 });
    const lead = await db.lead.findFirstOrThrow();
    expect(lead).toMatchObject({
      name: '김철수',
      phone: '+821022223333',
      company: '애크미',
      temperature: 'WARM',
      status: 'SQL',
      version: 2,
    });
  });

  test('dedupe within the file and by domain + company when there is no email', async () => {
    const { token } = await marketer();
    const res = await (
      await post(
        token,
        [
          'email,company,website',
          'a@x.co.kr,X,',
          'A@X.CO.KR,X,',
          ',엘지전자,https://www.lg.co.kr',
          ',(주)엘지전자,lg.co.kr',
          ',무명,',
        ].join('\n'),
      )
    ).json();
    expect(res).toMatchObject({ created: 2, skipped: 2, failed: 1 });
    expect(res.errors[0]).toMatchObject({ row: 6 });
    expect((await db.lead.findMany({ select: { dedupeKey: true }, orderBy: { dedupeKey: 'asc' } })).map((l) => l.dedupeKey)).toEqual([
      'd:lg.co.kr|엘지전자',
      'e:a@x.co.kr',
    ]);
  });

  test('dry run reports the counts and errors and writes no lead', async () => {
    const { token } = await marketer();
    await post(token, 'email\nold@x.com\n');
    const res = await (await post(token, 'email,phone\nold@x.com,010-1111-2222\nnew@x.com,\nbad,\n', { query: '?dryRun=true' })).json();
    expect(res).toMatchObject({ status: 'done', dryRun: true, created: 1, updated: 1, failed: 1 });
    expect(await db.lead.count()).toBe(1);
    expect((await db.lead.findFirstOrThrow()).phone).toBeNull();
  });

  test('an XLSX file (the first sheet) imports the same way', async () => {
    const { token } = await marketer();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('리드');
    ws.addRow(['Email', 'Company', 'Phone', 'Temperature', 'Budget']);
    ws.addRow(['x1@corp.kr', '코프', '010-1234-0001', 'Hot', 50000000]);
    ws.addRow(['x2@corp.kr', '코프', 'nope', 'Warm', '3000만']);
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await (await post(token, buf, { type: XLSX })).json();
    expect(res).toMatchObject({ status: 'done', created: 1, failed: 1, errors: [{ row: 3, column: 'Phone' }] });
  });

  test('a large Korean XLSX loses no character at chunk boundaries (exceljs decoding fixed)', async () => {
    const { token } = await marketer();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('리드');
    ws.addRow(['이메일', '회사명', '담당자명', '출처', '캠페인']);
    for (let i = 0; i < 20_000; i++)
      ws.addRow([
        `k${i}@한국.kr`.replace('한국', 'corp'),
        `주식회사 한빛정보통신 ${i}`,
        `홍길동${i}`,
        ['세미나', '웹페이지', '블로그', '화이트페이퍼'][i % 4],
        `가을 캠페인 ${i % 9}`,
      ]);
    const buf = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await (await post(token, buf, { type: XLSX, query: '?wait=30' })).json();
    expect(res).toMatchObject({ status: 'done', created: 20_000, failed: 0 });
    expect(await db.lead.count({ where: { company: { contains: '\uFFFD' } } })).toBe(0);
  });

  test.each([
    ['an empty file', '', 'text/csv', 422],
    ['header only', '이메일,회사명\r\n', 'text/csv', 422],
    ['a PDF named .csv', '%PDF-1.7\n%\u0000\u0001binary', 'text/csv', 422],
    ['no key column', 'name,phone\n김,010-1234-5678\n', 'text/csv', 422],
    ['not a zip but says xlsx', 'PK\u0003\u0004garbage', XLSX, 422],
    ['a JSON body', '{"a":1}', 'application/json', 415],
  ])('%s → an error status, clear message, no lead written', async (_l, body, type, status) => {
    const { token } = await marketer();
    const res = await post(token, body, { type });
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error.message).toEqual(expect.any(String));
    expect(JSON.stringify(json)).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(await db.lead.count()).toBe(0);
  });

  test('a zip bomb disguised as .xlsx is refused before it is inflated', async () => {
    const { token } = await marketer();
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', '0'.repeat((600 * 1024 * 1024) / 8)); // 75 MB of zeros, ratio ≫ 200
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const res = await post(token, bytes, { type: XLSX });
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/압축|unpacks/);
  });

  test('duplicate header names only warn; the first column wins', async () => {
    const { token } = await marketer();
    const res = await (await post(token, 'email,email,company\na@b.co.kr,c@d.co.kr,B\n')).json();
    expect(res).toMatchObject({ created: 1 });
    expect(await db.lead.findFirstOrThrow()).toMatchObject({ email: 'a@b.co.kr' });
  });

  test('a 10k-character cell and quoted newlines do not break the file', async () => {
    const { token } = await marketer();
    const res = await (await post(token, `email,notes\na@b.co.kr,"${'가'.repeat(10_000)}"\nc@d.co.kr,"x\ny"\n`)).json();
    expect(res).toMatchObject({ created: 1, failed: 1, errors: [{ row: 2, column: 'notes', message: '값이 너무 깁니다' }] });
  });

  test('only marketers and admins import; a sales rep gets 403 and nothing is stored', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const res = await post(await tokenFor(rep.id), 'email\na@b.co.kr\n');
    expect(res.status).toBe(403);
    expect(await db.importBatch.count()).toBe(0);
    const noAuth = await importRoute(
      new NextRequest('http://localhost/api/v1/leads/import', { method: 'POST', body: 'email\n', headers: { 'content-type': 'text/csv' } }),
      { params: Promise.resolve({}) },
    );
    expect(noAuth.status).toBe(401);
  });

  test('a large file answers 202 and the job finishes on its own; status reports progress', async () => {
    const { token } = await marketer();
    const rows = ['email,company,phone'];
    for (let i = 0; i < 30_000; i++)
      rows.push(
        `user${i}@corp${i % 50}.co.kr,회사${i % 50},010-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i % 10000).padStart(4, '0')}`,
      );
    const res = await post(token, rows.join('\n'), { query: '?wait=0' });
    expect(res.status).toBe(202);
    const first = await res.json();
    expect(['pending', 'running']).toContain(first.status);
    let s = first;
    for (let i = 0; i < 300 && s.status !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      s = await (await get(statusRoute, token, first.batchId)).json();
      expect(s.processed).toBeLessThanOrEqual(30_000);
    }
    expect(s).toMatchObject({ status: 'done', processed: 30_000, total: 30_000, created: 30_000 });
    expect(await db.lead.count()).toBe(30_000);
  });

  test('the job lives in PostgreSQL: a queued batch and one whose worker died are picked up again', async () => {
    const { token, user } = await marketer();
    const dry = await (await post(token, 'email\na@b.co.kr\nc@d.co.kr\n', { query: '?dryRun=true' })).json();
    expect(dry.status).toBe('done');
    const src = await db.importBatch.findUniqueOrThrow({ where: { id: dry.batchId } });
    // simulate a server that died mid-run: RUNNING with an old heartbeat
    const dead = await db.importBatch.create({
      data: {
        fileName: 'x.csv',
        fileSize: 1,
        format: 'csv',
        filePath: src.filePath,
        mapping: { email: 0 },
        status: 'RUNNING',
        heartbeatAt: new Date(Date.now() - 120_000),
        processed: 1,
        createdById: user.id,
      },
    });
    await runImport(dead.id); // a live lease would make this a no-op; a stale one is taken over
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({ status: 'DONE', created: 2 });
    const queued = await db.importBatch.create({
      data: { fileName: 'y.csv', fileSize: 1, format: 'csv', filePath: null, mapping: { email: 0 }, createdById: user.id },
    });
    await resumeImports();
    for (let i = 0; i < 50; i++) {
      const b = await db.importBatch.findUniqueOrThrow({ where: { id: queued.id } });
      if (b.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await db.importBatch.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: 'FAILED',
      message: expect.stringContaining('파일'),
    });
  });

  test('unknown batch → 404 in the error shape', async () => {
    const { token } = await marketer();
    const res = await get(statusRoute, token, '00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});
