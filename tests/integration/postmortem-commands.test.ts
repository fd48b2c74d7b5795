// Over 400 lines on purpose: every postmortem command through its API route on one shared set of
// closed deals (create, update, stale version, publish, amendments, action items, refusals).
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES, type Role } from '@/lib/auth/permissions';
import { runAction } from '@/lib/server/action';
import { DomainError } from '@/lib/server/errors';
import { savePostmortem, searchLessons } from '@/lib/server/commands/postmortems';
import { savePostmortemSchema } from '@/lib/validation/postmortems';
import { POST as savePm } from '@/app/api/v1/opportunities/[id]/postmortem/route';
import { GET as listLessons } from '@/app/api/v1/lessons/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { callApi, type ApiCall } from '../setup/api-contract';
import { createAccount, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

type Handler = Parameters<typeof callApi>[0];
const call = (handler: Handler, token: string, url: string, opts: Omit<ApiCall, 'token'> = {}) => callApi(handler, url, { ...opts, token });
const post = (token: string, oppId: string, body: unknown) =>
  call(savePm, token, `/api/v1/opportunities/${oppId}/postmortem`, { method: 'POST', body, params: { id: oppId } });

async function closedOpp(
  ownerId: string,
  opts: { outcome?: 'WON' | 'LOST' | 'NO_BID' | 'DROPPED'; accountId?: string; businessCategoryId?: string } = {},
) {
  const o = await createOpportunity({ ownerId, accountId: opts.accountId, tier: 0, outcome: opts.outcome ?? 'LOST' });
  return db.opportunity.update({
    where: { id: o.id },
    data: { closedAt: new Date('2026-10-01T00:00:00Z'), lastOpenTier: 1, businessCategoryId: opts.businessCategoryId },
  });
}
const counts = async () => ({
  pm: await db.postmortem.count(),
  lessons: await db.lesson.count(),
  actions: await db.actionItem.count(),
  attendees: await db.postmortemAttendee.count(),
  audit: await db.auditLog.count({ where: { entityType: 'Postmortem' } }),
});

describe('POST /api/v1/opportunities/{id}/postmortem', () => {
  test('create → 201: the blameless record, lessons tagged with customer, category and competitor; one audit row', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const colleague = await createUser({ roles: ['SALES_MANAGER'], name: '참석 매니저' });
    const comp = await db.competitor.create({ data: { name: 'MegaSoft' } });
    const cat = await db.businessCategory.create({ data: { code: 'IT', nameKo: 'IT 서비스', nameEn: 'IT services' } });
    const opp = await closedOpp(rep.id, { businessCategoryId: cat.id });
    const r = await post(await tokenFor(rep.id), opp.id, {
      status: 'PUBLISHED',
      summary: '최종 가격 평가에서 7.5% 차이로 실주',
      wentWell: '기술 평가 1위',
      wentWrong: '가격 확인이 입찰 직전에야 이루어졌다',
      rootCauses: ['PRICE', 'TIMING'],
      competitorId: comp.id,
      priceGap: 7.5,
      attendees: [rep.id, colleague.id],
      lessons: [
        {
          title: '가격 제안 전에 예산 확인',
          body: 'Confirm the budget before the pricing proposal',
          category: 'PRICE',
          competitorId: comp.id,
        },
      ],
      actionItems: [{ title: '가격 검토 절차를 입찰 2주 전으로', ownerId: colleague.id, dueDate: '2026-12-15' }],
    });
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      opportunityId: opp.id,
      status: 'PUBLISHED',
      rootCauses: ['PRICE', 'TIMING'],
      competitorId: comp.id,
      priceGap: 7.5,
      version: 1,
      warnings: [],
      actionItems: [{ title: '가격 검토 절차를 입찰 2주 전으로', ownerId: colleague.id, dueDate: '2026-12-15', doneAt: null }],
    });
    expect(r.json.heldAt).toBeTruthy();
    expect([...r.json.attendees].sort()).toEqual([rep.id, colleague.id].sort());
    // blameless: nothing in the record names a responsible person
    expect(Object.keys(r.json).filter((k) => /responsib|owner|blame|fault/i.test(k))).toEqual([]);
    const lesson = await db.lesson.findFirstOrThrow({ where: { postmortemId: r.json.id } });
    expect(lesson).toMatchObject({ accountId: opp.accountId, businessCategoryId: cat.id, competitorId: comp.id, category: 'PRICE' });
    const audits = await db.auditLog.findMany({ where: { entityType: 'Postmortem', entityId: r.json.id } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([['postmortem.create', rep.id]]);
  });

  test('update with the current version → 200, version +1; kept lessons keep their id, removed ones go, action state survives', async () => {
    const rep = await createUser();
    const token = await tokenFor(rep.id);
    const opp = await closedOpp(rep.id, { outcome: 'WON' });
    const c = await post(token, opp.id, {
      summary: '초안',
      lessons: [
        { title: 'A', body: 'a', category: 'RELATIONSHIP' },
        { title: 'B', body: 'b', category: 'OTHER' },
      ],
      actionItems: [{ title: 'X', ownerId: rep.id, dueDate: '2026-12-31' }],
    });
    expect(c.status).toBe(201);
    expect(c.json.status).toBe('DRAFT');
    expect(c.json.heldAt).toBeNull();
    const [a] = c.json.lessons as { id: string; title: string }[];
    await db.actionItem.update({ where: { id: c.json.actionItems[0].id }, data: { doneAt: new Date() } });

    const u = await post(token, opp.id, {
      version: 1,
      status: 'PUBLISHED',
      summary: '수주: 관계 구축이 주효',
      rootCauses: ['RELATIONSHIP'],
      lessons: [
        { id: a!.id, title: 'A (수정)', body: 'a2', category: 'RELATIONSHIP' },
        { title: 'C', category: 'SOLUTION_FIT' },
      ],
      actionItems: [{ id: c.json.actionItems[0].id, title: 'X (수정)', ownerId: rep.id, dueDate: '2026-12-31' }],
    });
    expect(u.status).toBe(200);
    expect(u.json).toMatchObject({ id: c.json.id, version: 2, status: 'PUBLISHED', summary: '수주: 관계 구축이 주효' });
    expect(u.json.lessons.map((l: { title: string }) => l.title).sort()).toEqual(['A (수정)', 'C']);
    expect(u.json.lessons.find((l: { title: string }) => l.title === 'A (수정)').id).toBe(a!.id);
    expect(u.json.actionItems).toHaveLength(1);
    expect(u.json.actionItems[0].doneAt).not.toBeNull();
    expect(u.json.heldAt).toBeTruthy();
    expect(await db.lesson.count()).toBe(2);
    expect((await db.auditLog.findMany({ where: { entityId: c.json.id }, orderBy: { at: 'asc' } })).map((x) => x.action)).toEqual([
      'postmortem.create',
      'postmortem.update',
    ]);
  });

  test('stale version → 409 with the current record; nothing overwritten', async () => {
    const rep = await createUser();
    const token = await tokenFor(rep.id);
    const opp = await closedOpp(rep.id);
    await post(token, opp.id, { summary: '첫 버전' });
    expect((await post(token, opp.id, { version: 1, summary: '두 번째' })).status).toBe(200);
    const before = await counts();
    const stale = await post(token, opp.id, { version: 1, summary: '덮어쓰기 시도', lessons: [{ title: 'L', category: 'PRICE' }] });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('CONFLICT');
    expect(stale.json.current).toMatchObject({ summary: '두 번째', version: 2 });
    expect(await counts()).toEqual(before);
    expect((await db.postmortem.findUniqueOrThrow({ where: { opportunityId: opp.id } })).summary).toBe('두 번째');
  });

  test('an existing postmortem without a version (someone created it meanwhile) → 409, not an overwrite', async () => {
    const rep = await createUser();
    const token = await tokenFor(rep.id);
    const opp = await closedOpp(rep.id);
    await post(token, opp.id, { summary: '먼저 작성' });
    const r = await post(token, opp.id, { summary: '나중 작성' });
    expect(r.status).toBe(409);
    expect(r.json.current.summary).toBe('먼저 작성');
  });

  test('two simultaneous creates: one 201, the other 409 with the first', async () => {
    const rep = await createUser();
    const token = await tokenFor(rep.id);
    const opp = await closedOpp(rep.id);
    const rs = await Promise.all([post(token, opp.id, { summary: 'one' }), post(token, opp.id, { summary: 'two' })]);
    expect(rs.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await db.postmortem.count()).toBe(1);
  });

  test.each([1, 2, 3, 4])('an opportunity at Tier %i → 422, nothing written', async (tier) => {
    const rep = await createUser();
    const opp = await createOpportunity({ ownerId: rep.id, tier });
    const before = await counts();
    const r = await post(await tokenFor(rep.id), opp.id, { summary: '아직 진행 중' });
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('UNPROCESSABLE');
    expect(r.json.error.message).toContain('Tier 0');
    expect(await counts()).toEqual(before);
  });

  test.each(['WON', 'LOST', 'NO_BID', 'DROPPED'] as const)('every Tier 0 outcome may have one (%s)', async (outcome) => {
    const rep = await createUser();
    const opp = await closedOpp(rep.id, { outcome });
    expect((await post(await tokenFor(rep.id), opp.id, {})).status).toBe(201);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a responsible-person field does not exist', { responsiblePersonId: '00000000-0000-4000-8000-000000000001' }, ['responsiblePersonId']],
    ['unknown root cause', { rootCauses: ['BAD_LUCK'] }, ['rootCauses.0']],
    ['lesson without a title', { lessons: [{ title: '  ', category: 'PRICE' }] }, ['lessons.0.title']],
    ['lesson without a category', { lessons: [{ title: 'x' }] }, ['lessons.0.category']],
    ['action item with a bad date', { actionItems: [{ title: 'x', dueDate: '2026-13-40' }] }, ['actionItems.0.dueDate']],
    ['price gap out of range', { priceGap: -150 }, ['priceGap']],
    ['publishing an empty record', { status: 'PUBLISHED' }, ['summary', 'rootCauses']],
    ['duplicate root causes', { rootCauses: ['PRICE', 'PRICE'] }, ['rootCauses']],
    ['an attendee who is not a user', { attendees: ['00000000-0000-4000-8000-000000000009'] }, ['attendees.0']],
    ['an unknown competitor', { competitorId: '00000000-0000-4000-8000-000000000009' }, ['competitorId']],
    [
      "another postmortem's lesson id",
      { lessons: [{ id: '00000000-0000-4000-8000-000000000009', title: 'x', category: 'PRICE' }] },
      ['lessons.0.id'],
    ],
  ])('%s → 400 with fields, nothing written', async (_name, body, paths) => {
    const rep = await createUser();
    const opp = await closedOpp(rep.id);
    const before = await counts();
    const r = await post(await tokenFor(rep.id), opp.id, body);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('VALIDATION');
    expect(r.json.error.fields.map((f: { path: string }) => f.path)).toEqual(paths);
    expect(r.json.error.fields.every((f: { message: string }) => f.message.length > 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  test("another rep's deal is refused (403: readable, not theirs); the rep's manager and an admin may write it; another team's manager may not", async () => {
    const manager = await createUser({ roles: ['SALES_MANAGER'] });
    const otherManager = await createUser({ roles: ['SALES_MANAGER'] });
    const rep = await createUser({ managerId: manager.id });
    const otherRep = await createUser();
    const admin = await createUser({ roles: ['ADMIN'] });
    const opp = await closedOpp(rep.id);
    const before = await counts();
    for (const u of [otherRep, otherManager]) {
      const r = await post(await tokenFor(u.id), opp.id, { summary: '남의 건' });
      expect(r.status).toBe(403);
    }
    expect(await counts()).toEqual(before);
    expect((await post(await tokenFor(manager.id), opp.id, { summary: '팀장 작성' })).status).toBe(201);
    expect((await post(await tokenFor(admin.id), opp.id, { summary: '관리자 수정', version: 1 })).status).toBe(200);
  });

  test('blame-like wording comes back as warnings; the record is saved anyway', async () => {
    const rep = await createUser();
    const opp = await closedOpp(rep.id);
    const r = await post(await tokenFor(rep.id), opp.id, {
      wentWrong: '김대리의 잘못으로 제출이 늦었다',
      lessons: [{ title: 'x', body: 'Kim was at fault', category: 'OTHER' }],
    });
    expect(r.status).toBe(201);
    expect(r.json.warnings).toEqual([
      { path: 'wentWrong', term: '잘못' },
      { path: 'lessons.0.body', term: 'at fault' },
    ]);
    expect(await db.postmortem.count()).toBe(1);
  });

  test('role × action: the API and the action wrapper let exactly the postmortem:write roles save; refusals write nothing', async () => {
    for (const role of ROLES) {
      const user = await createUser({ roles: [role as Role] });
      const opp = await closedOpp(user.id);
      const before = await counts();
      const api = await post(await tokenFor(user.id), opp.id, { summary: `${role} api` });
      const action = await runAction(
        sessionFor(user),
        { schema: savePostmortemSchema, permission: 'postmortem:write' },
        { opportunityId: opp.id, summary: `${role} action`, version: 1 },
        ({ input, session }) => savePostmortem(db, session, input),
      );
      if (can([role], 'postmortem:write')) {
        expect(api.status, role).toBe(201);
        expect(action.ok, role).toBe(true);
        expect((await db.postmortem.findUniqueOrThrow({ where: { opportunityId: opp.id } })).summary).toBe(`${role} action`);
      } else {
        expect(api.status, role).toBe(403);
        expect(action.ok === false && action.code, role).toBe('FORBIDDEN');
        expect(await counts()).toEqual(before);
      }
    }
    // the command checks the permission itself too (defence in depth)
    const exec = await createUser({ roles: ['EXECUTIVE'] });
    const opp = await closedOpp(exec.id);
    await expect(savePostmortem(db, sessionFor(exec), savePostmortemSchema.parse({ opportunityId: opp.id }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    } satisfies Partial<DomainError>);
  });
});

describe('GET /api/v1/lessons and searchLessons', () => {
  async function seed() {
    const rep = await createUser();
    const acme = await createAccount({ name: '한빛전자' });
    const other = await createAccount({ name: '가나물류' });
    const comp = await db.competitor.create({ data: { name: 'MegaSoft' } });
    const token = await tokenFor(rep.id);
    const o1 = await closedOpp(rep.id, { accountId: acme.id });
    const o2 = await closedOpp(rep.id, { accountId: other.id });
    // written through the command, like users do: several lessons share one createdAt (one transaction)
    // the library shows PUBLISHED postmortems' lessons only
    await post(token, o1.id, {
      status: 'PUBLISHED',
      summary: '교훈 정리',
      rootCauses: ['PRICE'],
      lessons: [
        { title: '가격 제안은 예산 확인 후', body: '발주처 예산을 먼저 확인한다', category: 'PRICE', competitorId: comp.id },
        {
          title: '요구사항 워크숍',
          body: 'Hold a requirements workshop early',
          category: 'REQUIREMENT_UNDERSTANDING',
          competitorId: comp.id,
        },
        { title: '경쟁사 레퍼런스 조사', body: 'Check the competitor references', category: 'COMPETITOR', competitorId: comp.id },
      ],
    });
    await post(token, o2.id, {
      status: 'PUBLISHED',
      summary: '교훈 정리',
      rootCauses: ['PRICE'],
      lessons: [
        { title: 'Pricing review early', body: 'Run the VRB PRICE check before the bid', category: 'PRICE' },
        { title: '내부 승인 일정', body: '승인 절차를 2주 앞당긴다', category: 'INTERNAL_PROCESS' },
      ],
    });
    return { token, acme, other, comp };
  }
  const titles = (r: { json: { items: { title: string }[] } }) => r.json.items.map((i) => i.title).sort();

  test.each<[string, string[]]>([
    ['q=예산', ['가격 제안은 예산 확인 후']],
    [`q=${encodeURIComponent('발주처 예산')}`, ['가격 제안은 예산 확인 후']],
    ['q=pricing', ['Pricing review early']],
    ['q=WORKSHOP', ['요구사항 워크숍']],
    ['q=price', ['Pricing review early']],
    ['q=승인', ['내부 승인 일정']],
    ['q=없는단어', []],
    ['category=PRICE', ['Pricing review early', '가격 제안은 예산 확인 후']],
    ['category=PRICE&q=예산', ['가격 제안은 예산 확인 후']],
  ])('%s', async (qs, expected) => {
    const { token } = await seed();
    const r = await call(
      listLessons,
      token,
      `/api/v1/lessons?${qs.replace(/^q=([^&]+)/, (_m, v: string) => `q=${encodeURIComponent(decodeURIComponent(v))}`)}`,
    );
    expect(r.status).toBe(200);
    expect(titles(r)).toEqual([...expected].sort());
    expect(r.json.nextCursor).toBeNull();
  });

  test('customer and competitor filters, with tags and the source postmortem in each item', async () => {
    const { token, acme, other, comp } = await seed();
    const byCustomer = await call(listLessons, token, `/api/v1/lessons?customer=${other.id}`);
    expect(titles(byCustomer)).toEqual(['Pricing review early', '내부 승인 일정']);
    const byComp = await call(listLessons, token, `/api/v1/lessons?competitor=${comp.id}&customer=${acme.id}&q=workshop`);
    expect(byComp.json.items).toHaveLength(1);
    expect(byComp.json.items[0]).toMatchObject({
      title: '요구사항 워크숍',
      accountName: '한빛전자',
      competitorName: 'MegaSoft',
      category: 'REQUIREMENT_UNDERSTANDING',
    });
    expect(byComp.json.items[0].postmortemId).toBeTruthy();
    expect(byComp.json.items[0]).not.toHaveProperty('cursorAt');
  });

  test('cursor pages: every lesson exactly once, newest first, ties on createdAt broken by id', async () => {
    const { token } = await seed();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: { status: number; json: { items: { id: string; createdAt: string }[]; nextCursor: string | null } } = await call(
        listLessons,
        token,
        `/api/v1/lessons?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(r.status).toBe(200);
      expect(r.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...r.json.items.map((i) => i.id));
      cursor = r.json.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    const all = await searchLessons(db, { limit: 100 }, 'ko');
    expect(seen).toEqual(all.items.map((i) => i.id));
    expect(all.nextCursor).toBeNull();
  });

  test('a filtered search pages too (the cursor keeps the filters)', async () => {
    const { token } = await seed();
    const p1 = await call(listLessons, token, '/api/v1/lessons?category=PRICE&limit=1');
    expect(p1.json.items).toHaveLength(1);
    const p2 = await call(listLessons, token, `/api/v1/lessons?category=PRICE&limit=1&cursor=${p1.json.nextCursor}`);
    expect(p2.json.items).toHaveLength(1);
    expect(p2.json.nextCursor).toBeNull();
    expect([p1.json.items[0].title, p2.json.items[0].title].sort()).toEqual(['Pricing review early', '가격 제안은 예산 확인 후']);
  });

  test.each([
    'cursor=garbage',
    `cursor=${Buffer.from('["x","y"]').toString('base64url')}`,
    'category=BOGUS',
    'customer=nope',
    'limit=0',
    'limit=101',
    'bogus=1',
  ])('bad query %s → 400', async (qs) => {
    const { token } = await seed();
    const r = await call(listLessons, token, `/api/v1/lessons?${qs}`);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('VALIDATION');
  });

  test('every role may read lessons', async () => {
    for (const role of ROLES) {
      const u = await createUser({ roles: [role as Role] });
      expect((await call(listLessons, await tokenFor(u.id), '/api/v1/lessons')).status).toBe(can([role], 'lesson:read') ? 200 : 403);
    }
  });

  test('the trigram index exists and a search can use it', async () => {
    const idx = await db.$queryRaw<{ indexname: string }[]>`SELECT indexname FROM pg_indexes WHERE tablename = 'Lesson' ORDER BY indexname`;
    expect(idx.map((i) => i.indexname)).toEqual(expect.arrayContaining(['Lesson_search_trgm_idx', 'Lesson_createdAt_id_idx']));
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      const plan = await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT id FROM "Lesson" l WHERE (l.title || ' ' || l.body) ILIKE '%pricing%'`,
      );
      expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toContain('Lesson_search_trgm_idx');
    });
  });
});

test('both operations are in the OpenAPI document', async () => {
  const res = await openapi();
  const doc = (await res.json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
  expect(Object.keys(doc.paths['/api/v1/opportunities/{id}/postmortem']!.post!.responses)).toEqual(
    expect.arrayContaining(['200', '201', '400', '409', '422']),
  );
  expect(doc.paths['/api/v1/lessons']!.get).toBeTruthy();
});
