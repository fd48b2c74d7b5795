import { describe, expect, test } from 'vitest';
import { can, PERMISSIONS, PERMISSION_NAMES, ROLES } from './permissions';

describe('can', () => {
  test.each([
    [['MARKETER'], 'lead:import', true],
    [['SALES_REP'], 'lead:import', false],
    [['ADMIN'], 'lead:import', true],
    [['VRB_MEMBER'], 'vrb:finding:raise', true],
    [['SALES_REP'], 'vrb:finding:raise', false],
    [['VRB_CHAIR'], 'vrb:decide', true],
    [['EXECUTIVE'], 'vrb:decide', true],
    [['VRB_MEMBER'], 'vrb:decide', false],
    [['ADMIN'], 'settings:manage', true],
    [['EXECUTIVE'], 'settings:manage', false],
    [['SALES_REP'], 'tier:move', true],
    [['MARKETER'], 'tier:move', false],
    [['SALES_REP', 'VRB_MEMBER'], 'vrb:opinion', true],
    [[], 'report:read', false],
  ] as const)('%j may %s: %s', (roles, permission, expected) => {
    expect(can(roles, permission)).toBe(expected);
  });

  test('every signed-in role may read the pipeline', () => {
    for (const role of ROLES) {
      expect(can([role], 'opportunity:read')).toBe(true);
      expect(can([role], 'report:read')).toBe(true);
    }
  });

  test('the table names only known roles', () => {
    for (const p of PERMISSION_NAMES) {
      for (const r of PERMISSIONS[p]) expect(ROLES).toContain(r);
    }
  });
});
