import { describe, expect, test } from 'vitest';
import { autoMapPeople, normalizePersonRow, parseRoles, planPeopleImport, type ExistingUser, type PlannedRow } from './import';

describe('people import: headers', () => {
  test('Korean and English headers map; the required ones are named when missing', () => {
    expect(autoMapPeople(['이름', '이메일', '역할', '팀', '관리자 이메일']).mapping).toEqual({
      name: 0,
      email: 1,
      roles: 2,
      team: 3,
      managerEmail: 4,
    });
    expect(autoMapPeople(['Name', 'E-mail', 'Role', 'Department', 'Manager']).mapping).toEqual({
      name: 0,
      email: 1,
      roles: 2,
      team: 3,
      managerEmail: 4,
    });
    expect(autoMapPeople(['이름', '팀']).problems).toEqual([
      { code: 'missingColumn', column: 'email' },
      { code: 'missingColumn', column: 'roles' },
    ]);
    expect(autoMapPeople(['', '']).problems).toEqual([{ code: 'emptyHeader' }]);
  });
});

describe('people import: roles', () => {
  test.each([
    ['영업대표', ['SALES_REP']],
    ['영업관리자, VRB 위원', ['SALES_MANAGER', 'VRB_MEMBER']],
    ['SALES_REP;VRB_MEMBER', ['SALES_REP', 'VRB_MEMBER']],
    ['Sales rep / Marketer', ['SALES_REP', 'MARKETER']],
    ['vrb chair', ['VRB_CHAIR']],
    ['관리자', ['ADMIN']],
    ['영업대표, 영업대표', ['SALES_REP']],
  ])('%s', (raw, roles) => expect(parseRoles(raw)).toEqual({ ok: true, value: roles }));
  test('an unknown word or nothing is refused', () => {
    expect(parseRoles('사장님')).toEqual({ ok: false, error: 'badRole' });
    expect(parseRoles(' , ')).toEqual({ ok: false, error: 'required' });
  });
});

describe('people import: a row', () => {
  const m = { name: 0, email: 1, roles: 2, team: 3, managerEmail: 4 };
  test('a person, email lower-cased', () => {
    expect(normalizePersonRow(['김영업', 'Kim@Firm.co.kr', '영업대표', '1팀', 'boss@firm.co.kr'], m)).toEqual({
      ok: true,
      value: { name: '김영업', email: 'kim@firm.co.kr', roles: ['SALES_REP'], team: '1팀', managerEmail: 'boss@firm.co.kr' },
    });
  });
  test('each bad cell is named', () => {
    const r = normalizePersonRow(['', 'not-an-email', '사장', '', 'x@'], m);
    expect(r.ok ? [] : r.error.map((e) => `${e.field}:${e.reason}`)).toEqual([
      'name:required',
      'email:badEmail',
      'roles:badRole',
      'managerEmail:badManagerEmail',
    ]);
    expect(normalizePersonRow(['나', 'me@firm.co.kr', '영업대표', '', 'ME@firm.co.kr'], m)).toEqual({
      ok: false,
      error: [{ field: 'managerEmail', reason: 'selfManager' }],
    });
  });
});

const row = (n: number, email: string, managerEmail: string | null = null, extra: Partial<PlannedRow['person']> = {}): PlannedRow => ({
  row: n,
  person: { name: email.split('@')[0]!, email, roles: ['SALES_REP'], team: null, managerEmail, ...extra },
});

describe('people import: the plan', () => {
  const existing: ExistingUser[] = [
    { id: 'u-boss', email: 'boss@f.kr', name: 'boss', roles: ['SALES_MANAGER'], team: '1팀', managerEmail: null },
    { id: 'u-admin', email: 'admin@f.kr', name: 'admin', roles: ['ADMIN'], team: null, managerEmail: null },
  ];
  test('new people are created, unchanged ones skipped, changed ones updated (by email)', () => {
    const p = planPeopleImport(
      [
        row(2, 'a@f.kr', 'boss@f.kr', { team: '2팀' }),
        row(3, 'boss@f.kr', null, { roles: ['SALES_MANAGER'], team: '1팀' }),
        row(4, 'admin@f.kr', null, { name: '관리자', roles: ['ADMIN'] }),
      ],
      existing,
      new Set(['1팀']),
    );
    expect(p.create.map((r) => r.row)).toEqual([2]);
    expect(p.skip.map((r) => r.row)).toEqual([3]);
    expect(p.update.map((r) => [r.row, r.id])).toEqual([[4, 'u-admin']]);
    expect(p.newTeams).toEqual(['2팀']);
    expect(p.errors).toEqual([]);
  });
  test('managers from the file itself, in any order', () => {
    const p = planPeopleImport([row(2, 'rep@f.kr', 'mgr@f.kr'), row(3, 'mgr@f.kr', 'boss@f.kr')], existing, new Set());
    expect(p.create.map((r) => r.row)).toEqual([2, 3]);
  });
  test('a repeated email, an unknown manager, a loop (and who reports into it), stripping an admin: row errors', () => {
    const p = planPeopleImport(
      [
        row(2, 'a@f.kr', 'b@f.kr'),
        row(3, 'b@f.kr', 'a@f.kr'),
        row(4, 'c@f.kr', 'a@f.kr'),
        row(5, 'd@f.kr', 'ghost@f.kr'),
        row(6, 'd@f.kr'),
        row(7, 'admin@f.kr'),
        row(8, 'ok@f.kr', 'boss@f.kr'),
      ],
      existing,
      new Set(),
    );
    expect(p.errors.map((e) => `${e.row}:${e.reason}`)).toEqual([
      '2:managerCycle',
      '3:managerCycle',
      '4:managerUnknown',
      '5:managerUnknown',
      '6:duplicateEmail',
      '7:keepsAdmin',
    ]);
    expect(p.create.map((r) => r.row)).toEqual([8]);
  });
  test('a loop through an existing user is caught too', () => {
    const withChain: ExistingUser[] = [
      { id: 'u-x', email: 'x@f.kr', name: 'x', roles: ['SALES_MANAGER'], team: null, managerEmail: 'y@f.kr' },
    ];
    const p = planPeopleImport([row(2, 'y@f.kr', 'x@f.kr')], withChain, new Set());
    expect(p.errors).toEqual([{ row: 2, field: 'managerEmail', reason: 'managerCycle' }]);
  });
  test('300 people in one file with a three-level hierarchy plan in one pass', () => {
    const rows = [row(2, 'ceo@f.kr', null, { roles: ['EXECUTIVE'] })];
    for (let m = 0; m < 19; m++) rows.push(row(3 + m, `m${m}@f.kr`, 'ceo@f.kr', { roles: ['SALES_MANAGER'], team: `${m}팀` }));
    for (let i = 0; i < 280; i++) rows.push(row(22 + i, `r${i}@f.kr`, `m${i % 19}@f.kr`, { team: `${i % 19}팀` }));
    const p = planPeopleImport(rows, [], new Set());
    expect(p.create).toHaveLength(300);
    expect(p.errors).toEqual([]);
    expect(p.newTeams).toHaveLength(19);
  });
});
