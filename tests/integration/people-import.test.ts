import '@/lib/server/import/exceljs-fix';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { ROLES, can } from '@/lib/auth/permissions';
import { POST as importRoute } from '@/app/api/v1/users/import/route';
import { GET as statusRoute } from '@/app/api/v1/users/imports/[batchId]/route';
import { GET as errorsRoute } from '@/app/api/v1/users/imports/[batchId]/errors.csv/route';
import { POST as linksRoute } from '@/app/api/v1/users/imports/[batchId]/setup-links/route';
import { completeSetup } from '@/lib/server/commands/people';
import { hashSetupToken } from '@/lib/server/commands/people/shared';
import { callApi } from '../setup/api-contract';
import { createUser, tokenFor } from '../factories';

// Bulk people import (issue 10): the lead import's machinery (upload, dry run, job, error file)
// over a plan by email. Every response is held to the OpenAPI contract.

const post = (token: string, csv: string, query = '') =>
  callApi(importRoute, `/api/v1/users/import${query}`, {
    method: 'POST',
    token,
    body: new TextEncoder().encode('\uFEFF' + csv),
    headers: { 'content-type': 'text/csv', 'x-file-name': 'people.csv' },
  });

const SHEET = [
  '이름,이메일,역할,팀,관리자 이메일',
  '박팀장,Park@Firm.kr,영업관리자,영업1팀,ceo@firm.kr', // row 2: manager further down the file
  '김영업,kim@firm.kr,"영업대표, VRB 위원",영업1팀,park@firm.kr',
  '이마케,lee@firm.kr,마케터,마케팅팀,',
  '최대표,ceo@firm.kr,경영진,,',
  '중복,kim@firm.kr,영업대표,,', // row 6: repeated email
  '유령부하,ghost-report@firm.kr,영업대표,,nobody@firm.kr', // row 7: unknown manager
  '순환A,a@firm.kr,영업관리자,,b@firm.kr', // rows 8-9: a loop
  '순환B,b@firm.kr,영업관리자,,a@firm.kr',
  '사장님,boss@firm.kr,사장,,', // row 10: unknown role
].join('\r\n');

describe('POST /api/v1/users/import', () => {
  test('a dry run writes nothing; the run creates people with teams and managers; row errors carry Excel rows; a re-import writes nothing', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const token = await tokenFor(admin.id);
    const before = await db.user.count();

    const dry = await post(token, SHEET, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ status: 'done', dryRun: true, processed: 9, created: 4, failed: 5 });
    expect(await db.user.count()).toBe(before);
    expect(await db.team.count()).toBe(0);

    const run = await post(token, SHEET);
    expect(run.status).toBe(200);
    expect(run.json).toMatchObject({ status: 'done', dryRun: false, processed: 9, created: 4, updated: 0, skipped: 0, failed: 5 });
    expect(run.json.errors.map((e: { row: number; column?: string }) => [e.row, e.column])).toEqual([
      [6, '이메일'],
      [7, '관리자 이메일'],
      [8, '관리자 이메일'],
      [9, '관리자 이메일'],
      [10, '역할'],
    ]);
    const people = await db.user.findMany({
      where: { email: { in: ['park@firm.kr', 'kim@firm.kr', 'lee@firm.kr', 'ceo@firm.kr'] } },
      include: { team: true, manager: true },
      orderBy: { email: 'asc' },
    });
    const by = Object.fromEntries(people.map((u) => [u.email, u]));
    expect(by['park@firm.kr']).toMatchObject({
      name: '박팀장',
      roles: ['SALES_MANAGER'],
      team: { name: '영업1팀' },
      manager: { email: 'ceo@firm.kr' },
    });
    expect(by['kim@firm.kr']).toMatchObject({ roles: ['SALES_REP', 'VRB_MEMBER'], manager: { email: 'park@firm.kr' } });
    expect(by['lee@firm.kr']).toMatchObject({ team: { name: '마케팅팀' }, managerId: null });
    expect(await db.user.count({ where: { email: { in: ['a@firm.kr', 'b@firm.kr', 'ghost-report@firm.kr', 'boss@firm.kr'] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'user.import' } })).toBe(1);

    // the error file: row as Excel shows it, column, reason
    const csv = await callApi(errorsRoute, `/api/v1/users/imports/${run.json.batchId}/errors.csv`, {
      token,
      params: { batchId: run.json.batchId },
    });
    expect(csv.text).toContain('6,이메일,파일에서 이미 앞 행에 나온 이메일입니다');
    const status = await callApi(statusRoute, `/api/v1/users/imports/${run.json.batchId}`, {
      token,
      params: { batchId: run.json.batchId },
    });
    expect(status.json).toMatchObject({ status: 'done', created: 4 });

    // idempotent by email: the same file again changes nothing
    const users = await db.user.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: 'asc' } });
    const again = await post(token, SHEET);
    expect(again.json).toMatchObject({ created: 0, updated: 0, skipped: 4, failed: 5 });
    expect(await db.user.findMany({ select: { id: true, version: true, updatedAt: true }, orderBy: { id: 'asc' } })).toEqual(users);
    expect(await db.auditLog.count({ where: { action: 'user.import' } })).toBe(1);

    // a changed row updates that person only
    const changed = await post(
      token,
      SHEET.replace('이마케,lee@firm.kr,마케터,마케팅팀,', '이마케,lee@firm.kr,"마케터, 영업대표",마케팅팀,park@firm.kr'),
    );
    expect(changed.json).toMatchObject({ created: 0, updated: 1, skipped: 3 });
    expect(await db.user.findUniqueOrThrow({ where: { email: 'lee@firm.kr' }, include: { manager: true } })).toMatchObject({
      roles: ['SALES_REP', 'MARKETER'],
      manager: { email: 'park@firm.kr' },
    });
  }, 120_000);

  test('300 people in one file: a CEO, 19 managers, 280 reps', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const token = await tokenFor(admin.id);
    const lines = ['name,email,role,team,manager', 'CEO,ceo300@firm.kr,executive,,'];
    for (let m = 0; m < 19; m++) lines.push(`Manager ${m},m${m}@firm.kr,sales manager,Team ${m},ceo300@firm.kr`);
    for (let i = 0; i < 280; i++) lines.push(`Rep ${i},r${i}@firm.kr,sales rep,Team ${i % 19},m${i % 19}@firm.kr`);
    const r = await post(token, lines.join('\n'));
    expect(r.json).toMatchObject({ status: 'done', processed: 300, created: 300, failed: 0 });
    expect(await db.team.count()).toBe(19);
    expect(await db.user.count({ where: { manager: { email: 'm7@firm.kr' } } })).toBe(15);
  }, 60_000);

  test('a mapping without the roles column is refused before anything runs; only admins reach the route', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const r = await post(await tokenFor(admin.id), '이름,이메일\n김,kim2@firm.kr');
    expect(r.status).toBe(422);
    for (const role of ROLES.filter((x) => !can([x], 'users:manage'))) {
      const u = await createUser({ roles: [role] });
      expect((await post(await tokenFor(u.id), SHEET)).status).toBe(403);
    }
    expect(await db.user.count({ where: { email: 'kim@firm.kr' } })).toBe(0);
  }, 60_000);

  test('the setup links of the people an import created: made when asked, only hashes stored, 72 h, single use; asking again voids the earlier ones', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const token = await tokenFor(admin.id);
    const links = (batchId: string, format: string, t = token) =>
      callApi(linksRoute, `/api/v1/users/imports/${batchId}/setup-links?format=${format}`, {
        method: 'POST',
        token: t,
        params: { batchId },
      });

    const dry = await post(token, SHEET, '?dryRun=true');
    expect((await links(dry.json.batchId, 'json')).status).toBe(422); // a dry run created nobody
    const run = await post(token, SHEET);
    expect(await db.userSetupToken.count()).toBe(0); // nothing until the admin asks

    const before = Date.now();
    const first = await links(run.json.batchId, 'json');
    expect(first.status).toBe(200);
    expect(first.json.links.map((l: { email: string }) => l.email)).toEqual(['park@firm.kr', 'kim@firm.kr', 'lee@firm.kr', 'ceo@firm.kr']);
    const l0 = first.json.links[0] as { name: string; setupUrl: string; setupExpiresAt: string };
    expect(l0.name).toBe('박팀장');
    expect(l0.setupUrl).toMatch(/^http:\/\/localhost\/setup\/[A-Za-z0-9_-]{43}$/);
    const ttl = new Date(l0.setupExpiresAt).getTime() - before;
    expect(ttl).toBeGreaterThan(72 * 3600e3 - 60e3);
    expect(ttl).toBeLessThanOrEqual(72 * 3600e3 + 60e3);
    const firstTokens = first.json.links.map((l: { setupUrl: string }) => l.setupUrl.split('/setup/')[1]!) as string[];
    const stored = await db.userSetupToken.findMany({ where: { usedAt: null } });
    expect(stored.map((s) => s.tokenHash).sort()).toEqual(firstTokens.map(hashSetupToken).sort()); // only the hashes
    const audited = await db.auditLog.findFirstOrThrow({ where: { action: 'user.import_setup_links' } });
    expect(audited).toMatchObject({ actorId: admin.id, entityType: 'ImportBatch', entityId: run.json.batchId });
    for (const t of firstTokens) expect(JSON.stringify(audited.after)).not.toContain(t);

    // asked again, as a file: new links, the earlier unused ones stop working
    const again = await links(run.json.batchId, 'csv');
    expect(again.status).toBe(200);
    const lines = again.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('이름,이메일,설정 링크,만료 시각');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^박팀장,park@firm\.kr,http:\/\/localhost\/setup\/[A-Za-z0-9_-]{43},\d{4}\. /);
    const GOOD = 'correct horse battery staple 42';
    await expect(completeSetup(db, { token: firstTokens[0]!, password: GOOD, confirm: GOOD })).rejects.toMatchObject({
      key: 'people.errors.setup.used',
    });
    const newToken = lines[1]!.split(',')[2]!.split('/setup/')[1]!;
    await completeSetup(db, { token: newToken, password: GOOD, confirm: GOOD });
    await expect(completeSetup(db, { token: newToken, password: GOOD, confirm: GOOD })).rejects.toMatchObject({
      key: 'people.errors.setup.used',
    });
    expect(await db.auditLog.count({ where: { action: 'user.import_setup_links' } })).toBe(2);

    // admins only
    const rep = await createUser({ roles: ['SALES_MANAGER'] });
    expect((await links(run.json.batchId, 'json', await tokenFor(rep.id))).status).toBe(403);
  }, 120_000);
});
