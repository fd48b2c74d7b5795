import { describe, expect, test } from 'vitest';
import type { Actor } from './index';
import { leadReadScope, leadWriteScope, mayAssignLeadTo } from './leads';

const as = (...roles: string[]): Actor => ({ userId: 'me', roles });

describe('leadReadScope', () => {
  test.each([
    ['admin', as('ADMIN'), { kind: 'all' }],
    ['marketer', as('MARKETER'), { kind: 'all' }],
    ['manager', as('SALES_MANAGER'), { kind: 'all' }],
    ['executive', as('EXECUTIVE'), { kind: 'all' }],
    ['rep', as('SALES_REP'), { kind: 'assignedTo', userId: 'me' }],
    ['VRB member', as('VRB_MEMBER'), { kind: 'assignedTo', userId: 'me' }],
  ] as const)('%s', (_n, actor, expected) => expect(leadReadScope(actor)).toEqual(expected));
});

describe('leadWriteScope', () => {
  test.each([
    ['admin', as('ADMIN'), { kind: 'all' }],
    ['marketer', as('MARKETER'), { kind: 'all' }],
    ['manager', as('SALES_MANAGER'), { kind: 'unassignedOrTeamOf', managerId: 'me' }],
    ['manager who is also a marketer', as('SALES_MANAGER', 'MARKETER'), { kind: 'all' }],
    ['executive', as('EXECUTIVE'), { kind: 'assignedTo', userId: 'me' }],
    ['rep', as('SALES_REP'), { kind: 'assignedTo', userId: 'me' }],
  ] as const)('%s', (_n, actor, expected) => expect(leadWriteScope(actor)).toEqual(expected));
});

describe('mayAssignLeadTo', () => {
  test.each([
    ['a rep names themself', as('SALES_REP'), 'me', true],
    ['a rep names another rep', as('SALES_REP'), 'other', false],
    ['a manager names a rep', as('SALES_MANAGER'), 'other', true],
    ['a marketer names a rep', as('MARKETER'), 'other', true],
    ['an admin names a rep', as('ADMIN'), 'other', true],
    ['an executive names a rep', as('EXECUTIVE'), 'other', false],
  ] as const)('%s', (_n, actor, ownerId, expected) => expect(mayAssignLeadTo(actor, ownerId)).toBe(expected));
});
