import { describe, expect, test } from 'vitest';
import { actionItemState, canAmend, canEdit, decideCompletion, mayCompleteActionItem } from './publish';
import { checkPostmortemDraft } from './write';

describe('published postmortems are final', () => {
  test('a draft is edited, a published record is not', () => {
    expect(canEdit('DRAFT').ok).toBe(true);
    expect(canEdit('PUBLISHED')).toEqual({ ok: false, error: 'PUBLISHED' });
  });
  test.each([
    ['published with text', 'PUBLISHED', ' 가격 차이 정정 ', { ok: true, value: '가격 차이 정정' }],
    ['a draft (edit it instead)', 'DRAFT', 'x', { ok: false, error: 'NOT_PUBLISHED' }],
    ['blank', 'PUBLISHED', '  ', { ok: false, error: 'EMPTY' }],
  ] as const)('amendment: %s', (_n, status, body, r) => expect(canAmend(status, body)).toEqual(r));
});

describe('action items', () => {
  const deal = { ownerId: 'rep', ownerManagerId: 'mgr' };
  test.each([
    ['its owner', { userId: 'x', roles: ['MARKETER'] }, 'x', true],
    ["the deal's manager", { userId: 'mgr', roles: ['SALES_MANAGER'] }, 'x', true],
    ['an admin', { userId: 'adm', roles: ['ADMIN'] }, 'x', true],
    ["the deal's rep, someone else's item", { userId: 'rep', roles: ['SALES_REP'] }, 'x', false],
    ["another team's manager", { userId: 'mgr2', roles: ['SALES_MANAGER'] }, 'x', false],
    ['an executive', { userId: 'e', roles: ['EXECUTIVE'] }, 'x', false],
  ] as const)('closed by %s: %s', (_n, actor, owner, expected) => {
    expect(mayCompleteActionItem(actor, { ownerId: owner }, deal)).toBe(expected);
  });
  test('closed once', () => {
    expect(decideCompletion({ doneAt: null }).ok).toBe(true);
    expect(decideCompletion({ doneAt: new Date() })).toEqual({ ok: false, error: 'ALREADY_DONE' });
  });
  test.each([
    [{ dueDate: '2026-12-01', doneAt: null }, 'OVERDUE'],
    [{ dueDate: '2026-12-05', doneAt: null }, 'OPEN'],
    [{ dueDate: '2026-12-01', doneAt: new Date() }, 'DONE'],
    [{ dueDate: null, doneAt: null }, 'OPEN'],
  ] as const)('state %o → %s', (item, state) => expect(actionItemState(item, '2026-12-05')).toBe(state));
  test('need an owner and a due date', () => {
    const issues = checkPostmortemDraft({
      status: 'DRAFT',
      summary: null,
      rootCauses: [],
      attendees: [],
      lessons: [],
      actionItems: [{ title: '가격 정책 검토', dueDate: null, ownerId: null }],
      priceGap: null,
    });
    expect(issues).toEqual([
      { path: 'actionItems.0.ownerId', code: 'actionOwnerRequired' },
      { path: 'actionItems.0.dueDate', code: 'actionDueRequired' },
    ]);
  });
});
