import { describe, expect, test } from 'vitest';
import { nextStepState, thisWeek } from './this-week';

describe('thisWeek: Monday..Sunday of the Korean week', () => {
  test.each([
    // 2026-12-07 is a Monday
    ['Monday morning in Korea', '2026-12-06T23:30:00Z', '2026-12-07', '2026-12-13', '2026-12-07'],
    ['Saturday noon', '2026-12-12T03:00:00Z', '2026-12-07', '2026-12-13', '2026-12-12'],
    ['Sunday late evening in Korea (still Sunday)', '2026-12-13T14:59:00Z', '2026-12-07', '2026-12-13', '2026-12-13'],
    ['Sunday 15:00 UTC is Monday in Korea', '2026-12-13T15:00:00Z', '2026-12-14', '2026-12-20', '2026-12-14'],
    ['across a month end', '2026-12-31T05:00:00Z', '2026-12-28', '2027-01-03', '2026-12-31'],
  ])('%s', (_, now, monday, sunday, today) => {
    const w = thisWeek(new Date(now));
    expect({ monday: w.monday, sunday: w.sunday, today: w.today }).toEqual({ monday, sunday, today });
  });

  test('bid deadlines run from now to the end of Sunday in Korea', () => {
    const now = new Date('2026-12-09T01:00:00Z');
    const w = thisWeek(now);
    expect(w.bidFrom).toEqual(now);
    expect(w.bidUntil.toISOString()).toBe('2026-12-13T15:00:00.000Z');
  });
});

describe('nextStepState', () => {
  test.each([
    ['2026-12-08', '2026-12-09', 'overdue'],
    ['2026-12-09', '2026-12-09', 'due'],
    ['2026-12-13', '2026-12-09', 'due'],
  ] as const)('%s on %s → %s', (due, today, state) => expect(nextStepState(due, today)).toBe(state));
});
