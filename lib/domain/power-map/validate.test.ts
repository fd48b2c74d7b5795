import { describe, expect, test } from 'vitest';
import { checkPowerMapEdit, type PowerMapEdit, type PowerMapPerson } from './validate';

// a ← b ← c (c reports to b, b reports to a); d alone; e reports to a missing (deleted) person
const people: PowerMapPerson[] = [
  { id: 'a', reportsToId: null },
  { id: 'b', reportsToId: 'a' },
  { id: 'c', reportsToId: 'b' },
  { id: 'd', reportsToId: null },
  { id: 'e', reportsToId: 'gone' },
];

describe('checkPowerMapEdit: allowed', () => {
  test.each<[string, PowerMapEdit]>([
    ['clear the manager', { contactId: 'c', reportsToId: null }],
    ['leave the manager unchanged', { contactId: 'c' }],
    ['report to a root', { contactId: 'd', reportsToId: 'a' }],
    ['move a subtree under a stranger', { contactId: 'b', reportsToId: 'd' }],
    ['root under a leaf of another tree', { contactId: 'd', reportsToId: 'c' }],
    ['manager whose chain ends at a deleted person', { contactId: 'd', reportsToId: 'e' }],
    ['power 1', { contactId: 'a', power: 1 }],
    ['power 5', { contactId: 'a', power: 5 }],
    ['power cleared', { contactId: 'a', power: null }],
  ])('%s', (_, edit) => {
    expect(checkPowerMapEdit(people, edit)).toEqual({ ok: true, value: undefined });
  });
});

describe('checkPowerMapEdit: refused', () => {
  test.each<[string, PowerMapEdit, unknown]>([
    ['self', { contactId: 'a', reportsToId: 'a' }, { code: 'SELF_REPORT' }],
    ['direct cycle', { contactId: 'a', reportsToId: 'b' }, { code: 'CYCLE', path: ['a', 'b', 'a'] }],
    ['two-step cycle', { contactId: 'a', reportsToId: 'c' }, { code: 'CYCLE', path: ['a', 'c', 'b', 'a'] }],
    ['manager not on the account', { contactId: 'a', reportsToId: 'zz' }, { code: 'UNKNOWN_MANAGER' }],
    ['person not on the account', { contactId: 'zz', reportsToId: 'a' }, { code: 'UNKNOWN_PERSON' }],
    ['power 0', { contactId: 'a', power: 0 }, { code: 'POWER_RANGE', min: 1, max: 5 }],
    ['power 6', { contactId: 'a', power: 6 }, { code: 'POWER_RANGE', min: 1, max: 5 }],
    ['power 2.5', { contactId: 'a', power: 2.5 }, { code: 'POWER_RANGE', min: 1, max: 5 }],
    ['power checked before the manager', { contactId: 'a', reportsToId: 'a', power: 9 }, { code: 'POWER_RANGE', min: 1, max: 5 }],
  ])('%s', (_, edit, error) => {
    expect(checkPowerMapEdit(people, edit)).toEqual({ ok: false, error });
  });

  test('an existing loop above the manager ends the walk', () => {
    const loop: PowerMapPerson[] = [
      { id: 'x', reportsToId: 'y' },
      { id: 'y', reportsToId: 'x' },
      { id: 'n', reportsToId: null },
    ];
    expect(checkPowerMapEdit(loop, { contactId: 'n', reportsToId: 'x' }).ok).toBe(true);
  });

  test('a long chain of 60 people: the root under the deepest leaf is a cycle', () => {
    const chain: PowerMapPerson[] = Array.from({ length: 60 }, (_, i) => ({ id: `p${i}`, reportsToId: i ? `p${i - 1}` : null }));
    const r = checkPowerMapEdit(chain, { contactId: 'p0', reportsToId: 'p59' });
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'CYCLE') expect(r.error.path).toHaveLength(61);
  });
});
