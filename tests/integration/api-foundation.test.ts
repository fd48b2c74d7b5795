import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { POST as issueToken } from '@/app/api/v1/tokens/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { createUser, TEST_PASSWORD } from '../factories';

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  issueToken(new NextRequest('http://localhost/api/v1/tokens', { method: 'POST', body, headers }));

describe('POST /api/v1/tokens', () => {
  test('issues a token for the right password; only its hash is stored', async () => {
    const u = await createUser({ roles: ['SALES_REP'] });
    const res = await post(JSON.stringify({ email: u.email, password: TEST_PASSWORD, name: 'ERP sync' }));
    expect(res.status).toBe(201);
    const { token } = await res.json();
    expect(token).toMatch(/^tl_/);
    const rows = await db.apiToken.findMany({ select: { tokenHash: true, name: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
  });

  test.each([
    ['malformed JSON', '{"email":', 400, 'VALIDATION'],
    ['wrong types', JSON.stringify({ email: 1, password: true, name: [] }), 400, 'VALIDATION'],
    ['unknown fields', JSON.stringify({ email: 'a@b.co', password: 'x', name: 'n', admin: true }), 400, 'VALIDATION'],
  ])('%s → 400 in the error shape, nothing written', async (_label, body, status, code) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error.code).toBe(code);
    expect(typeof json.error.message).toBe('string');
    expect(JSON.stringify(json)).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(await db.apiToken.count()).toBe(0);
  });

  test('oversized body → 413', async () => {
    const res = await post(JSON.stringify({ email: 'a@b.co', password: 'x'.repeat(40_000), name: 'n' }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('TOO_LARGE');
  });

  test('wrong password → 401; disabled user → 403', async () => {
    const u = await createUser();
    expect((await post(JSON.stringify({ email: u.email, password: 'nope', name: 'n' }))).status).toBe(401);
    const d = await createUser({ disabled: true });
    expect((await post(JSON.stringify({ email: d.email, password: TEST_PASSWORD, name: 'n' }))).status).toBe(403);
    expect(await db.apiToken.count()).toBe(0);
  });

  test('is throttled per account and address (5 free failures, then a wait)', async () => {
    const u = await createUser();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(JSON.stringify({ email: u.email, password: 'wrong', name: 'n' }))).status);
    expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(statuses.slice(6)).toEqual([429]);
  });

  test('non-JSON content type → 415', async () => {
    expect((await post('email=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
  });
});

describe('GET /api/v1/openapi.json', () => {
  test('documents the token endpoint with its schema', async () => {
    const doc = await (await openapi()).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/tokens'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password', 'name']);
  });
});
