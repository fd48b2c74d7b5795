import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES } from '@/lib/auth/permissions';
import { runAction } from '@/lib/server/action';
import { audit } from '@/lib/server/audit';
import { globalSearch } from '@/lib/server/commands/search';
import { SHORT_LEAD_SCAN } from '@/lib/db/queries/search';
import { listAudit } from '@/lib/server/commands/audit';
import { updateOpportunity } from '@/lib/server/commands/opportunities/update-opportunity';
import { auditQuerySchema } from '@/lib/validation/audit';
import { updateOpportunitySchema } from '@/lib/validation/opportunities';
import { searchQuerySchema } from '@/lib/validation/search';
import { GET as searchRoute } from '@/app/api/v1/search/route';
import { GET as auditRoute } from '@/app/api/v1/audit/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { GET as auditCsv } from '@/app/(app)/settings/audit/export/route';
import { createAccount, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function get(handler: Handler, token: string, url: string) {
  const res = await handler(new NextRequest(`http://localhost${url}`, { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({}),
  });
  return { status: res.status, json: await res.json() };
}
const kindsOf = (r: { groups: { kind: string; items: { title: string }[] }[] }) =>
  Object.fromEntries(r.groups.map((g) => [g.kind, g.items.map((i) => i.title)]));

async function world() {
  const rep = await createUser({ roles: ['SALES_REP'], name: '김영업' });
  const other = await createUser({ roles: ['SALES_REP'], name: '이영업' });
  const acc = await createAccount({ name: '한빛전자 Hanbit Electronics', businessRegistrationNo: '1234567890' });
  const opp = await createOpportunity({ ownerId: rep.id, accountId: acc.id, name: '차세대 물류시스템 구축 Logistics' });
  const contact = await db.contact.create({
    data: { accountId: acc.id, name: '박구매', title: '구매팀장', email: 'buyer@hanbit.example' },
  });
  const myLead = await db.lead.create({
    data: {
      dedupeKey: 'e:lead1@nuri.example',
      email: 'lead1@nuri.example',
      company: '누리소프트 Nurisoft',
      name: '최담당',
      ownerId: rep.id,
    },
  });
  const theirLead = await db.lead.create({
    data: { dedupeKey: 'e:lead2@nuri.example', email: 'lead2@nuri.example', company: '누리테크 Nuritech', ownerId: other.id },
  });
  // only lessons of published postmortems are searchable (drafts never reach the library)
  const postmortem = await db.postmortem.create({ data: { opportunityId: opp.id, status: 'PUBLISHED', createdById: rep.id } });
  const lesson = await db.lesson.create({
    data: {
      postmortemId: postmortem.id,
      title: '물류 입찰은 가격보다 납기',
      body: 'Delivery dates beat price in logistics bids',
      category: 'PRICE',
    },
  });
  return { rep, other, acc, opp, contact, myLead, theirLead, lesson };
}

describe('globalSearch and GET /api/v1/search', () => {
  test('finds each kind, in Korean and in English, with links to their pages', async () => {
    const w = await world();
    const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
    const ko = await globalSearch(db, admin, searchQuerySchema.parse({ q: '물류' }));
    expect(kindsOf(ko)).toEqual({ opportunity: ['차세대 물류시스템 구축 Logistics'], lesson: ['물류 입찰은 가격보다 납기'] });
    const opp = ko.groups.find((g) => g.kind === 'opportunity')!.items[0]!;
    expect(opp).toEqual({
      id: w.opp.id,
      title: '차세대 물류시스템 구축 Logistics',
      subtitle: '한빛전자 Hanbit Electronics',
      href: `/opportunities/${w.opp.id}`,
    });
    expect(kindsOf(await globalSearch(db, admin, { q: 'logistics', limit: 5 }))).toEqual({
      opportunity: ['차세대 물류시스템 구축 Logistics'],
      lesson: ['물류 입찰은 가격보다 납기'],
    });

    const acc = await globalSearch(db, admin, { q: 'hanbit', limit: 5 });
    expect(kindsOf(acc)).toEqual({ account: ['한빛전자 Hanbit Electronics'], contact: ['박구매'] });
    expect(acc.groups[0]!.items[0]!.href).toBe(`/accounts/${w.acc.id}`);
    expect(acc.groups[1]!.items[0]).toMatchObject({
      href: `/accounts/${w.acc.id}`,
      subtitle: '한빛전자 Hanbit Electronics · 구매팀장 · buyer@hanbit.example',
    });
    expect(kindsOf(await globalSearch(db, admin, { q: '123-45-67890', limit: 5 }))).toEqual({ account: ['한빛전자 Hanbit Electronics'] }); // 사업자등록번호
    expect(kindsOf(await globalSearch(db, admin, { q: '박구', limit: 5 }))).toEqual({ contact: ['박구매'] });

    const leads = await globalSearch(db, admin, { q: '누리', limit: 5 });
    expect(kindsOf(leads)).toEqual({ lead: ['누리소프트 Nurisoft', '누리테크 Nuritech'] });
    expect(leads.groups[0]!.items[0]!.href).toBe(`/leads?q=${encodeURIComponent('lead1@nuri.example')}`);
    expect(kindsOf(await globalSearch(db, admin, { q: 'NURISOFT', limit: 5 }))).toEqual({ lead: ['누리소프트 Nurisoft'] });
  });

  test('one Hangul syllable is a query; LIKE wildcards are text; nothing found → no groups', async () => {
    await world();
    const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
    expect(kindsOf(await globalSearch(db, admin, { q: '빛', limit: 5 }))).toEqual({ account: ['한빛전자 Hanbit Electronics'] });
    expect(await globalSearch(db, admin, { q: '%', limit: 5 })).toEqual({ groups: [] });
    expect(await globalSearch(db, admin, { q: '없는말', limit: 5 })).toEqual({ groups: [] });
  });

  test('respects the per-kind limit and ranks prefix matches first', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const acc = await createAccount({ name: '가온' });
    for (const n of ['서울 시청 3', '신 서울역 1', '서울 시청 1', '서울 시청 2', '대전 서울로 5'])
      await createOpportunity({ ownerId: rep.id, accountId: acc.id, name: n });
    const r = await globalSearch(db, sessionFor(rep), { q: '서울', limit: 3 });
    expect(kindsOf(r)).toEqual({ opportunity: ['서울 시청 1', '서울 시청 2', '서울 시청 3'] });
    const api = await get(searchRoute, await tokenFor(rep.id), `/api/v1/search?q=${encodeURIComponent('서울')}&limit=1`);
    expect(api.status).toBe(200);
    expect(kindsOf(api.json)).toEqual({ opportunity: ['서울 시청 1'] });
    expect(
      kindsOf((await get(searchRoute, await tokenFor(rep.id), `/api/v1/search?q=${encodeURIComponent('서울')}`)).json).opportunity,
    ).toHaveLength(5);
  });

  test('finds Q&A entries, competitors and experts (issue 12), with links to their pages; every reader of the tools finds them', async () => {
    const qa = await db.qaEntry.create({
      data: {
        needType: '클라우드 전환',
        industry: '제조',
        question: '기존 ERP도 클라우드로 옮길 수 있나요?',
        answer: '단계적 전환 사례로 답합니다.',
      },
    });
    const comp = await db.competitor.create({ data: { name: '한빛정보통신', strengths: '공공 레퍼런스' } });
    const expert = await db.expert.create({ data: { name: '정해진', field: '클라우드 보안', organization: '한빛보안연구소' } });
    const rep = sessionFor(await createUser({ roles: ['SALES_REP'] }));
    const cloud = await globalSearch(db, rep, { q: '클라우드', limit: 5 });
    expect(kindsOf(cloud)).toEqual({ qa: ['기존 ERP도 클라우드로 옮길 수 있나요?'], expert: ['정해진'] });
    const byKind = Object.fromEntries(cloud.groups.map((g) => [g.kind, g.items[0]]));
    expect(byKind.qa).toEqual({
      id: qa.id,
      title: '기존 ERP도 클라우드로 옮길 수 있나요?',
      subtitle: '클라우드 전환 · 제조',
      href: `/tools/qa?q=${encodeURIComponent('기존 ERP도 클라우드로 옮길 수 있나요?')}`,
    });
    expect(byKind.expert).toEqual({
      id: expert.id,
      title: '정해진',
      subtitle: '클라우드 보안 · 한빛보안연구소',
      href: `/tools/experts/${expert.id}`,
    });
    // by the answer text, the competitor's name (Korean, one syllable too), the expert's organisation
    expect(kindsOf(await globalSearch(db, rep, { q: '단계적', limit: 5 }))).toEqual({ qa: ['기존 ERP도 클라우드로 옮길 수 있나요?'] });
    const hanbit = await globalSearch(db, rep, { q: '한빛', limit: 5 });
    expect(kindsOf(hanbit)).toEqual({ competitor: ['한빛정보통신'], expert: ['정해진'] });
    expect(hanbit.groups.find((g) => g.kind === 'competitor')!.items[0]).toMatchObject({
      id: comp.id,
      subtitle: '공공 레퍼런스',
      href: `/tools/competitors/${comp.id}`,
    });
    expect(kindsOf(await globalSearch(db, rep, { q: '통', limit: 5 }))).toEqual({ competitor: ['한빛정보통신'] });
    expect(kindsOf(await globalSearch(db, rep, { q: 'erp', limit: 5 }))).toEqual({ qa: ['기존 ERP도 클라우드로 옮길 수 있나요?'] });
    // the tools are read with the pipeline (opportunity:read): a marketer and an executive find them through the API too
    for (const role of ['MARKETER', 'EXECUTIVE'] as const) {
      const api = await get(
        searchRoute,
        await tokenFor((await createUser({ roles: [role] })).id),
        `/api/v1/search?q=${encodeURIComponent('한빛')}`,
      );
      expect(api.status, role).toBe(200);
      expect(kindsOf(api.json), role).toEqual({ competitor: ['한빛정보통신'], expert: ['정해진'] });
    }
  });

  test('a rep finds only the leads assigned to them (the inbox scope)', async () => {
    const w = await world();
    const r = await globalSearch(db, sessionFor(w.rep), { q: '누리', limit: 5 });
    expect(kindsOf(r)).toEqual({ lead: ['누리소프트 Nurisoft'] });
    const manager = await globalSearch(db, sessionFor(await createUser({ roles: ['SALES_MANAGER'] })), { q: '누리', limit: 5 });
    expect(kindsOf(manager).lead).toHaveLength(2);
  });

  test('bad input → 400 with fields (API) and VALIDATION (action); every role may search', async () => {
    const u = await createUser({ roles: ['VRB_MEMBER'] });
    const token = await tokenFor(u.id);
    for (const url of [
      '/api/v1/search',
      '/api/v1/search?q=',
      '/api/v1/search?q=%20%20',
      '/api/v1/search?q=a&limit=0',
      '/api/v1/search?q=a&limit=21',
      '/api/v1/search?q=a&limit=x',
      `/api/v1/search?q=${'가'.repeat(401)}`,
      '/api/v1/search?q=a&extra=1',
    ]) {
      const r = await get(searchRoute, token, url);
      expect(r.status, url).toBe(400);
      expect(r.json.error.code).toBe('VALIDATION');
    }
    const bad = await runAction(sessionFor(u), { schema: searchQuerySchema, permission: 'opportunity:read' }, { q: '' }, async () => 'ran');
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION' });
    for (const role of ROLES) {
      const user = await createUser({ roles: [role] });
      expect((await get(searchRoute, await tokenFor(user.id), '/api/v1/search?q=x')).status, role).toBe(200);
    }
  });
});

test('a one- or two-character query reads only the newest SHORT_LEAD_SCAN leads; three characters reach every lead', async () => {
  const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
  await db.lead.create({
    data: { dedupeKey: 'e:old@cube.example', email: 'old@cube.example', company: '큐브상사', createdAt: new Date('2020-01-01T00:00:00Z') },
  });
  expect(kindsOf(await globalSearch(db, admin, { q: '큐', limit: 5 }))).toEqual({ lead: ['큐브상사'] });
  await db.$executeRaw`INSERT INTO "Lead" ("dedupeKey", company, "createdAt", "updatedAt")
    SELECT 'd:filler' || g, '필러 ' || g, now() - g * interval '1 second', now() FROM generate_series(1, ${SHORT_LEAD_SCAN}) g`;
  expect(await globalSearch(db, admin, { q: '큐', limit: 5 })).toEqual({ groups: [] });
  expect(await globalSearch(db, admin, { q: '큐브', limit: 5 })).toEqual({ groups: [] });
  expect(kindsOf(await globalSearch(db, admin, { q: '큐브상', limit: 5 }))).toEqual({ lead: ['큐브상사'] });
});

describe('listAudit and GET /api/v1/audit', () => {
  async function rows(n: number, actors: string[]) {
    // half of them share one timestamp on purpose: the keyset must break ties by id
    await db.auditLog.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        actorId: actors[i % actors.length]!,
        action: i % 3 === 0 ? 'opportunity.update' : 'lead.qualify',
        entityType: i % 3 === 0 ? 'Opportunity' : 'Lead',
        entityId: `e${i % 4}`,
        before: { n: i },
        after: { n: i + 1 },
        at: new Date(i % 2 === 0 ? '2026-11-20T03:00:00Z' : `2026-11-21T0${i % 10}:00:00Z`),
      })),
    });
  }

  async function walk(session: Parameters<typeof listAudit>[1], filter: Record<string, string>, limit: number) {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAudit(db, session, auditQuerySchema.parse({ ...filter, limit, cursor }));
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      expect(++pages).toBeLessThan(100);
    } while (cursor);
    return seen;
  }

  test('pages cover every matching row exactly once, newest first, under each filter', async () => {
    const a = await createUser({ roles: ['ADMIN'] });
    const b = await createUser({ roles: ['SALES_REP'] });
    await rows(23, [a.id, b.id]);
    const admin = sessionFor(a);
    const all = await db.auditLog.findMany({ orderBy: [{ at: 'desc' }, { id: 'desc' }] });
    const cases: [Record<string, string>, (r: (typeof all)[number]) => boolean][] = [
      [{}, () => true],
      [{ actor: b.id }, (r) => r.actorId === b.id],
      [{ entityType: 'Lead' }, (r) => r.entityType === 'Lead'],
      [{ entityType: 'Lead', entityId: 'e1' }, (r) => r.entityType === 'Lead' && r.entityId === 'e1'],
      [{ action: 'opportunity' }, (r) => r.action.startsWith('opportunity.')],
      [{ action: 'lead.qualify', actor: a.id }, (r) => r.action === 'lead.qualify' && r.actorId === a.id],
      [{ from: '2026-11-20', to: '2026-11-20' }, (r) => r.at.toISOString().startsWith('2026-11-20')],
      [{ to: '2026-11-19' }, () => false],
    ];
    for (const [filter, keep] of cases) {
      const want = all.filter(keep).map((r) => r.id.toString());
      for (const limit of [1, 4, 50]) expect(await walk(admin, filter, limit), JSON.stringify({ filter, limit })).toEqual(want);
    }
  });

  test('an opportunity edit shows its before → after (changed keys only) with a link; the API serves the same page', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const opp = await createOpportunity({ ownerId: rep.id, name: '감사 대상 사업' });
    await updateOpportunity(
      db,
      sessionFor(rep),
      updateOpportunitySchema.parse({ opportunityId: opp.id, version: opp.version, nextStep: '견적 제출' }),
    );
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const page = await listAudit(db, sessionFor(exec), auditQuerySchema.parse({ entityType: 'Opportunity', entityId: opp.id }));
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      actorId: rep.id,
      actorName: rep.name,
      action: 'opportunity.update',
      entityLabel: '감사 대상 사업',
      href: `/opportunities/${opp.id}`,
    });
    expect(page.items[0]!.changes).toHaveLength(2);
    expect(page.items[0]!.changes).toEqual(
      expect.arrayContaining([
        { key: 'nextStep', before: null, after: '견적 제출' },
        { key: 'version', before: 1, after: 2 },
      ]),
    );
    const api = await get(auditRoute, await tokenFor(exec.id), `/api/v1/audit?entityType=Opportunity&entityId=${opp.id}`);
    expect(api.status).toBe(200);
    expect(api.json).toEqual(JSON.parse(JSON.stringify(page)));
  });

  test('roles without audit:read get 403 from the API and FORBIDDEN from the action; bad filters → 400', async () => {
    await audit(db, { actorId: null, action: 'x.y', entityType: 'Setting', entityId: 's' });
    for (const role of ROLES) {
      const u = await createUser({ roles: [role] });
      const api = await get(auditRoute, await tokenFor(u.id), '/api/v1/audit?entityType=Setting');
      const action = await runAction(
        sessionFor(u),
        { schema: auditQuerySchema, permission: 'audit:read' },
        { entityType: 'Setting' },
        ({ session, input }) => listAudit(db, session, input),
      );
      if (can([role], 'audit:read')) {
        expect(api.status, role).toBe(200);
        expect(api.json.items).toHaveLength(1);
        expect(action.ok, role).toBe(true);
      } else {
        expect(api.status, role).toBe(403);
        expect(api.json.error.code).toBe('FORBIDDEN');
        expect(action).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
    }
    const token = await tokenFor((await createUser({ roles: ['ADMIN'] })).id);
    for (const url of [
      '/api/v1/audit?cursor=nope',
      '/api/v1/audit?actor=not-a-uuid',
      '/api/v1/audit?from=2026-13-01',
      '/api/v1/audit?from=2026-11-02&to=2026-11-01',
      '/api/v1/audit?limit=1000',
      '/api/v1/audit?action=a%27b',
      '/api/v1/audit?other=1',
    ]) {
      const r = await get(auditRoute, token, url);
      expect(r.status, url).toBe(400);
      expect(r.json.error.code).toBe('VALIDATION');
    }
  });

  test('CSV export: the filtered rows, formula-like cells neutralised; 403 without audit:read', async () => {
    const rep = await createUser({ roles: ['SALES_REP'], name: '@담당자' });
    const opp = await createOpportunity({ ownerId: rep.id, name: '=HYPERLINK("http://x")' });
    await audit(db, {
      actorId: rep.id,
      action: 'opportunity.update',
      entityType: 'Opportunity',
      entityId: opp.id,
      before: { amount: '100' },
      after: { amount: '200', nextStep: '-1 단계' },
    });
    await audit(db, { actorId: rep.id, action: 'lead.qualify', entityType: 'Lead', entityId: 'x', before: {}, after: {} });
    const admin = await createUser({ roles: ['ADMIN'] });
    const res = await auditCsv(
      new NextRequest(`http://localhost/settings/audit/export?entityType=Opportunity`, {
        headers: { authorization: `Bearer ${await tokenFor(admin.id)}`, 'accept-language': 'ko-KR' },
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2); // header + the one Opportunity row
    expect(lines[0]).toBe('시각,사용자,작업,대상,변경 내용,entityType,entityId');
    expect(lines[1]).toContain(
      `,'@담당자,opportunity.update,"'=HYPERLINK(""http://x"")",amount: 100 → 200; nextStep: — → -1 단계,Opportunity,${opp.id}`,
    );
    const exec = await createUser({ roles: ['SALES_MANAGER'] });
    const refused = await auditCsv(
      new NextRequest('http://localhost/settings/audit/export', { headers: { authorization: `Bearer ${await tokenFor(exec.id)}` } }),
      { params: Promise.resolve({}) },
    );
    expect(refused.status).toBe(403);
  });

  test('the command itself refuses a session without audit:read (not only its wrappers)', async () => {
    await rows(3, [(await createUser()).id]);
    for (const role of ROLES.filter((r) => !can([r], 'audit:read'))) {
      await expect(listAudit(db, sessionFor(await createUser({ roles: [role] })), auditQuerySchema.parse({}))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    const admin = sessionFor(await createUser({ roles: ['ADMIN'] }));
    expect((await listAudit(db, admin, auditQuerySchema.parse({}))).items).toHaveLength(3);
  });

  test('both operations are in the OpenAPI document', async () => {
    const doc = await openapi().json();
    expect(doc.paths['/api/v1/search'].get).toBeTruthy();
    expect(doc.paths['/api/v1/audit'].get).toBeTruthy();
  });
});
