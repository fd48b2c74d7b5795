import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET as listRoute } from '@/app/api/v1/leads/route';
import { POST as qualifyRoute } from '@/app/api/v1/leads/[id]/qualify/route';
import { POST as disqualifyRoute } from '@/app/api/v1/leads/[id]/disqualify/route';
import { POST as convertRoute } from '@/app/api/v1/leads/[id]/convert/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { bulkLeads, convertLead } from '@/lib/server/commands/leads/leads';
import { createAccount, createUser, sessionFor, tokenFor } from '../factories';

let n = 0;
async function lead(data: Partial<Parameters<typeof db.lead.create>[0]['data']> = {}) {
  n++;
  return db.lead.create({
    data: {
      dedupeKey: `e:lead${n}@acme${n}.co.kr`,
      email: `lead${n}@acme${n}.co.kr`,
      name: `담당자${n}`,
      company: `애크미${n}`,
      phone: '+821012345678',
      temperature: 'HOT',
      need: '클라우드 전환',
      companyDomain: `acme${n}.co.kr`,
      ...data,
    },
  });
}
const reason = () => db.reason.create({ data: { kind: 'DISQUALIFY', code: 'NO_BUDGET', labelKo: '예산 없음', labelEn: 'No budget' } });

const call = (route: typeof qualifyRoute, token: string, id: string, body: unknown) =>
  route(
    new NextRequest(`http://localhost/api/v1/leads/${id}/x`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    }),
    {
      params: Promise.resolve({ id }),
    },
  );
const list = async (token: string, qs: string) => {
  const res = await listRoute(new NextRequest(`http://localhost/api/v1/leads?${qs}`, { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({}),
  });
  return { status: res.status, body: await res.json() };
};

describe('qualify', () => {
  test('missing criteria → 422 listing them; met → SQL with the rep assigned', async () => {
    const m = await createUser({ roles: ['MARKETER'] });
    const rep = await createUser({ roles: ['SALES_REP'] });
    const t = await tokenFor(m.id);
    const noPhone = await lead({ phone: null });
    const res = await call(qualifyRoute, t, noPhone.id, {});
    expect(res.status).toBe(422);
    expect((await res.json()).error.details.missing).toEqual(['phone']);
    const ok = await lead();
    const res2 = await call(qualifyRoute, t, ok.id, { ownerId: rep.id, version: 1 });
    expect(res2.status).toBe(200);
    expect(await db.lead.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ status: 'SQL', ownerId: rep.id, version: 2 });
    expect(await db.auditLog.count({ where: { action: 'lead.qualify', entityId: ok.id } })).toBe(1);
  });

  test('admin rules change the checklist', async () => {
    const m = await createUser({ roles: ['MARKETER'] });
    await db.setting.create({
      data: {
        key: 'qualificationRules',
        value: { requirePhone: false, requireCompany: true, requireContactName: true, excludeCold: true, requireNeedIntentOrBudget: true },
      },
    });
    const l = await lead({ phone: null });
    expect((await call(qualifyRoute, await tokenFor(m.id), l.id, {})).status).toBe(200);
  });

  test('stale version → 409 with the current record; nothing written', async () => {
    const m = await createUser({ roles: ['MARKETER'] });
    const l = await lead();
    await db.lead.update({ where: { id: l.id }, data: { version: 3, notes: 'edited elsewhere' } });
    const res = await call(qualifyRoute, await tokenFor(m.id), l.id, { version: 1 });
    expect(res.status).toBe(409);
    expect((await res.json()).error.details).toMatchObject({ id: l.id, version: 3 });
    expect((await db.lead.findUniqueOrThrow({ where: { id: l.id } })).status).toBe('MQL');
  });

  test('a sales rep may not qualify (403); unknown fields and bad ids are 400/404', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const m = await createUser({ roles: ['MARKETER'] });
    const l = await lead();
    expect((await call(qualifyRoute, await tokenFor(rep.id), l.id, {})).status).toBe(403);
    expect((await call(qualifyRoute, await tokenFor(m.id), l.id, { admin: true })).status).toBe(400);
    expect((await call(qualifyRoute, await tokenFor(m.id), 'not-a-uuid', {})).status).toBe(404);
    expect((await db.lead.findUniqueOrThrow({ where: { id: l.id } })).status).toBe('MQL');
  });
});

describe('disqualify', () => {
  test('with a reason from the list; an unknown reason is 400', async () => {
    const m = await createUser({ roles: ['MARKETER'] });
    const t = await tokenFor(m.id);
    const r = await reason();
    const l = await lead();
    expect((await call(disqualifyRoute, t, l.id, { reason: 'MADE_UP' })).status).toBe(400);
    const res = await call(disqualifyRoute, t, l.id, { reason: 'NO_BUDGET', note: '내년 예산' });
    expect(res.status).toBe(200);
    expect(await db.lead.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({
      status: 'DISQUALIFIED',
      disqualifyReasonId: r.id,
      disqualifyNote: '내년 예산',
    });
    expect((await call(disqualifyRoute, t, l.id, { reason: r.id })).status).toBe(422); // already disqualified
  });

  test("a rep disqualifies only their own leads: someone else's is 404, like a missing one", async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const other = await createUser({ roles: ['SALES_REP'] });
    await reason();
    const mine = await lead({ ownerId: rep.id, status: 'SQL' });
    const theirs = await lead({ ownerId: other.id, status: 'SQL' });
    const t = await tokenFor(rep.id);
    const r1 = await call(disqualifyRoute, t, theirs.id, { reason: 'NO_BUDGET' });
    const r2 = await call(disqualifyRoute, t, '00000000-0000-4000-8000-000000000000', { reason: 'NO_BUDGET' });
    expect(r1.status).toBe(404);
    expect(await r1.json()).toEqual(await r2.json());
    expect((await call(disqualifyRoute, t, mine.id, { reason: 'NO_BUDGET' })).status).toBe(200);
    expect((await db.lead.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe('SQL');
  });
});

describe('convert', () => {
  test('creates account, contact, Tier 4 opportunity with its first tier-history row, and links the lead', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const l = await lead({
      status: 'SQL',
      ownerId: rep.id,
      budget: '120000000',
      businessRegistrationNo: '1248100998',
      campaign: 'AI 세미나',
    });
    const res = await call(convertRoute, await tokenFor(rep.id), l.id, { ownerId: rep.id });
    expect(res.status).toBe(201);
    const opp = await res.json();
    expect(opp).toMatchObject({ tier: 4, outcome: 'OPEN', ownerId: rep.id, leadId: l.id });
    const row = await db.opportunity.findUniqueOrThrow({
      where: { id: opp.id },
      include: { tierChanges: true, account: true, contacts: true },
    });
    expect(row.amount!.toString()).toBe('120000000');
    expect(row.tierChanges).toEqual([expect.objectContaining({ fromTier: null, toTier: 4, toOutcome: 'OPEN', actorId: rep.id })]);
    expect(row.account).toMatchObject({ name: l.company, businessRegistrationNo: '1248100998', domain: l.companyDomain });
    expect(row.contacts).toHaveLength(1);
    expect(await db.lead.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({
      status: 'CONVERTED',
      opportunityId: opp.id,
      accountId: row.accountId,
      contactId: row.contacts[0]!.contactId,
    });
  });

  test('matches the account by 사업자등록번호 first, then by domain', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const byBrn = await createAccount({ name: '삼성전자', businessRegistrationNo: '1248100998', domain: 'other.com' });
    const byDomain = await createAccount({ name: 'LG', domain: 'lg.co.kr' });
    const s = sessionFor(rep);
    const a = await lead({ status: 'SQL', ownerId: rep.id, businessRegistrationNo: '1248100998', companyDomain: 'lg.co.kr' });
    const b = await lead({ status: 'SQL', ownerId: rep.id, companyDomain: 'lg.co.kr' });
    expect((await convertLead(db, s, a.id, { ownerId: rep.id })).accountId).toBe(byBrn.id);
    expect((await convertLead(db, s, b.id, { ownerId: rep.id })).accountId).toBe(byDomain.id);
    expect(await db.account.count()).toBe(2);
  });

  test('one transaction: a failure part-way leaves no account, contact, opportunity or history', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const l = await lead({ status: 'SQL', ownerId: rep.id });
    // another writer bumps the version between our read and our compare-and-set
    await db.$executeRawUnsafe(
      `CREATE FUNCTION bump() RETURNS trigger AS $$ BEGIN UPDATE "Lead" SET version = version + 1 WHERE id = NEW."accountId"::uuid OR true AND status = 'SQL'; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER bump AFTER INSERT ON "Opportunity" FOR EACH ROW EXECUTE FUNCTION bump()`);
    await expect(convertLead(db, sessionFor(rep), l.id, { ownerId: rep.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await db.$executeRawUnsafe(`DROP TRIGGER bump ON "Opportunity"; `);
    expect([await db.account.count(), await db.contact.count(), await db.opportunity.count(), await db.tierChange.count()]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(await db.lead.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({ status: 'SQL', version: 1 });
  });

  test('only SQLs convert (422); a marketer may not convert (403); a rep may not name another owner (403)', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const rep2 = await createUser({ roles: ['SALES_REP'] });
    const m = await createUser({ roles: ['MARKETER'] });
    const mql = await lead({ ownerId: rep.id });
    const sql = await lead({ ownerId: rep.id, status: 'SQL' });
    expect((await call(convertRoute, await tokenFor(rep.id), mql.id, { ownerId: rep.id })).status).toBe(422);
    expect((await call(convertRoute, await tokenFor(m.id), sql.id, { ownerId: rep.id })).status).toBe(403);
    expect((await call(convertRoute, await tokenFor(rep.id), sql.id, { ownerId: rep2.id })).status).toBe(403);
    expect((await call(convertRoute, await tokenFor(rep.id), sql.id, { ownerId: m.id })).status).toBe(400); // not a rep
    expect(await db.opportunity.count()).toBe(0);
  });
});

describe('bulk actions', () => {
  test('assign, qualify (only those meeting the rules), disqualify', async () => {
    const mgr = await createUser({ roles: ['SALES_MANAGER'] });
    const rep = await createUser({ roles: ['SALES_REP'], managerId: mgr.id });
    await reason();
    const s = sessionFor(mgr);
    const a = await lead();
    const b = await lead({ phone: null });
    const c = await lead({ status: 'CONVERTED' });
    expect(await bulkLeads(db, s, { action: 'assign', ids: [a.id, b.id, c.id], ownerId: rep.id })).toEqual({
      updated: 2,
      skipped: [{ id: c.id, reason: 'badStatus' }],
    });
    const q = await bulkLeads(db, s, { action: 'qualify', ids: [a.id, b.id] });
    expect(q).toEqual({ updated: 1, skipped: [{ id: b.id, reason: 'notQualified' }] });
    const d = await bulkLeads(db, s, { action: 'disqualify', ids: [b.id], reason: 'NO_BUDGET' });
    expect(d.updated).toBe(1);
    expect((await db.lead.findMany({ orderBy: { email: 'asc' }, select: { status: true, ownerId: true } })).map((l) => l.status)).toEqual([
      'SQL',
      'DISQUALIFIED',
      'CONVERTED',
    ]);
    expect(await db.auditLog.count({ where: { entityType: 'Lead' } })).toBe(4);
  });
});

describe('GET /api/v1/leads', () => {
  test('keyset pages cover every lead once, in order, under each sort; filters and search', async () => {
    const m = await createUser({ roles: ['MARKETER'] });
    const t = await tokenFor(m.id);
    const base = Date.now();
    const rows = Array.from({ length: 120 }, (_v, i) => ({
      dedupeKey: `e:p${i}@x.co.kr`,
      email: `p${i}@x.co.kr`,
      company: i % 7 === 0 ? null : `회사${String(i % 13).padStart(2, '0')}`,
      temperature: (['HOT', 'WARM', 'COLD'] as const)[i % 3],
      source: i % 2 ? ('SEMINAR' as const) : ('BLOG' as const),
      createdAt: new Date(base - Math.floor(i / 2) * 1000), // pairs share a timestamp: the id breaks the tie
    }));
    await db.lead.createMany({ data: rows });
    for (const sort of ['created_desc', 'created_asc', 'company_asc', 'company_desc']) {
      const seen: string[] = [];
      let cursor = '';
      for (let page = 0; page < 10; page++) {
        const { status, body } = await list(t, `sort=${sort}&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
        expect(status).toBe(200);
        seen.push(...body.items.map((i: { email: string }) => i.email));
        if (!body.nextCursor) break;
        cursor = body.nextCursor;
      }
      expect(seen).toHaveLength(120);
      expect(new Set(seen).size).toBe(120);
    }
    const hot = await list(t, 'temperature=HOT&source=SEMINAR&limit=200');
    expect(hot.body.items.every((i: { temperature: string; source: string }) => i.temperature === 'HOT' && i.source === 'SEMINAR')).toBe(
      true,
    );
    expect(hot.body.items).toHaveLength(20);
    const q = await list(t, 'q=P11');
    expect(q.body.items.map((i: { email: string }) => i.email).sort()).toEqual(
      [
        'p11@x.co.kr',
        'p110@x.co.kr',
        'p111@x.co.kr',
        'p112@x.co.kr',
        'p113@x.co.kr',
        'p114@x.co.kr',
        'p115@x.co.kr',
        'p116@x.co.kr',
        'p117@x.co.kr',
        'p118@x.co.kr',
        'p119@x.co.kr',
      ].sort(),
    );
    expect((await list(t, 'cursor=garbage')).status).toBe(400);
    // well-formed base64url JSON of the wrong shape is refused too (never a 500 from SQL)
    for (const key of [['x', "1' OR '1'='1"], { at: 1 }, ['x'], 'x'.repeat(3000)])
      expect((await list(t, `cursor=${Buffer.from(JSON.stringify(key)).toString('base64url')}`)).status).toBe(400);
    expect((await list(t, 'q=P11&sort=company_asc')).status).toBe(400); // search is ordered by date only
    expect((await list(t, 'status=NOPE')).status).toBe(400);
    expect((await list(t, 'limit=5000')).status).toBe(400);
  });

  test('a sales rep sees only the leads assigned to them', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    await lead({ ownerId: rep.id });
    await lead();
    const { body } = await list(await tokenFor(rep.id), '');
    expect(body.items).toHaveLength(1);
  });
});

test('OpenAPI documents the lead endpoints', async () => {
  const doc = await (await openapi()).json();
  for (const p of [
    '/api/v1/leads',
    '/api/v1/leads/import',
    '/api/v1/leads/imports/{batchId}',
    '/api/v1/leads/imports/{batchId}/errors.csv',
    '/api/v1/leads/{id}/qualify',
    '/api/v1/leads/{id}/disqualify',
    '/api/v1/leads/{id}/convert',
  ]) {
    expect(doc.paths[p], p).toBeDefined();
  }
});
