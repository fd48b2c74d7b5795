import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  EMPTY,
  formatCountry,
  formatDate,
  formatDateTime,
  formatDays,
  formatKrw,
  formatKrwColumn,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPhone,
  formatRatio,
  formatTime,
} from '.';

const at = (iso: string) => new Date(iso);

describe('dates in Korea time, four-digit years', () => {
  test.each([
    [at('2026-12-05T06:05:09Z'), 'ko', '2026. 12. 5.'],
    [at('2026-12-05T06:05:09Z'), 'en', 'Dec 5, 2026'],
    [at('2026-12-31T15:30:00Z'), 'ko', '2027. 1. 1.'], // already the new year in Seoul
    ['2026-03-09', 'ko', '2026. 3. 9.'], // a calendar day is not shifted
    ['2026-03-09', 'en', 'Mar 9, 2026'],
    [at('2026-03-08T15:00:00.000Z'), 'ko', '2026. 3. 9.'], // a @db.Date read back at UTC midnight works too
    [null, 'ko', EMPTY],
    ['not a date', 'en', EMPTY],
  ] as const)('formatDate(%j, %s) = %s', (v, l, want) => expect(formatDate(v, l)).toBe(want));

  test('weekday', () => {
    expect(formatDate('2026-12-05', 'ko', { weekday: true })).toBe('2026. 12. 5. (토)');
    expect(formatDate('2026-12-05', 'en', { weekday: true })).toBe('Sat, Dec 5, 2026');
  });
});

describe('times read 오전/오후 h:mm in Korean, h:mm AM/PM in English', () => {
  test.each([
    ['2026-12-05T06:05:09Z', 'ko', '오후 3:05'],
    ['2026-12-05T06:05:09Z', 'en', '3:05 PM'],
    ['2026-12-04T15:00:00Z', 'ko', '오전 12:00'], // midnight in Seoul
    ['2026-12-05T03:00:00Z', 'ko', '오후 12:00'], // noon
    ['2026-12-05T02:59:00Z', 'en', '11:59 AM'],
  ] as const)('formatTime(%s, %s) = %s', (iso, l, want) => expect(formatTime(iso, l)).toBe(want));

  test.each([
    ['2026-12-05T06:05:09Z', 'ko', {}, '2026. 12. 5. 오후 3:05'],
    ['2026-12-05T06:05:09Z', 'en', {}, 'Dec 5, 2026, 3:05 PM'],
    ['2026-12-05T01:02:03Z', 'ko', { seconds: true }, '2026. 12. 5. 오전 10:02:03'],
  ] as const)('formatDateTime(%s, %s, %j) = %s', (iso, l, o, want) => expect(formatDateTime(at(iso), l, o)).toBe(want));

  test('months', () => {
    expect(formatMonth('2026-02', 'ko')).toBe('2026년 2월');
    expect(formatMonth('2026-02', 'en')).toBe('Feb 2026');
  });
});

describe('numbers and percentages', () => {
  test.each([
    [1234567, {}, '1,234,567'],
    [1234.5, { maxFractionDigits: 2 }, '1,234.5'],
    [1234.5, { minFractionDigits: 2 }, '1,234.50'],
    [-0.04, { maxFractionDigits: 1 }, '0'],
    [-1500, {}, '-1,500'],
    [3.2, { maxFractionDigits: 1, signed: true }, '+3.2'],
    ['12345678901234', {}, '12,345,678,901,234'],
    [null, {}, EMPTY],
  ] as const)('formatNumber(%j, %j) = %s', (v, o, want) => expect(formatNumber(v, o)).toBe(want));

  test.each([
    [12.345, {}, '12.3%'],
    [100, {}, '100%'],
    [-2.5, { signed: true }, '-2.5%'],
    [2.5, { signed: true }, '+2.5%'],
    [null, {}, EMPTY],
  ] as const)('formatPercent(%j) = %s', (v, o, want) => expect(formatPercent(v, o)).toBe(want));

  test('ratios', () => expect(formatRatio(0.4567)).toBe('45.7%'));

  test.each([
    [12.9, 'ko', '12일'],
    [1, 'en', '1 day'],
    [0, 'en', '0 days'],
    [1234, 'ko', '1,234일'],
    [null, 'ko', EMPTY],
  ] as const)('formatDays(%j, %s) = %s', (v, l, want) => expect(formatDays(v, l)).toBe(want));
});

describe('money: one value, and one unit and precision per column', () => {
  test.each([
    [18_090_000_000, 'ko', '180.9억원'],
    [8_077_000_000, 'ko', '80.77억원'],
    [1_200_000_000, 'ko', '12억원'],
    [90_000_000, 'ko', '90백만원'],
    [12_345_678_900_000, 'ko', '123,456.79억원'],
    [5000, 'ko', '5,000원'],
    [null, 'ko', EMPTY],
  ] as const)('formatKrw(%j, %s) = %s', (v, l, want) => expect(formatKrw(v, l)).toBe(want));

  test.each([
    [['18090000000', '8077000000', null], 'ko', ['180.90억원', '80.77억원', EMPTY]],
    [[420_000_000, 90_000_000, 0], 'ko', ['4.20억원', '0.90억원', '0.00억원']],
    [[90_000_000, 5_500_000], 'ko', ['90백만원', '6백만원']],
    [[5000, 120], 'ko', ['5,000원', '120원']],
    [[1_234_500_000, 90_000_000], 'en', ['₩1.23B', '₩0.09B']],
    [[90_000_000, 5_500_000], 'en', ['₩90.0M', '₩5.5M']],
    [[-300_000_000, 100_000_000], 'ko', ['-3.00억원', '1.00억원']],
  ] as const)('formatKrwColumn(%j, %s)', (vals, l, want) => expect(formatKrwColumn(vals, l)).toEqual(want));
});

describe('phone numbers as Koreans write them', () => {
  test.each([
    ['+821012345678', '010-1234-5678'],
    ['01012345678', '010-1234-5678'],
    ['+8221234567', '02-123-4567'],
    ['+82212345678', '02-1234-5678'],
    ['+82311234567', '031-123-4567'],
    ['+827012345678', '070-1234-5678'],
    ['+8215881234', '1588-1234'],
    ['+14155550100', '+14155550100'],
    ['내선 123', '내선 123'],
    [null, EMPTY],
  ] as const)('formatPhone(%j) = %s', (v, want) => expect(formatPhone(v)).toBe(want));
});

describe('countries by name', () => {
  test.each([
    ['KR', 'ko', '대한민국'],
    ['KR', 'en', 'South Korea'],
    ['vn', 'ko', '베트남'],
    ['US', 'en', 'United States'],
    ['QQ', 'ko', 'QQ'],
    [null, 'ko', EMPTY],
  ] as const)('formatCountry(%j, %s) = %s', (c, l, want) => expect(formatCountry(c, l)).toBe(want));
});

describe('the host does not change the strings', () => {
  const probe = `
    import * as f from './lib/domain/format/index.ts';
    const d = new Date('2026-12-05T06:05:09Z');
    console.log(JSON.stringify([f.formatDateTime(d, 'ko'), f.formatDateTime(d, 'en'), f.formatDate('2026-03-09', 'ko'),
      f.formatKrwColumn([18090000000, 8077000000], 'ko'), f.formatNumber(1234567.5, { maxFractionDigits: 1 }),
      f.formatCountry('KR', 'ko'), f.formatPhone('+821012345678')]));`;
  const run = (env: Record<string, string>) =>
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['--eval', probe], {
      env: { ...process.env, ...env },
      cwd: path.resolve('.'),
      encoding: 'utf8',
    }).trim();

  test('TZ=America/New_York, TZ=UTC, LANG=C and a Korean locale print the same', () => {
    const outs = [
      run({ TZ: 'America/New_York', LANG: 'en_US.UTF-8' }),
      run({ TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }),
      run({ TZ: 'Asia/Seoul', LANG: 'ko_KR.UTF-8' }),
    ];
    expect(JSON.parse(outs[0]!)).toEqual([
      '2026. 12. 5. 오후 3:05',
      'Dec 5, 2026, 3:05 PM',
      '2026. 3. 9.',
      ['180.90억원', '80.77억원'],
      '1,234,567.5',
      '대한민국',
      '010-1234-5678',
    ]);
    expect(new Set(outs).size).toBe(1);
  }, 60_000);
});
