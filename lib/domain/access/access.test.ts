import { describe, expect, test } from 'vitest';
import { editScope, inScope, ownDealsScope, mayEdit, mayRead, schedulesAnyVrbReview, type Actor, type OwnedRecord } from './index';

const rep: Actor = { userId: 'rep', roles: ['SALES_REP'] };
const manager: Actor = { userId: 'mgr', roles: ['SALES_MANAGER'] };
const admin: Actor = { userId: 'adm', roles: ['ADMIN'] };
const exec: Actor = { userId: 'exe', roles: ['EXECUTIVE'] };
const repAndAdmin: Actor = { userId: 'rep', roles: ['SALES_REP', 'ADMIN'] };

const ownedByRep: OwnedRecord = { ownerId: 'rep', ownerManagerId: 'mgr' };
const ownedByOther: OwnedRecord = { ownerId: 'other', ownerManagerId: 'mgr2' };
const ownedByManagedRep: OwnedRecord = { ownerId: 'rep2', ownerManagerId: 'mgr' };
const ownedByManager: OwnedRecord = { ownerId: 'mgr', ownerManagerId: null };

describe('mayEdit', () => {
  test.each([
    ['the owner', rep, ownedByRep, true],
    ['another rep', rep, ownedByOther, false],
    ["the owner's manager", manager, ownedByManagedRep, true],
    ['a manager of their own deal', manager, ownedByManager, true],
    ["a manager of another team's deal", manager, ownedByOther, false],
    ['an admin, any deal', admin, ownedByOther, true],
    ['an executive (reads, never edits by ownership)', exec, ownedByOther, false],
    ['a user holding ADMIN among other roles', repAndAdmin, ownedByOther, true],
  ] as const)('%s', (_name, actor, record, expected) => {
    expect(mayEdit(actor, record)).toBe(expected);
  });
});

describe('editScope', () => {
  test('admins see every record', () => expect(editScope(admin)).toEqual({ kind: 'all' }));
  test('others: owner or managed by them', () => expect(editScope(rep)).toEqual({ kind: 'ownerOrManagedBy', userId: 'rep' }));
  test('inScope agrees with mayEdit', () => {
    for (const a of [rep, manager, admin, exec])
      for (const r of [ownedByRep, ownedByOther, ownedByManagedRep, ownedByManager]) expect(inScope(editScope(a), r)).toBe(mayEdit(a, r));
  });
});

describe('ownDealsScope', () => {
  // rep's deal and rep2's are in mgr's team; other's is another team's; mgr owns one too
  const deals = { rep: ownedByRep, rep2: ownedByManagedRep, other: ownedByOther, mgr: ownedByManager };
  test.each([
    ['a rep: their own deals only', rep, ['rep']],
    ['a manager: their own and their team’s', manager, ['mgr', 'rep', 'rep2']],
    ['an executive: every deal', exec, ['mgr', 'other', 'rep', 'rep2']],
    ['an admin: every deal', admin, ['mgr', 'other', 'rep', 'rep2']],
  ] as const)('%s', (_name, actor, expected) => {
    const seen = Object.entries(deals)
      .filter(([, r]) => inScope(ownDealsScope(actor), r))
      .map(([k]) => k);
    expect(seen.sort()).toEqual([...expected]);
  });
});

describe('mayRead', () => {
  test('everyone signed in reads the pipeline', () => {
    for (const a of [rep, manager, admin, exec]) expect(mayRead(a, ownedByOther)).toBe(true);
  });
});

describe('schedulesAnyVrbReview', () => {
  test.each([
    ['a rep', rep, false],
    ['a manager', manager, false],
    ['an executive', exec, false],
    ['an admin', admin, true],
    ['the VRB chair', { userId: 'chair', roles: ['VRB_CHAIR'] } as Actor, true],
  ] as const)('%s', (_name, actor, expected) => expect(schedulesAnyVrbReview(actor)).toBe(expected));
});
