import { NextRequest } from 'next/server';
import { afterEach, describe, expect, test } from 'vitest';
import { proxy } from '@/proxy';
import { pageCsp } from '@/lib/server/security-headers';
import { sessionCookieName } from '@/lib/auth/cookie';
import { GET as listOpportunities } from '@/app/api/v1/opportunities/route';
import { POST as issueToken } from '@/app/api/v1/tokens/route';
import { callApi } from '../setup/api-contract';
import { createUser, tokenFor } from '../factories';

// Issue 15, headers: nonce CSP without 'unsafe-inline' scripts; HSTS and the __Host- cookie on an
// https deployment; API JSON never cached.

const authUrl = process.env.AUTH_URL;
afterEach(() => {
  if (authUrl === undefined) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = authUrl;
});

describe('pages (proxy.ts)', () => {
  test('a fresh nonce per request; scripts only by nonce, never inline', () => {
    const a = proxy(new NextRequest('http://localhost/login'));
    const b = proxy(new NextRequest('http://localhost/login'));
    const csp = a.headers.get('content-security-policy')!;
    const script = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(script).toContain("'strict-dynamic'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(b.headers.get('content-security-policy')).not.toBe(csp);
    expect(pageCsp('n', false)).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test('no session cookie → redirect to /login (with the CSP); HSTS only on https', () => {
    const r = proxy(new NextRequest('http://localhost/tiers'));
    expect(r.status).toBe(307);
    expect(r.headers.get('location')).toContain('/login?next=%2Ftiers');
    expect(r.headers.get('strict-transport-security')).toBeNull();
    process.env.AUTH_URL = 'https://crm.example.com';
    const s = proxy(new NextRequest('https://crm.example.com/login'));
    expect(s.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
  });

  test('the session cookie is __Host- prefixed on https only', () => {
    expect(sessionCookieName()).toBe('tierline.session-token');
    process.env.AUTH_URL = 'https://crm.example.com';
    expect(sessionCookieName()).toBe('__Host-tierline.session-token');
  });
});

describe('API responses', () => {
  test('JSON answers (success and error) are Cache-Control: no-store; HSTS on https', async () => {
    const u = await createUser();
    const token = await tokenFor(u.id);
    const ok = await callApi(listOpportunities, '/api/v1/opportunities', { token });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const bad = await callApi(listOpportunities, '/api/v1/opportunities?limit=0', { token });
    expect(bad.headers.get('cache-control')).toBe('no-store');
    const anon = await callApi(listOpportunities, '/api/v1/opportunities');
    expect(anon.status).toBe(401);
    expect(anon.headers.get('cache-control')).toBe('no-store');
    process.env.AUTH_URL = 'https://crm.example.com';
    const https = await callApi(listOpportunities, '/api/v1/opportunities', { token });
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age/);
    const tok = await issueToken(
      new NextRequest('http://localhost/api/v1/tokens', { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }),
    );
    expect(tok.headers.get('cache-control')).toBe('no-store');
  });
});
