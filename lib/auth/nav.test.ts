import { describe, expect, test } from 'vitest';
import { PERMISSIONS, ROLES } from './permissions';
import { NAV_ITEMS, navItemsFor } from './nav';

describe('navItemsFor', () => {
  test.each(ROLES.map((r) => [r]))('%s sees only pages whose permission it holds', (role) => {
    const expected = NAV_ITEMS.filter((i) => (PERMISSIONS[i.permission] as readonly string[]).includes(role)).map((i) => i.href);
    expect(navItemsFor([role]).map((i) => i.href)).toEqual(expected);
  });
  test('no roles: no pages', () => expect(navItemsFor([])).toEqual([]));
  test('every role reaches its own settings (password, tokens)', () => {
    for (const r of ROLES) expect(navItemsFor([r]).map((i) => i.href)).toContain('/settings');
  });
});
