import { describe, expect, test } from 'vitest';
import {
  checkPassword,
  checkUser,
  managerCycle,
  MIN_PASSWORD_LENGTH,
  personalWords,
  setupTokenExpiry,
  setupTokenState,
  SETUP_TOKEN_TTL_MS,
  type UserShape,
} from '.';

describe('checkPassword', () => {
  test.each([
    ['empty', '', 'TOO_SHORT'],
    ['11 characters, strong-looking', 'Zq8#vL2!mR4', 'TOO_SHORT'],
    ['12 Hangul counted as characters (not bytes) but repeated', '가가가가가가가가가가가', 'TOO_SHORT'],
    ['common password padded to 12', 'password1234', 'TOO_GUESSABLE'],
    ['keyboard walk', 'qwertyuiopas', 'TOO_GUESSABLE'],
    ['repeated characters', 'aaaaaaaaaaaaaaaa', 'TOO_GUESSABLE'],
    ['sequence', 'abcdefghijkl', 'TOO_GUESSABLE'],
    ['201 characters', 'x'.repeat(201), 'TOO_LONG'],
  ])('%s → %s', (_l, pw, code) => {
    const r = checkPassword(pw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe(code);
  });

  test.each([
    ['four random words', 'correct-horse-battery-staple-42'],
    ['random mix', 'Tq9!vR2#mZ7@kP'],
    ['Korean sentence', '우리 회사 영업은 티어라인으로 간다'],
  ])('%s is accepted', (_l, pw) => {
    const r = checkPassword(pw);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  });

  test("the person's own name and email make a password guessable", () => {
    const pw = 'gildong.hong2026';
    expect(pw.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    const r = checkPassword(pw, personalWords({ name: 'Gildong Hong', email: 'gildong.hong@acme.co.kr' }));
    expect(!r.ok && r.error.code).toBe('TOO_GUESSABLE');
  });
});

describe('setup token lifetime', () => {
  const issued = new Date('2026-12-01T00:00:00Z');
  const expiresAt = setupTokenExpiry(issued);
  test('valid 72 hours', () => expect(expiresAt.getTime() - issued.getTime()).toBe(72 * 3600 * 1000));
  test.each([
    ['just issued', issued, null, 'VALID'],
    ['one ms before expiry', new Date(expiresAt.getTime() - 1), null, 'VALID'],
    ['at expiry', expiresAt, null, 'EXPIRED'],
    ['a day after', new Date(expiresAt.getTime() + 86400000), null, 'EXPIRED'],
    ['used, still in time', new Date(issued.getTime() + 1000), new Date(issued.getTime() + 500), 'USED'],
    ['used and expired', new Date(expiresAt.getTime() + 1), new Date(issued.getTime() + 500), 'USED'],
  ])('%s → %s', (_l, now, usedAt, state) => {
    expect(setupTokenState({ expiresAt, usedAt }, now)).toBe(state);
  });
  test('unknown token', () => expect(setupTokenState(null, issued)).toBe('UNKNOWN'));
  test('TTL constant', () => expect(SETUP_TOKEN_TTL_MS).toBe(259_200_000));
});

describe('managerCycle', () => {
  // B → A (A manages B), C → B, D → null
  const managerOf = new Map<string, string | null>([
    ['A', null],
    ['B', 'A'],
    ['C', 'B'],
    ['D', null],
  ]);
  test.each([
    ['A managed by B (B is managed by A)', 'A', 'B', ['B', 'A']],
    ['A managed by C (C → B → A)', 'A', 'C', ['C', 'B', 'A']],
    ['B managed by C', 'B', 'C', ['C', 'B']],
    ['self', 'A', 'A', ['A']],
    ['C managed by A: no loop', 'C', 'A', null],
    ['A managed by D: no loop', 'A', 'D', null],
    ['no manager', 'A', null, null],
    ['unknown manager', 'A', 'Z', null],
  ])('%s', (_l, user, manager, expected) => {
    expect(managerCycle(user, manager, managerOf)).toEqual(expected);
  });
  test('an existing loop elsewhere does not hang nor blame this user', () => {
    const loop = new Map<string, string | null>([
      ['X', 'Y'],
      ['Y', 'X'],
    ]);
    expect(managerCycle('A', 'X', loop)).toBeNull();
  });
});

describe('checkUser', () => {
  const base: UserShape = { roles: ['SALES_REP'], vrbDomains: [], managerId: null };
  const admin: UserShape = { roles: ['ADMIN'], vrbDomains: [], managerId: null };
  const ctx = { managerOf: new Map<string, string | null>([['M', 'U']]), otherActiveAdmins: 1 };
  test.each([
    ['a VRB domain without VRB_MEMBER', 'U', base, { ...base, vrbDomains: ['FINANCE'] }, ctx, 'DOMAINS_NEED_VRB_MEMBER'],
    ['a new user with a domain but no VRB role', null, null, { ...base, vrbDomains: ['LEGAL'] }, ctx, 'DOMAINS_NEED_VRB_MEMBER'],
    ['no roles', 'U', base, { ...base, roles: [] }, ctx, 'NO_ROLES'],
    ['own manager', 'U', base, { ...base, managerId: 'U' }, ctx, 'SELF_MANAGER'],
    ['manager cycle', 'U', base, { ...base, managerId: 'M' }, ctx, 'MANAGER_CYCLE'],
    ['last admin drops ADMIN', 'U', admin, { ...admin, roles: ['SALES_MANAGER'] }, { ...ctx, otherActiveAdmins: 0 }, 'LAST_ADMIN'],
  ])('%s → %s', (_l, id, before, next, c, code) => {
    const r = checkUser(id, before, next, c);
    expect(!r.ok && r.error.code).toBe(code);
  });
  test.each([
    ['VRB member with domains', 'U', base, { roles: ['VRB_MEMBER'], vrbDomains: ['FINANCE', 'LEGAL'], managerId: null }, ctx],
    ['an admin drops ADMIN while another admin remains', 'U', admin, { ...admin, roles: ['EXECUTIVE'] }, ctx],
    ['last admin keeps ADMIN and gains a role', 'U', admin, { ...admin, roles: ['ADMIN', 'EXECUTIVE'] }, { ...ctx, otherActiveAdmins: 0 }],
    ['a new user with a manager', null, null, { ...base, managerId: 'M' }, ctx],
  ])('%s is fine', (_l, id, before, next, c) => {
    expect(checkUser(id, before, next, c).ok).toBe(true);
  });
});
