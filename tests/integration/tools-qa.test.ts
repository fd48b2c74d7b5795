import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET as list, POST as create } from '@/app/api/v1/qa-entries/route';
import { GET as getOne, PATCH } from '@/app/api/v1/qa-entries/[id]/route';
import { GET as exportCsv } from '@/app/api/v1/qa-entries/export/route';
import { expectedQuestionsForDeal } from '@/lib/server/commands/tools';
import { callApi } from '../setup/api-contract';
import { createAccount, createApiUser, createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// Issue 12 item 3: 질의응답 사전 — entries by need type, industry and stage, their search (ILIKE,
// Korean), CAS edits with audit, and a deal's 예상 질문 — through /api/v1 on the real database.

const rep = () => createApiUser({ roles: ['SALES_REP'] });
const entry = (over: Record<string, unknown> = {}) => ({
  needType: '클라우드 전환',
  industry: '제조',
  stage: '제안',
  question: '기존 ERP도 클라우드로 옮길 수 있나요?',
  answer: '단계적 전환 사례와 일정으로 답합니다.',
  avoidAnswer: '“전부 한 번에 됩니다”',
  source: '2025 제조 고객 미팅',
  ...over,
});

describe('Q&A entries', () => {
  test('POST creates (201, audited); GET finds it by a Korean substring of question or answer; GET one', async () => {
    const { token } = await rep();
    const a = await callApi(create, '/api/v1/qa-entries', { method: 'POST', token, body: entry() });
    expect(a.status).toBe(201);
    expect(a.json).toMatchObject({ needType: '클라우드 전환', industry: '제조', version: 1, avoidAnswer: '“전부 한 번에 됩니다”' });
    await callApi(create, '/api/v1/qa-entries', {
      method: 'POST',
      token,
      body: entry({ needType: '보안', question: '망분리 규정은?', answer: '인증 사례', industry: '' }),
    });
    expect(await db.auditLog.count({ where: { action: 'qaEntry.create', entityId: a.json.id } })).toBe(1);
    for (const q of ['ERP', '단계적 전환', '클라우드']) {
      const found = await callApi(list, `/api/v1/qa-entries?q=${encodeURIComponent(q)}`, { token });
      expect(found.json.items.map((e: { id: string }) => e.id)).toEqual([a.json.id]);
    }
    const all = await callApi(list, '/api/v1/qa-entries', { token });
    expect(all.json.items).toHaveLength(2);
    expect(all.json.items.find((e: { needType: string }) => e.needType === '보안').industry).toBeNull();
    expect((await callApi(list, '/api/v1/qa-entries?q=%25', { token })).json.items).toHaveLength(0); // % is literal
    expect((await callApi(list, `/api/v1/qa-entries?needType=${encodeURIComponent('보안')}`, { token })).json.items).toHaveLength(1);
    const one = await callApi(getOne, `/api/v1/qa-entries/${a.json.id}`, { token, params: { id: a.json.id } });
    expect(one.json.question).toBe(entry().question);
  });

  test('PATCH edits only the fields sent (version CAS, audited); stale → 409 with the current entry; bad input → 400', async () => {
    const { token } = await rep();
    const a = (await callApi(create, '/api/v1/qa-entries', { method: 'POST', token, body: entry() })).json;
    const url = `/api/v1/qa-entries/${a.id}`;
    const ok = await callApi(PATCH, url, { method: 'PATCH', token, params: { id: a.id }, body: { version: 1, stage: '협상', source: '' } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ stage: '협상', source: null, question: entry().question, version: 2 });
    const stale = await callApi(PATCH, url, { method: 'PATCH', token, params: { id: a.id }, body: { version: 1, answer: 'x' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details).toMatchObject({ version: 2, stage: '협상' });
    expect((await callApi(PATCH, url, { method: 'PATCH', token, params: { id: a.id }, body: { version: 2, question: ' ' } })).status).toBe(
      400,
    );
    expect((await callApi(create, '/api/v1/qa-entries', { method: 'POST', token, body: { needType: '보안' } })).status).toBe(400);
    const audits = await db.auditLog.findMany({ where: { action: 'qaEntry.update', entityId: a.id } });
    expect(audits).toHaveLength(1);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      (await callApi(PATCH, `/api/v1/qa-entries/${missing}`, { method: 'PATCH', token, params: { id: missing }, body: { version: 1 } }))
        .status,
    ).toBe(404);
  });

  test('a marketer reads but may not add or edit (tools:edit)', async () => {
    const { token } = await rep();
    const a = (await callApi(create, '/api/v1/qa-entries', { method: 'POST', token, body: entry() })).json;
    const m = await createUser({ roles: ['MARKETER'] });
    const mt = await tokenFor(m.id);
    expect((await callApi(list, '/api/v1/qa-entries', { token: mt })).status).toBe(200);
    expect((await callApi(create, '/api/v1/qa-entries', { method: 'POST', token: mt, body: entry() })).status).toBe(403);
    const p = await callApi(PATCH, `/api/v1/qa-entries/${a.id}`, {
      method: 'PATCH',
      token: mt,
      params: { id: a.id },
      body: { version: 1 },
    });
    expect(p.status).toBe(403);
  });

  test('a deal’s 예상 질문: need type in its need, industry open or its account’s', async () => {
    const { u, token } = await rep();
    const mk = async (over: Record<string, unknown>) =>
      (await callApi(create, '/api/v1/qa-entries', { method: 'POST', token, body: entry(over) })).json.id;
    const fits = await mk({});
    const anyIndustry = await mk({ industry: null, question: '비용은?' });
    await mk({ industry: '금융' }); // other industry
    await mk({ needType: '보안', industry: null }); // other need
    const account = await createAccount({ industry: '제조' });
    const opp = await createOpportunity({ ownerId: u.id, accountId: account.id, need: '본사 클라우드전환 및 ERP 이관' });
    const s = sessionFor({ ...u, roles: ['SALES_REP'] });
    const r = await expectedQuestionsForDeal(db, s, opp.id);
    expect(r.items.map((e) => e.id).sort()).toEqual([fits, anyIndustry].sort());
    const noNeed = await createOpportunity({ ownerId: u.id, accountId: account.id });
    expect((await expectedQuestionsForDeal(db, s, noNeed.id)).items).toEqual([]);
  });

  test('the export has the table’s columns', async () => {
    const { token } = await rep();
    await callApi(create, '/api/v1/qa-entries', { method: 'POST', token, body: entry() });
    const r = await callApi(exportCsv, '/api/v1/qa-entries/export?format=csv', { token });
    expect(r.status).toBe(200);
    expect(r.text).toContain('피해야 할 답변');
    expect(r.text).toContain('ERP');
  });
});
