import { describe, expect, test } from 'vitest';
import { daysSince } from '../tiers/time-in-tier';
import { stallStateOf } from '../tiers/stall';
import { dealScope, formatCount, isOverdue, koreaDate, linkFor, totalCount, workKindsFor, workWindow, type WorkActor } from './index';

const actor = (roles: string[], vrbDomains: string[] = []): WorkActor => ({ userId: 'u', roles, vrbDomains });

describe('workKindsFor: each role gets its own work', () => {
  test.each([
    [
      'a rep',
      actor(['SALES_REP']),
      ['FINDING_TO_ANSWER', 'STALLED', 'NEXT_STEP_OVERDUE', 'POSTMORTEM_DUE', 'ACTION_ITEM_DUE', 'BID_DEADLINE', 'RECEIVABLE_OVERDUE'],
    ],
    [
      'a manager (also decides tier reviews)',
      actor(['SALES_MANAGER']),
      [
        'FINDING_TO_ANSWER',
        'STALLED',
        'NEXT_STEP_OVERDUE',
        'TIER_REVIEW_DECISIONS',
        'POSTMORTEM_DUE',
        'ACTION_ITEM_DUE',
        'BID_DEADLINE',
        'RECEIVABLE_OVERDUE',
      ],
    ],
    ['a VRB member of legal', actor(['VRB_MEMBER'], ['LEGAL']), ['OPINION_TO_GIVE', 'FINDING_TO_VERIFY', 'ACTION_ITEM_DUE']],
    [
      'a VRB member of finance (also receivables)',
      actor(['VRB_MEMBER'], ['FINANCE']),
      ['OPINION_TO_GIVE', 'FINDING_TO_VERIFY', 'ACTION_ITEM_DUE', 'RECEIVABLE_OVERDUE'],
    ],
    ['the chair', actor(['VRB_CHAIR']), ['VRB_TO_DECIDE', 'ACTION_ITEM_DUE']],
    ['an executive', actor(['EXECUTIVE']), ['TIER_REVIEW_DECISIONS', 'VRB_TO_DECIDE', 'ACTION_ITEM_DUE']],
    ['a marketer', actor(['MARKETER']), ['ACTION_ITEM_DUE']],
  ])('%s', (_n, a, kinds) => expect(workKindsFor(a)).toEqual(kinds));
});

describe('dealScope', () => {
  test('a rep: own deals', () => expect(dealScope(actor(['SALES_REP']), [])).toEqual({ ownerIds: ['u'], team: false }));
  test('a manager: own and the reports’', () =>
    expect(dealScope(actor(['SALES_MANAGER']), ['r1', 'r2'])).toEqual({ ownerIds: ['u', 'r1', 'r2'], team: true }));
  test('a rep who somehow has reports is still only themselves', () =>
    expect(dealScope(actor(['SALES_REP']), ['r1'])).toEqual({ ownerIds: ['u'], team: false }));
});

describe('workWindow', () => {
  const now = new Date('2026-12-05T16:00:00Z'); // 01:00 on the 6th in Korea
  const w = workWindow(now, { tier4: 60, tier3: 45, tier2: 30, tier1: 21 }, 14);
  test('today is the Korean date', () => expect(w.today).toBe('2026-12-06'));
  test('bid deadlines: the next 7 days', () => expect(w.bidUntil.toISOString()).toBe('2026-12-12T16:00:00.000Z'));
  test.each([4, 3, 2, 1] as const)('stall cutoff agrees with the board’s rule at Tier %s', (tier) => {
    const cutoff = w.stallCutoff[`tier${tier}`];
    const facts = (entered: Date) => ({ tier, tierEnteredAt: entered, stallSnoozedAt: null, stallSnoozedUntil: null });
    const t = { tier4: 60, tier3: 45, tier2: 30, tier1: 21 };
    expect(stallStateOf(facts(cutoff), t, now)).toBe('stalled');
    expect(stallStateOf(facts(new Date(cutoff.getTime() + 1)), t, now)).toBe('ok');
    expect(daysSince(cutoff, now)).toBe(t[`tier${tier}`] + 1);
  });
  test('postmortems: closed in the last 180 days', () => expect(w.postmortemSince.toISOString()).toBe('2026-06-08T16:00:00.000Z'));
});

describe('links go where the work is done', () => {
  test.each([
    ['STALLED', { opportunityId: 'o' }, '/opportunities/o'],
    ['FINDING_TO_ANSWER', { reviewId: 'v' }, '/vrb/reviews/v'],
    ['TIER_REVIEW_DECISIONS', { reviewId: 't' }, '/tiers/reviews/t'],
    ['POSTMORTEM_DUE', { opportunityId: 'o' }, '/postmortems/write/o'],
    ['ACTION_ITEM_DUE', { postmortemId: 'p' }, '/postmortems/p'],
    ['RECEIVABLE_OVERDUE', { opportunityId: 'o' }, '/receivables/o'],
  ] as const)('%s', (kind, ref, link) => expect(linkFor(kind, ref)).toBe(link));
});

describe('counts', () => {
  test.each([
    [0, '0'],
    [42, '42'],
    [100, '99+'],
  ])('%s → %s', (n, s) => expect(formatCount(n)).toBe(s));
  test('total is capped', () => {
    expect(totalCount({ STALLED: 3, ACTION_ITEM_DUE: 2 })).toBe(5);
    expect(totalCount({ STALLED: 100, ACTION_ITEM_DUE: 2 })).toBe(100);
  });
  test('overdue: before today only', () => {
    expect(isOverdue('2026-12-05', '2026-12-06')).toBe(true);
    expect(isOverdue('2026-12-06', '2026-12-06')).toBe(false);
    expect(isOverdue(null, '2026-12-06')).toBe(false);
  });
  test('koreaDate adds days', () => expect(koreaDate(new Date('2026-12-05T00:00:00Z'), 7)).toBe('2026-12-12'));
});
