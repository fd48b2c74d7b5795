import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { can, ROLES, type Permission } from '@/lib/auth/permissions';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/reference/[kind]/route';
import { DELETE as deleteRoute, PATCH as patchRoute } from '@/app/api/v1/reference/[kind]/[id]/route';
import { GET as generalGetRoute, PATCH as generalRoute } from '@/app/api/v1/settings/general/route';
import { createReferenceItem, deleteReferenceItem, updateGeneralSettings, updateReferenceItem } from '@/lib/server/commands/reference';
import { loadBoard } from '@/lib/server/commands/opportunities/board';
import { getSetting } from '@/lib/server/settings';
import { DomainError } from '@/lib/server/errors';
import { createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// Reference data on the real database: create / edit / reorder / deactivate / delete (refused with
// the records that use it), DISQUALIFY reasons, regions with ISO codes, and the general settings
// that replaced the constants (postmortem due days, the board's closed-deal window).

type Handler = ((req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & { permission?: Permission };
async function call(h: Handler, token: string, params: Record<string, string>, body?: unknown, method = 'POST') {
  const res = await h(
    new NextRequest('http://localhost/api/v1/x', {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    { params: Promise.resolve(params) },
  );
  return { status: res.status, json: await res.json() };
}

async function admin() {
  return sessionFor(await createUser({ roles: ['ADMIN'] }));
}

describe('reasons, including DISQUALIFY', () => {
  test('create a DISQUALIFY reason, rename, deactivate; a used reason cannot be deleted and the refusal names its users', async () => {
    const s = await admin();
    const r = await createReferenceItem(db, s, 'reasons', {
      kind: 'DISQUALIFY',
      code: 'NO_BUDGET',
      labelKo: '예산 없음',
      labelEn: 'No budget',
    });
    expect(r).toMatchObject({ kind: 'DISQUALIFY', code: 'NO_BUDGET', active: true });
    const dup = await createReferenceItem(db, s, 'reasons', { kind: 'DISQUALIFY', code: 'NO_BUDGET', labelKo: 'x', labelEn: 'x' }).catch(
      (e) => e,
    );
    expect(dup).toBeInstanceOf(DomainError);
    expect(dup.code).toBe('CONFLICT');
    const lost = await createReferenceItem(db, s, 'reasons', { kind: 'LOST', code: 'PRICE', labelKo: '가격', labelEn: 'Price' });
    const rep = await createUser({ roles: ['SALES_REP'] });
    const opp = await createOpportunity({ ownerId: rep.id, tier: 0, outcome: 'LOST', name: '가격에 진 사업' });
    await db.opportunityReason.create({ data: { opportunityId: opp.id, reasonId: lost.id } });
    const refused = await deleteReferenceItem(db, s, 'reasons', lost.id).catch((e) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details.usage).toEqual([{ entity: 'Opportunity', count: 1, examples: ['가격에 진 사업'] }]);
    expect(await db.reason.count({ where: { id: lost.id } })).toBe(1);
    const off = await updateReferenceItem(db, s, 'reasons', lost.id, { active: false, labelKo: '가격 열위' });
    expect(off).toMatchObject({ active: false, labelKo: '가격 열위' });
    // the past record still points at the same reason
    expect(await db.opportunityReason.count({ where: { reasonId: lost.id } })).toBe(1);
    await expect(deleteReferenceItem(db, s, 'reasons', r.id)).resolves.toEqual({ deleted: true });
    expect(await db.auditLog.count({ where: { action: { startsWith: 'reference.' } } })).toBe(4); // two creates, one edit, one delete; refusals write nothing
  });
});

describe('VRB stages', () => {
  test('reorder and deactivate never rewrite past reviews; a used stage cannot be deleted', async () => {
    const s = await admin();
    const a = await createReferenceItem(db, s, 'vrb-stages', {
      code: 'S_A',
      nameKo: '사전 심의',
      nameEn: 'Pre',
      requiredDomains: ['FINANCE'],
      usualTier: 3,
    });
    const b = await createReferenceItem(db, s, 'vrb-stages', {
      code: 'S_B',
      nameKo: '입찰 심의',
      nameEn: 'Bid',
      requiredDomains: ['FINANCE', 'LEGAL'],
      usualTier: 2,
      isBidApproval: true,
    });
    const c = await createReferenceItem(db, s, 'vrb-stages', { code: 'S_C', nameKo: '계약 심의', nameEn: 'Contract', requiredDomains: [] });
    const rep = await createUser({ roles: ['SALES_REP'] });
    const opp = await createOpportunity({ ownerId: rep.id, tier: 2, name: '심의 받은 사업' });
    const review = await db.vrbReview.create({
      data: { opportunityId: opp.id, stageId: b.id, scheduledAt: new Date(), status: 'DECIDED', createdById: rep.id },
    });
    await updateReferenceItem(db, s, 'vrb-stages', c.id, { position: 1 });
    const order = await db.vrbStage.findMany({ orderBy: { order: 'asc' }, select: { code: true, order: true } });
    expect(order.map((x) => x.code)).toEqual(['S_C', 'S_A', 'S_B']);
    expect(order.map((x) => x.order)).toEqual([1, 2, 3]);
    await updateReferenceItem(db, s, 'vrb-stages', b.id, { active: false, requiredDomains: ['FINANCE'] });
    const after = await db.vrbReview.findUnique({ where: { id: review.id } });
    expect(after).toMatchObject({ stageId: b.id, status: 'DECIDED', version: review.version });
    const refused = await deleteReferenceItem(db, s, 'vrb-stages', b.id).catch((e) => e);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.details.usage).toEqual([{ entity: 'VrbReview', count: 1, examples: ['심의 받은 사업'] }]);
    expect(await db.vrbStage.findUnique({ where: { id: a.id } })).toMatchObject({ usualTier: 3, requiredDomains: ['FINANCE'] });
  });
});

describe('regions and categories', () => {
  test.each([
    [{ code: 'VN', nameKo: '베트남', nameEn: 'Vietnam', scope: 'OVERSEAS', countryCode: 'vn' }, null, 'VN'],
    [{ code: 'CAPITAL', nameKo: '수도권', nameEn: 'Capital area', scope: 'DOMESTIC' }, null, null],
    [{ code: 'XX', nameKo: '어딘가', nameEn: 'Somewhere', scope: 'OVERSEAS' }, 'reference.errors.countryRequired', null],
    [{ code: 'YY', nameKo: '부산', nameEn: 'Busan', scope: 'DOMESTIC', countryCode: 'KR' }, 'reference.errors.countryNotAllowed', null],
    [{ code: 'ZZ', nameKo: '어딘가', nameEn: 'x', scope: 'OVERSEAS', countryCode: '1X' }, 'reference.errors.countryInvalid', null],
  ])('region %o', async (input, key, country) => {
    const s = await admin();
    const before = await db.salesRegion.count();
    const r = await createReferenceItem(db, s, 'regions', input).catch((e) => e);
    if (key) {
      expect(r.key).toBe(key);
      expect(await db.salesRegion.count()).toBe(before);
    } else expect(r.countryCode).toBe(country);
  });

  test('a category used by an opportunity: delete refused, deactivate kept', async () => {
    const s = await admin();
    const cat = await createReferenceItem(db, s, 'categories', { code: 'SI', nameKo: 'SI', nameEn: 'SI' });
    const rep = await createUser({ roles: ['SALES_REP'] });
    const opp = await createOpportunity({ ownerId: rep.id, name: 'SI 사업' });
    await db.opportunity.update({ where: { id: opp.id }, data: { businessCategoryId: cat.id } });
    const refused = await deleteReferenceItem(db, s, 'categories', cat.id).catch((e) => e);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.params.total).toBe(1);
    await updateReferenceItem(db, s, 'categories', cat.id, { active: false });
    expect((await db.opportunity.findUnique({ where: { id: opp.id } }))!.businessCategoryId).toBe(cat.id);
  });
});

describe('general settings replace the constants', () => {
  test('the board reads the closed-deal window; postmortem due days stored', async () => {
    const s = await admin();
    const rep = await createUser({ roles: ['SALES_REP'] });
    const old = await createOpportunity({ ownerId: rep.id, tier: 0, outcome: 'WON', name: '40일 전 수주' });
    await db.opportunity.update({ where: { id: old.id }, data: { closedAt: new Date(Date.now() - 40 * 86400e3) } });
    const inZero = async () => (await loadBoard(db, {} as never)).columns.find((c: { tier: number }) => c.tier === 0)!;
    const has = async () => JSON.stringify(await inZero()).includes('40일 전 수주');
    expect(await has()).toBe(true);
    await updateGeneralSettings(db, s, { closedDealWindowDays: 30, postmortemDueDays: 21, marginFloorPct: 12.5 });
    expect(await has()).toBe(false);
    expect(await getSetting(db, 'postmortemDueDays')).toBe(21);
    expect(await getSetting(db, 'marginFloorPct')).toBe(12.5);
    const bad = await updateGeneralSettings(db, s, { postmortemDueDays: 0 }).catch((e) => e);
    expect(bad).toBeInstanceOf(DomainError);
    expect(await getSetting(db, 'postmortemDueDays')).toBe(21);
  });

  test('VRB assessment weights are a general setting (issue #11): saved and read back, bad weights refused naming the field', async () => {
    const admin = await createUser({ roles: ['ADMIN'] });
    const token = await tokenFor(admin.id);
    const weights = {
      CUSTOMER_NEGOTIATION_POWER: 2,
      SALES_CAPABILITY: 1,
      COMPETITIVE_POSITION: 1.5,
      TECHNICAL_RISK: 1,
      LEGAL_RISK: 0,
      STRATEGIC_VALUE: 3,
    };
    const ok = await call(generalRoute, token, {}, { assessmentWeights: weights }, 'PATCH');
    expect(ok.status).toBe(200);
    expect(ok.json.assessmentWeights).toEqual(weights);
    expect(await getSetting(db, 'assessmentWeights')).toEqual(weights);
    const bad = await call(generalRoute, token, {}, { assessmentWeights: { ...weights, LEGAL_RISK: -1 } }, 'PATCH');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.json.error)).toContain('assessmentWeights');
    const missing = await call(generalRoute, token, {}, { assessmentWeights: { SALES_CAPABILITY: 1 } }, 'PATCH');
    expect(missing.status).toBe(400);
    expect(await getSetting(db, 'assessmentWeights')).toEqual(weights);
    await updateGeneralSettings(db, sessionFor(admin), {
      assessmentWeights: { ...weights, LEGAL_RISK: 1, CUSTOMER_NEGOTIATION_POWER: 1, COMPETITIVE_POSITION: 1, STRATEGIC_VALUE: 1 },
    });
  });
});

describe('routes', () => {
  test('admins only; others 403 and nothing written; bad kind 404; in-use delete 409', async () => {
    for (const role of ROLES) {
      const u = await createUser({ roles: [role] });
      const token = await tokenFor(u.id);
      const before = await db.businessCategory.count();
      const r = await call(createRoute, token, { kind: 'categories' }, { code: `C_${role}`, nameKo: 'x', nameEn: 'x' });
      if (can([role], 'settings:manage')) expect(r.status).toBe(201);
      else {
        expect(r.status, role).toBe(403);
        expect(await db.businessCategory.count()).toBe(before);
      }
    }
    const token = await tokenFor((await createUser({ roles: ['ADMIN'] })).id);
    expect((await call(listRoute, token, { kind: 'nope' }, undefined, 'GET')).status).toBe(404);
    const list = await call(listRoute, token, { kind: 'categories' }, undefined, 'GET');
    expect(list.json.data.map((c: { code: string }) => c.code)).toContain('C_ADMIN');
    const id = list.json.data.find((c: { code: string }) => c.code === 'C_ADMIN').id;
    expect((await call(patchRoute, token, { kind: 'categories', id }, { nameKo: '이름' }, 'PATCH')).status).toBe(200);
    expect((await call(patchRoute, token, { kind: 'categories', id }, { code: 'NEW' }, 'PATCH')).status).toBe(400);
    expect((await call(deleteRoute, token, { kind: 'categories', id }, undefined, 'DELETE')).status).toBe(200);
    expect((await call(generalRoute, token, {}, { closedDealWindowDays: 60 }, 'PATCH')).json).toMatchObject({ closedDealWindowDays: 60 });
    expect((await call(generalRoute, token, {}, { closedDealWindowDays: -1 }, 'PATCH')).status).toBe(400);
    // the import upload retention (issue #15) is a general setting too
    expect((await call(generalRoute, token, {}, { importUploadRetentionDays: 3 }, 'PATCH')).json).toMatchObject({
      importUploadRetentionDays: 3,
    });
    const badRetention = await call(generalRoute, token, {}, { importUploadRetentionDays: 0 }, 'PATCH');
    expect(badRetention.status).toBe(400);
    expect(JSON.stringify(badRetention.json.error.fields)).toContain('importUploadRetentionDays');
    expect((await call(generalGetRoute, token, {}, undefined, 'GET')).json).toMatchObject({
      importUploadRetentionDays: 3,
      closedDealWindowDays: 60,
    });
  });
});
