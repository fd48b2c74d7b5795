import { describe, expect, test } from 'vitest';
import {
  addDays,
  daysBetween,
  endOfKoreanDay,
  koreaDate,
  koreaMonth,
  koreaParts,
  koreaToday,
  startOfKoreanDay,
  startOfKoreanMonth,
} from './korea';

const d = (iso: string) => new Date(iso);

describe('koreaToday / koreaDate: the calendar day in Korea', () => {
  test.each([
    ['2026-11-26T14:59:59Z', '2026-11-26'], // 23:59:59 in Seoul
    ['2026-11-26T15:00:00Z', '2026-11-27'], // 00:00 in Seoul
    ['2026-12-31T15:00:00Z', '2027-01-01'], // new year in Seoul, still 2026 in UTC
    ['2024-02-28T15:00:00Z', '2024-02-29'], // leap day
  ])('%s → %s', (iso, day) => {
    expect(koreaToday(d(iso))).toBe(day);
    expect(koreaDate(d(iso))).toBe(day);
  });
});

describe('koreaMonth', () => {
  test.each([
    ['2026-01-31T14:59:59Z', '2026-01'],
    ['2026-01-31T15:00:00Z', '2026-02'], // 00:00 on 1 Feb in Seoul
  ])('%s → %s', (iso, month) => expect(koreaMonth(d(iso))).toBe(month));
});

describe('start and end of a Korean day and month', () => {
  test.each([
    ['2026-12-05', '2026-12-04T15:00:00.000Z', '2026-12-05T15:00:00.000Z'],
    ['2027-01-01', '2026-12-31T15:00:00.000Z', '2027-01-01T15:00:00.000Z'],
  ])('%s starts at %s and ends at %s', (day, start, end) => {
    expect(startOfKoreanDay(day).toISOString()).toBe(start);
    expect(endOfKoreanDay(day).toISOString()).toBe(end);
  });
  test('startOfKoreanMonth is midnight in Seoul on the 1st', () => {
    expect(startOfKoreanMonth('2026-02').toISOString()).toBe('2026-01-31T15:00:00.000Z');
  });
});

describe('calendar arithmetic', () => {
  test.each([
    ['2026-12-30', 3, '2027-01-02'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('addDays(%s, %i) = %s', (day, n, want) => {
    expect(addDays(day, n)).toBe(want);
    expect(daysBetween(day, want)).toBe(n);
  });
});

describe('koreaParts', () => {
  test('wall clock in Seoul, whatever the host TZ', () => {
    expect(koreaParts(d('2026-12-05T06:05:09Z'))).toEqual({
      year: 2026,
      month: 12,
      day: 5,
      hour: 15,
      minute: 5,
      second: 9,
      weekday: 6, // Saturday
    });
  });
});
