import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { GET as exportQueue } from '@/app/api/v1/vrb-queue/export/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { raiseFinding, scheduleReview } from '@/lib/server/commands/vrb';
import { callApi } from '../setup/api-contract';
import { createOpportunity, createUser, sessionFor, tokenFor } from '../factories';

// GET /api/v1/vrb-queue/export (issue 11): each tab of the VRB queue as CSV or XLSX, through the
// contract helper (every status it answers is in the OpenAPI document).

describe('GET /api/v1/vrb-queue/export', () => {
  test('the document lists it with its tab, format and hide parameters', async () => {
    const doc = (await openapi().json()) as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    const op = doc.paths['/api/v1/vrb-queue/export']?.get;
    expect(op).toBeDefined();
    expect(op!.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['tab', 'format', 'hide']));
  });

  test('upcoming and findings tabs as CSV, XLSX; a bad tab or format → 400; no token → 401', async () => {
    await db.vrbStage.create({
      data: { order: 1, code: 'QUALIFICATION', nameKo: '사업기회 검증', nameEn: 'Qualification', requiredDomains: ['FINANCE'] },
    });
    const rep = await createUser({ roles: ['SALES_REP'] });
    const finance = await createUser({ roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE'] });
    const opp = await createOpportunity({ ownerId: rep.id, tier: 3, name: '큐 내보내기 건' });
    const review = await scheduleReview(db, sessionFor(rep), opp.id, { stage: 1, scheduledAt: new Date(Date.now() + 2 * 86_400_000) });
    await raiseFinding(db, sessionFor(finance), review.id, { issue: '원가 근거 부족', severity: 'HIGH', requiredFix: '재산정' });
    const token = await tokenFor(finance.id);
    const url = '/api/v1/vrb-queue/export';

    const upcoming = await callApi(exportQueue, `${url}?tab=upcoming&format=csv`, { token, headers: { 'accept-language': 'ko-KR' } });
    expect(upcoming.status).toBe(200);
    expect(upcoming.headers.get('content-type')).toContain('text/csv');
    expect(upcoming.text).toContain('큐 내보내기 건');
    const findings = await callApi(exportQueue, `${url}?tab=findings`, { token, headers: { 'accept-language': 'ko-KR' } });
    expect(findings.status).toBe(200);
    expect(findings.text).toContain('원가 근거 부족');
    const xlsx = await callApi(exportQueue, `${url}?tab=recent&format=xlsx`, { token });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');

    expect((await callApi(exportQueue, `${url}?tab=planet`, { token })).status).toBe(400);
    expect((await callApi(exportQueue, `${url}?format=pdf`, { token })).status).toBe(400);
    expect((await callApi(exportQueue, url)).status).toBe(401);
  });
});
