import { NextRequest } from 'next/server';
import { describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import { POST as issueToken } from '@/app/api/v1/tokens/route';
import { LOGIN_LIMIT, verifyCredentials } from '@/lib/server/commands/sign-in';
import { DomainError } from '@/lib/server/errors';
import { createUser, TEST_PASSWORD } from '../factories';

// Sign-in throttling (ADR 014): per (account, address) exponential back-off, a per-address cap,
// a per-account cap that never blocks an address that signed in before; the address is the
// socket peer, X-Forwarded-For is ignored without TRUSTED_PROXIES.

async function attempt(email: string, password: string, ip: string) {
  try {
    await verifyCredentials(db, { email, password, ip });
    return 'ok';
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e.code;
  }
}

/** Let the pair's current wait pass (as if the clock moved on). */
const letWaitPass = (email: string, ip: string) =>
  db.rateLimit.updateMany({ where: { key: `login-pair:${email}|${ip}` }, data: { resetAt: new Date(Date.now() - 1000) } });

describe('per (account, address) back-off', () => {
  test('5 free failures, then waits that double; the real user elsewhere is not locked out', async () => {
    const u = await createUser();
    const attacker = '203.0.113.66';
    for (let i = 0; i < LOGIN_LIMIT.pairFree; i++) expect(await attempt(u.email, 'wrong', attacker)).toBe('UNAUTHENTICATED');
    expect(await attempt(u.email, 'wrong', attacker)).toBe('UNAUTHENTICATED'); // 6th failure: wait 1 s from now
    expect(await attempt(u.email, TEST_PASSWORD, attacker)).toBe('RATE_LIMITED'); // even the right password waits
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await letWaitPass(u.email, attacker);
      expect(await attempt(u.email, 'wrong', attacker)).toBe('UNAUTHENTICATED');
      const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `login-pair:${u.email}|${attacker}` } });
      waits.push(Math.round((row.resetAt.getTime() - Date.now()) / 1000));
    }
    expect(waits).toEqual([2, 4, 8, 16]);
    // the real user, from their own address, signs in at once
    expect(await attempt(u.email, TEST_PASSWORD, '198.51.100.10')).toBe('ok');
  });

  test('a success clears the pair', async () => {
    const u = await createUser();
    for (let i = 0; i < 4; i++) await attempt(u.email, 'wrong', '198.51.100.1');
    expect(await attempt(u.email, TEST_PASSWORD, '198.51.100.1')).toBe('ok');
    expect(await db.rateLimit.count({ where: { key: `login-pair:${u.email}|198.51.100.1` } })).toBe(0);
  });
});

describe('per account, across addresses', () => {
  test('a distributed guesser trips the account cap, which never blocks an address that signed in before', async () => {
    const u = await createUser();
    expect(await attempt(u.email, TEST_PASSWORD, '198.51.100.20')).toBe('ok'); // the user's office
    for (let i = 0; i < LOGIN_LIMIT.perAccount; i++) expect(await attempt(u.email, 'wrong', `203.0.113.${i + 1}`)).toBe('UNAUTHENTICATED');
    expect(await attempt(u.email, 'wrong', '203.0.113.200')).toBe('RATE_LIMITED'); // a new address now waits
    expect(await attempt(u.email, TEST_PASSWORD, '192.0.2.55')).toBe('RATE_LIMITED'); // even with the password (unknown address)
    expect(await attempt(u.email, TEST_PASSWORD, '198.51.100.20')).toBe('ok'); // the known address is never blocked
  });
});

describe('the client address', () => {
  const post = (email: string, headers: Record<string, string>) =>
    issueToken(
      new NextRequest('http://localhost/api/v1/tokens', {
        method: 'POST',
        body: JSON.stringify({ email, password: 'wrong', name: 'n' }),
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );

  test('a rotated X-Forwarded-For from one peer buys nothing (no trusted proxies by default)', async () => {
    const u = await createUser();
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await post(u.email, { 'x-tierline-peer': '203.0.113.7', 'x-forwarded-for': `10.9.${i}.${i}` });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMIT.pairFree + 1);
    expect(statuses.slice(LOGIN_LIMIT.pairFree + 1).every((s) => s === 429)).toBe(true);
    // one pair row, one address row, one account row — not one per forged header
    expect(await db.rateLimit.count({ where: { key: { startsWith: 'login' } } })).toBe(3);
  });
});
