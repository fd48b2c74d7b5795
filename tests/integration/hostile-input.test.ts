import { NextRequest } from 'next/server';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { ROLES } from '@/lib/auth/permissions';
import { VRB_DOMAINS } from '@/lib/domain/vrb/review';
import { decodeHeader, isForeignOrigin } from '@/lib/server/api';
import { DomainError } from '@/lib/server/errors';
import { normalizeLeadRow } from '@/lib/domain/leads/row';
import { GET as listLeads } from '@/app/api/v1/leads/route';
import { POST as disqualify } from '@/app/api/v1/leads/[id]/disqualify/route';
import { GET as listOpportunities } from '@/app/api/v1/opportunities/route';
import { PATCH as patchOpportunity } from '@/app/api/v1/opportunities/[id]/route';
import { POST as moveTier } from '@/app/api/v1/opportunities/[id]/tier/route';
import { GET as listLessons } from '@/app/api/v1/lessons/route';
import { GET as listAudit } from '@/app/api/v1/audit/route';
import { POST as opinion } from '@/app/api/v1/vrb-reviews/[id]/opinions/route';
import { POST as finding } from '@/app/api/v1/vrb-reviews/[id]/findings/route';
import { POST as decision } from '@/app/api/v1/vrb-reviews/[id]/decision/route';
import { GET as exportLeads } from '@/app/(app)/leads/export/route';
import { GET as exportAudit } from '@/app/(app)/settings/audit/export/route';
import { POST as upload } from '@/app/(app)/leads/import/upload/route';
import { callApi } from '../setup/api-contract';
import { createOpportunity, createUser, tokenFor } from '../factories';

// The outside probe's findings (issue 15): NUL and lone surrogates in any text → 400 naming the
// field, never a 500 and never a write; hostile headers → 4xx; English field messages on
// English requests.

const NUL = 'a\u0000b';
const LONE = 'a\ud800b';
const enc = encodeURIComponent;

async function rowCounts() {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    const { rows } = await c.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'RateLimit') ORDER BY 1`,
    );
    const out: Record<string, number> = {};
    for (const { t } of rows) out[t] = Number((await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n);
    return out;
  } finally {
    await c.end();
  }
}

const superUser = () => createUser({ roles: [...ROLES], vrbDomains: [...VRB_DOMAINS] });

describe('NUL in query parameters → 400 naming the parameter', () => {
  test.each([
    ['/api/v1/leads', 'q', listLeads],
    ['/api/v1/leads', 'campaign', listLeads],
    ['/api/v1/opportunities', 'category', listOpportunities],
    ['/api/v1/opportunities', 'region', listOpportunities],
    ['/api/v1/lessons', 'q', listLessons],
    ['/api/v1/audit', 'entityId', listAudit],
  ] as const)('%s ?%s=', async (path, param, handler) => {
    const u = await superUser();
    const token = await tokenFor(u.id);
    // (a lone surrogate cannot travel in a URL: percent-decoding turns broken UTF-8 into U+FFFD)
    for (const bad of [enc(NUL), '%00', `x%00${enc('한글')}`]) {
      const r = await callApi(handler, `${path}?${param}=${bad}`, { token, headers: { 'accept-language': 'en' } });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('VALIDATION');
      expect(r.json.error.fields).toEqual([{ path: param, message: expect.stringMatching(/not allowed/) }]);
    }
  });

  test('page exports refuse before streaming (400, not a 200 cut short)', async () => {
    const u = await superUser();
    const token = await tokenFor(u.id);
    for (const [handler, url] of [
      [exportLeads, `/leads/export?format=csv&q=${enc(NUL)}`],
      [exportLeads, `/leads/export?format=xlsx&campaign=${enc(NUL)}`],
      [exportAudit, `/settings/audit/export?entityId=${enc(NUL)}`],
    ] as const) {
      const res = await (handler as (r: NextRequest, c: unknown) => Promise<Response>)(
        new NextRequest(`http://localhost${url}`, { headers: { authorization: `Bearer ${token}` } }),
        { params: Promise.resolve({}) },
      );
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('VALIDATION');
    }
  });
});

describe('NUL and lone surrogates in JSON bodies → 400 naming the field, nothing written', () => {
  test('opportunity PATCH name / nextStep / need', async () => {
    const u = await createUser();
    const token = await tokenFor(u.id);
    const opp = await createOpportunity({ ownerId: u.id });
    const before = await rowCounts();
    for (const [field, value] of [
      ['name', NUL],
      ['nextStep', NUL],
      ['need', LONE],
      ['need', NUL],
      ['marketNotes', '\udc00'],
    ] as const) {
      const r = await callApi(patchOpportunity, `/api/v1/opportunities/${opp.id}`, {
        method: 'PATCH',
        token,
        body: { version: 1, [field]: value },
        params: { id: opp.id },
      });
      expect(r.status).toBe(400);
      expect(r.json.error.fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
    expect(await rowCounts()).toEqual(before);
    expect((await db.opportunity.findUniqueOrThrow({ where: { id: opp.id } })).version).toBe(1);
  });

  test('a well-formed surrogate pair (emoji) is fine', async () => {
    const u = await createUser();
    const opp = await createOpportunity({ ownerId: u.id });
    const r = await callApi(patchOpportunity, `/api/v1/opportunities/${opp.id}`, {
      method: 'PATCH',
      token: await tokenFor(u.id),
      body: { version: 1, need: '예산 확보 😀' },
      params: { id: opp.id },
    });
    expect(r.status).toBe(200);
    expect(r.json.need).toBe('예산 확보 😀');
  });

  test('disqualify reason, VRB opinion, finding, decision', async () => {
    const u = await superUser();
    const token = await tokenFor(u.id);
    const id = '00000000-0000-4000-8000-000000000001';
    const before = await rowCounts();
    const cases = [
      [disqualify, `/api/v1/leads/${id}/disqualify`, { reason: NUL }, 'reason'],
      [disqualify, `/api/v1/leads/${id}/disqualify`, { reason: 'NO_BUDGET', note: LONE }, 'note'],
      [opinion, `/api/v1/vrb-reviews/${id}/opinions`, { domain: 'BUSINESS', opinion: NUL }, 'opinion'],
      [finding, `/api/v1/vrb-reviews/${id}/findings`, { severity: 'HIGH', issue: 'x', requiredFix: LONE }, 'requiredFix'],
      [decision, `/api/v1/vrb-reviews/${id}/decision`, { decision: 'HOLD', reason: LONE }, 'reason'],
    ] as const;
    for (const [handler, url, body, field] of cases) {
      const r = await callApi(handler, url, { method: 'POST', token, body, params: { id } });
      expect(r.status, `${url} ${JSON.stringify(body)}`).toBe(400);
      expect(r.json.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    expect(await rowCounts()).toEqual(before);
  });

  test('an imported row with NUL or a lone surrogate is a row error, not a crash', () => {
    const mapping = { email: 0, need: 1 };
    expect(normalizeLeadRow(['a@b.co', LONE], mapping)).toEqual({ ok: false, error: [{ field: 'need', reason: 'unsafeText' }] });
    expect(normalizeLeadRow([NUL, 'x'], mapping)).toEqual({ ok: false, error: [{ field: 'email', reason: 'unsafeText' }] });
    expect(normalizeLeadRow(['a@b.co', '😀'], mapping).ok).toBe(true);
  });
});

describe('hostile headers', () => {
  test('Origin: null or garbage on a cookie write counts as cross-origin (403), never a URL crash', () => {
    expect(isForeignOrigin('null', 'localhost:3000')).toBe(true);
    expect(isForeignOrigin('::::', 'localhost:3000')).toBe(true);
    expect(isForeignOrigin('https://evil.example', 'localhost:3000')).toBe(true);
    expect(isForeignOrigin('http://localhost:3000', 'localhost:3000')).toBe(false);
    expect(isForeignOrigin(null, 'localhost:3000')).toBe(false);
  });

  test('a malformed percent-escape in X-File-Name → 400, nothing written', async () => {
    expect(() => decodeHeader('%E0%A4%A', 'upload')).toThrow(DomainError);
    expect(decodeHeader('%ED%95%9C.csv', 'upload')).toBe('한.csv');
    const u = await createUser({ roles: ['MARKETER'] });
    const token = await tokenFor(u.id);
    const before = await rowCounts();
    const res = await upload(
      new NextRequest('http://localhost/leads/import/upload', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-file-name': '%E0%A4%A', 'content-type': 'text/csv' },
        body: 'email\na@b.co\n',
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('VALIDATION');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('Accept-Language decides the language of fields[]', () => {
  test('zod messages and command field messages follow the request, not the stored user locale', async () => {
    const u = await createUser(); // stored locale: ko
    const token = await tokenFor(u.id);
    const en = await callApi(listOpportunities, '/api/v1/opportunities?limit=0', {
      token,
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.status).toBe(400);
    expect(en.json.error.message).toMatch(/check/i);
    expect(en.json.error.fields[0].message).toMatch(/[A-Za-z]/);
    expect(en.json.error.fields[0].message).not.toMatch(/[\uac00-\ud7a3]/);
    const ko = await callApi(listOpportunities, '/api/v1/opportunities?limit=0', { token, headers: { 'accept-language': 'ko-KR' } });
    expect(ko.json.error.fields[0].message).toMatch(/[\uac00-\ud7a3]/);

    const opp = await createOpportunity({ ownerId: u.id });
    const unmet = await callApi(moveTier, `/api/v1/opportunities/${opp.id}/tier`, {
      method: 'POST',
      token,
      headers: { 'accept-language': 'en' },
      body: { to: 2, version: 1 },
      params: { id: opp.id },
    });
    expect(unmet.status).toBe(422);
    for (const f of unmet.json.error.fields) expect(f.message).not.toMatch(/[\uac00-\ud7a3]/);
  });
});
