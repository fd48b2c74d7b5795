import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES, type Role } from '@/lib/auth/permissions';
import { POST as createLeadRoute } from '@/app/api/v1/leads/route';
import { PATCH as patchLeadRoute } from '@/app/api/v1/leads/[id]/route';
import { POST as createAccountRoute } from '@/app/api/v1/accounts/route';
import { PATCH as patchAccountRoute } from '@/app/api/v1/accounts/[id]/route';
import { POST as createContactRoute } from '@/app/api/v1/contacts/route';
import { DELETE as deleteContactRoute, PATCH as patchContactRoute } from '@/app/api/v1/contacts/[id]/route';
import { POST as createOppRoute } from '@/app/api/v1/opportunities/route';
import { POST as moveRoute } from '@/app/api/v1/opportunities/[id]/tier/route';
import { createLead } from '@/lib/server/commands/leads/create-lead';
import { updateLead } from '@/lib/server/commands/leads/update-lead';
import { createAccount as createAccountCmd } from '@/lib/server/commands/accounts/create-account';
import { updateAccount } from '@/lib/server/commands/accounts/update-account';
import { createContact } from '@/lib/server/commands/contacts/create-contact';
import { removeContact } from '@/lib/server/commands/contacts/remove-contact';
import { createOpportunity as createOppCmd } from '@/lib/server/commands/opportunities/create-opportunity';
import { updateAccountSchema } from '@/lib/validation/accounts';
import { createAccount, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
function call(route: Handler, token: string, method: string, body: unknown, params: Record<string, string> = {}, query = '') {
  return route(
    new NextRequest(`http://localhost/api/v1/x${query}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve(params) },
  );
}
async function as(roles: Role[], extra: { managerId?: string } = {}) {
  const user = await createUser({ roles, ...extra });
  return { user, session: sessionFor(user), token: await tokenFor(user.id) };
}
const VALID_BRN = '1018100340';
const VALID_BRN_2 = '2208162517';

describe('commands check the role themselves (role × permission, called directly)', () => {
  test.each(ROLES)('%s', async (role) => {
    const { session, user } = await as([role]);
    const account = await createAccount();
    const attempts: [string, boolean, () => Promise<unknown>][] = [
      ['lead:edit', can([role], 'lead:edit'), () => createLead(db, session, { temperature: 'WARM', email: `x-${role}@probe.kr` } as never)],
      ['account:edit', can([role], 'account:edit'), () => createAccountCmd(db, session, { name: `probe ${role}` } as never)],
      ['account:edit', can([role], 'account:edit'), () => createContact(db, session, { accountId: account.id, name: 'probe' } as never)],
      [
        'opportunity:create',
        can([role], 'opportunity:create'),
        () =>
          createOppCmd(db, session, {
            name: 'probe',
            accountId: account.id,
            tier: 4,
            ownerId: role === 'ADMIN' ? undefined : undefined,
          } as never),
      ],
    ];
    for (const [perm, allowed, run] of attempts) {
      const r = await run().then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
      if (allowed) expect(r, `${role} ${perm}`).not.toBe('FORBIDDEN');
      else expect(r, `${role} ${perm}`).toBe('FORBIDDEN');
    }
    expect(user).toBeTruthy();
  });
});

describe('leads by hand', () => {
  test('POST → 201 with the checklist; adding the phone number turns it green; stale version → 409 with the current lead', async () => {
    const { token } = await as(['MARKETER']);
    const res = await call(createLeadRoute as Handler, token, 'POST', {
      email: 'Kim@Hanbit.co.kr',
      company: '한빛소프트',
      name: '김민수',
      temperature: 'HOT',
      need: 'ERP 교체',
    });
    expect(res.status).toBe(201);
    const lead = await res.json();
    expect(lead).toMatchObject({ email: 'kim@hanbit.co.kr', status: 'MQL', version: 1, qualified: false });
    expect(lead.checklist).toContainEqual({ key: 'phone', met: false });
    const patched = await call(patchLeadRoute as Handler, token, 'PATCH', { phone: '010-1234-5678', version: 1 }, { id: lead.id });
    expect(patched.status).toBe(200);
    const after = await patched.json();
    expect(after).toMatchObject({ phone: '+821012345678', version: 2, qualified: true });
    const stale = await call(patchLeadRoute as Handler, token, 'PATCH', { phone: '010-1111-2222', version: 1 }, { id: lead.id });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ phone: '+821012345678', version: 2 });
    expect(await db.auditLog.count({ where: { entityId: lead.id, action: { in: ['lead.create', 'lead.update'] } } })).toBe(2);
  });

  test('bad cells → 400 naming the field, a duplicate key → 409 naming the lead; nothing written', async () => {
    const { token } = await as(['MARKETER']);
    const bad = await call(createLeadRoute as Handler, token, 'POST', {
      email: 'x@y.kr',
      phone: 'abc',
      businessRegistrationNo: '123-45-67890',
      temperature: 'WARM',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['businessRegistrationNo', 'phone']);
    await call(createLeadRoute as Handler, token, 'POST', { email: 'dup@y.kr', temperature: 'WARM' });
    const dup = await call(createLeadRoute as Handler, token, 'POST', { email: 'DUP@y.kr', temperature: 'COLD' });
    expect(dup.status).toBe(409);
    expect(await db.lead.count()).toBe(1);
    const unknown = await call(createLeadRoute as Handler, token, 'POST', { email: 'a@b.kr', temperature: 'WARM', admin: true });
    expect(unknown.status).toBe(400);
  });

  test("a manager reads every lead but edits only their team's: another team's lead is 403 (issue 14)", async () => {
    const { session: marketer } = await as(['MARKETER']);
    const lead = await createLead(db, marketer, { email: 'a@scope.kr', temperature: 'WARM' } as never);
    const { session: manager } = await as(['SALES_MANAGER']);
    const rep = await as(['SALES_REP']);
    await db.lead.update({ where: { id: lead.id }, data: { ownerId: rep.user.id } });
    const other = await as(['SALES_MANAGER']);
    await expect(updateLead(db, other.session, { leadId: lead.id, version: 1, name: 'x' } as never)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      updateLead(db, other.session, { leadId: '00000000-0000-4000-8000-000000000000', version: 1, name: 'x' } as never),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await updateLead(db, marketer, { leadId: lead.id, version: 1, name: '김' } as never)).name).toBe('김');
    expect(manager).toBeTruthy();
  });
});

describe('accounts and contacts by hand', () => {
  test('사업자등록번호: checksum 400, unique 409 naming the holder with a link; version 409', async () => {
    const { token } = await as(['SALES_REP']);
    const bad = await call(createAccountRoute as Handler, token, 'POST', { name: '가나', businessRegistrationNo: '123-45-67890' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields[0]).toMatchObject({ path: 'businessRegistrationNo' });
    const ok = await call(createAccountRoute as Handler, token, 'POST', {
      name: '(주)한빛',
      businessRegistrationNo: '101-81-00340',
      domain: 'https://www.hanbit.co.kr',
    });
    expect(ok.status).toBe(201);
    const a = await ok.json();
    expect(a).toMatchObject({ businessRegistrationNo: VALID_BRN, domain: 'hanbit.co.kr', version: 1 });
    const dup = await call(createAccountRoute as Handler, token, 'POST', { name: '다른 회사', businessRegistrationNo: VALID_BRN });
    expect(dup.status).toBe(409);
    const dupBody = await dup.json();
    expect(dupBody.error.message).toContain('(주)한빛');
    expect(dupBody.error.details.existing).toMatchObject({ id: a.id, href: `/accounts/${a.id}` });
    const other = await call(createAccountRoute as Handler, token, 'POST', { name: '세종', businessRegistrationNo: VALID_BRN_2 });
    const o = await other.json();
    const taken = await call(patchAccountRoute as Handler, token, 'PATCH', { businessRegistrationNo: VALID_BRN, version: 1 }, { id: o.id });
    expect(taken.status).toBe(409);
    const edit = await call(
      patchAccountRoute as Handler,
      token,
      'PATCH',
      { industry: '제조', reputationNotes: '결제 빠름', version: 1 },
      { id: a.id },
    );
    expect(await edit.json()).toMatchObject({ industry: '제조', version: 2 });
    const stale = await call(patchAccountRoute as Handler, token, 'PATCH', { industry: '유통', version: 1 }, { id: a.id });
    expect(stale.status).toBe(409);
    expect((await stale.json()).current).toMatchObject({ industry: '제조', version: 2 });
    expect(await db.account.count()).toBe(2);
  });

  test('contacts: link only to deals you may edit; remove is soft and unlinks; version 409', async () => {
    const rep = await as(['SALES_REP']);
    const stranger = await as(['SALES_REP']);
    const account = await createAccount();
    const mine = await createOpportunity({ ownerId: rep.user.id, accountId: account.id });
    const theirs = await createOpportunity({ ownerId: stranger.user.id, accountId: account.id });
    const refused = await call(createContactRoute as Handler, rep.token, 'POST', {
      accountId: account.id,
      name: '박',
      opportunityIds: [theirs.id],
    });
    expect(refused.status).toBe(403);
    expect(await db.contact.count()).toBe(0);
    const res = await call(createContactRoute as Handler, rep.token, 'POST', {
      accountId: account.id,
      name: '박부장',
      phone: '02-123-4567',
      opportunityIds: [mine.id],
    });
    expect(res.status).toBe(201);
    const c = await res.json();
    expect(c).toMatchObject({ phone: '+8221234567', opportunityIds: [mine.id] });
    const unlink = await call(
      patchContactRoute as Handler,
      rep.token,
      'PATCH',
      { title: '부장', opportunityIds: [], version: 1 },
      { id: c.id },
    );
    expect(await unlink.json()).toMatchObject({ title: '부장', opportunityIds: [], version: 2 });
    const stale = await call(deleteContactRoute as Handler, rep.token, 'DELETE', undefined, { id: c.id }, '?version=1');
    expect(stale.status).toBe(409);
    const del = await call(deleteContactRoute as Handler, rep.token, 'DELETE', undefined, { id: c.id }, '?version=2');
    expect(del.status).toBe(200);
    const row = await db.contact.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.deletedAt).not.toBeNull();
    await expect(removeContact(db, rep.session, { contactId: c.id, version: 3 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.auditLog.count({ where: { entityId: c.id } })).toBe(3);
  });

  test('account edit by a marketer (accounts are shared)', async () => {
    const { session } = await as(['MARKETER']);
    const a = await createAccountCmd(db, session, { name: '공유 고객' } as never);
    expect((await updateAccount(db, session, updateAccountSchema.parse({ accountId: a.id, version: 1, country: 'vn' }))).country).toBe(
      'VN',
    );
  });
});

describe('opportunities created directly', () => {
  test('POST → 201 at Tier 4 with its first history row; a new account by 사업자등록번호', async () => {
    const rep = await as(['SALES_REP']);
    const res = await call(createOppRoute as Handler, rep.token, 'POST', {
      name: '차세대 MES',
      account: { name: '(주)신규제조', businessRegistrationNo: VALID_BRN },
      amount: '1200000000',
      expectedCloseAt: '2027-03-31',
    });
    expect(res.status).toBe(201);
    const o = await res.json();
    expect(o).toMatchObject({ tier: 4, outcome: 'OPEN', ownerId: rep.user.id, amount: '1200000000', expectedCloseDate: '2027-03-31' });
    const hist = await db.tierChange.findMany({ where: { opportunityId: o.id } });
    expect(hist).toMatchObject([{ fromTier: null, toTier: 4, toOutcome: 'OPEN' }]);
    // the same 사업자등록번호 matches the account
    const again = await createOppCmd(db, rep.session, {
      name: '2차',
      account: { name: '아무 이름', businessRegistrationNo: VALID_BRN },
      tier: 4,
    } as never);
    expect(again.accountId).toBe(o.accountId);
  });

  test('Tier 2 without Tier 3 / Tier 2 requirements → 422 listing them, nothing written; with them → Tier 2', async () => {
    const rep = await as(['SALES_REP']);
    const account = await createAccount();
    const res = await call(createOppRoute as Handler, rep.token, 'POST', { name: 'T2', accountId: account.id, tier: 2, amount: '100' });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.details.unmet.map((u: { id: string }) => u.id)).toEqual([
      'namedContact',
      'need',
      'expectedCloseDate',
      'decisionMaker',
    ]);
    expect(await db.opportunity.count()).toBe(0);
    expect(await db.contact.count()).toBe(0);
    const ok = await call(createOppRoute as Handler, rep.token, 'POST', {
      name: 'T2',
      accountId: account.id,
      tier: 2,
      amount: '100',
      need: '노후 장비 교체',
      expectedCloseAt: '2027-01-31',
      contacts: [{ name: '최상무', powerRole: 'DECISION_MAKER' }],
    });
    expect(ok.status).toBe(201);
    expect(await db.tierChange.findFirst({ where: { opportunityId: (await ok.json()).id } })).toMatchObject({ fromTier: null, toTier: 2 });
  });

  test('a rep creates only for themself; a manager for their reps', async () => {
    const manager = await as(['SALES_MANAGER']);
    const rep = await as(['SALES_REP'], { managerId: manager.user.id });
    const other = await as(['SALES_REP']);
    const account = await createAccount();
    await expect(
      createOppCmd(db, rep.session, { name: 'x', accountId: account.id, ownerId: other.user.id, tier: 4 } as never),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const o = await createOppCmd(db, manager.session, { name: 'x', accountId: account.id, ownerId: rep.user.id, tier: 4 } as never);
    expect(o.ownerId).toBe(rep.user.id);
    const admin = await as(['ADMIN']);
    await expect(createOppCmd(db, admin.session, { name: 'y', accountId: account.id, tier: 4 } as never)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  test('a deal that entered at Tier 2 with unmet requirements must meet them before moving to Tier 1', async () => {
    const rep = await as(['SALES_REP']);
    const opp = await createOpportunity({ ownerId: rep.user.id, tier: 2, amount: 100 });
    await db.opportunity.update({
      where: { id: opp.id },
      data: { unmetAtEntry: ['namedContact', 'need'], proposalDueDate: new Date('2027-01-01') },
    });
    await db.setting.upsert({
      where: { key: 'tierRules' },
      update: { value: { requireVrbBidApprovalForTier1: false } },
      create: { key: 'tierRules', value: { requireVrbBidApprovalForTier1: false } },
    });
    const res = await call(moveRoute as Handler, rep.token, 'POST', { to: 1, version: 1 }, { id: opp.id });
    expect(res.status).toBe(422);
    const ids = (await res.json()).error.details.unmet.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining(['namedContact', 'need']));
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).tier).toBe(2);
  });
});
