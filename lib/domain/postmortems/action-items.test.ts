import { describe, expect, test } from 'vitest';
import { actionItemRows, type ActionItemIn } from './action-items';

const item = (o: Partial<ActionItemIn>): ActionItemIn => ({
  id: 'a1',
  title: '제안서 검토',
  owner: null,
  dueDate: null,
  doneAt: null,
  doneNote: null,
  ...o,
});

describe('actionItemRows: overdue is open and due before today', () => {
  test.each([
    ['due yesterday, open', item({ dueDate: new Date('2026-12-04T00:00:00Z') }), true],
    ['due today, open', item({ dueDate: new Date('2026-12-05T00:00:00Z') }), false],
    ['due tomorrow, open', item({ dueDate: new Date('2026-12-06T00:00:00Z') }), false],
    ['no due date', item({}), false],
    ['due yesterday, done', item({ dueDate: new Date('2026-12-04T00:00:00Z'), doneAt: new Date('2026-12-05T01:00:00Z') }), false],
  ])('%s', (_name, input, overdue) => {
    expect(actionItemRows([input], '2026-12-05')[0]!.overdue).toBe(overdue);
  });

  test('the owner is shown by name, none as null', () => {
    const [a, b] = actionItemRows([item({ owner: { name: '김영업' } }), item({ id: 'a2' })], '2026-12-05');
    expect([a!.ownerName, b!.ownerName]).toEqual(['김영업', null]);
  });
});
