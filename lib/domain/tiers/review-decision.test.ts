import { describe, expect, test } from 'vitest';
import {
  inSnapshot,
  mayDecideInReview,
  planReviewDecision,
  previousInChain,
  reviewMoveReason,
  reviewScopeFor,
  type DecisionFacts,
} from './review-decision';

const open = (tier: number): DecisionFacts => ({ reviewClosed: false, decided: false, snapshotOutcome: 'OPEN', tier, outcome: 'OPEN' });

describe('planReviewDecision: decision → tier transition', () => {
  test.each([
    ['advance from Tier 4', open(4), { decision: 'ADVANCE' }, { kind: 'move', to: 3, outcome: null }],
    ['advance from Tier 2', open(2), { decision: 'ADVANCE' }, { kind: 'move', to: 1, outcome: null }],
    [
      'downgrade from Tier 2 with a reason',
      open(2),
      { decision: 'DOWNGRADE', reason: '예산 미확정' },
      { kind: 'move', to: 3, outcome: null },
    ],
    ['downgrade from Tier 1', open(1), { decision: 'DOWNGRADE', reason: 'x' }, { kind: 'move', to: 2, outcome: null }],
    ['drop with a reason', open(3), { decision: 'DROP', reason: '고객 사업 취소' }, { kind: 'move', to: 0, outcome: 'DROPPED' }],
    [
      'hold with next step and date',
      open(2),
      { decision: 'HOLD', nextStep: ' 재방문 ', nextStepDueDate: '2026-12-12' },
      { kind: 'hold', nextStep: '재방문', dueDate: '2026-12-12' },
    ],
  ] as const)('%s', (_n, facts, req, plan) => {
    expect(planReviewDecision(facts, req)).toEqual({ ok: true, value: plan });
  });

  test.each([
    ['a closed review', { ...open(3), reviewClosed: true }, { decision: 'ADVANCE' }, 'REVIEW_CLOSED'],
    ['deciding twice', { ...open(3), decided: true }, { decision: 'ADVANCE' }, 'ALREADY_DECIDED'],
    ['a deal closed since the snapshot', { ...open(3), tier: 0, outcome: 'WON' }, { decision: 'ADVANCE' }, 'CLOSED_SINCE_SNAPSHOT'],
    [
      'a deal already closed in the snapshot',
      { ...open(0), snapshotOutcome: 'LOST', outcome: 'LOST' },
      { decision: 'DROP', reason: 'x' },
      'NOT_OPEN_IN_SNAPSHOT',
    ],
    ['advance from Tier 1 (closing is the board’s)', open(1), { decision: 'ADVANCE' }, 'CANNOT_ADVANCE'],
    ['downgrade from Tier 4', open(4), { decision: 'DOWNGRADE', reason: 'x' }, 'CANNOT_DOWNGRADE'],
    ['downgrade without a reason', open(2), { decision: 'DOWNGRADE', reason: '  ' }, 'REASON_REQUIRED'],
    ['drop without a reason', open(2), { decision: 'DROP' }, 'REASON_REQUIRED'],
    ['hold without a date', open(2), { decision: 'HOLD', nextStep: '재방문' }, 'NEXT_STEP_REQUIRED'],
    ['hold without a next step', open(2), { decision: 'HOLD', nextStepDueDate: '2026-12-12' }, 'NEXT_STEP_REQUIRED'],
  ] as const)('refuses %s', (_n, facts, req, code) => {
    const r = planReviewDecision(facts as DecisionFacts, req);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });
});

describe('reviewMoveReason', () => {
  const asOf = new Date('2026-12-05T03:00:00Z');
  test('names the review and keeps the reason', () => {
    expect(reviewMoveReason({ period: 'WEEKLY', asOf }, ' 예산 삭감 ')).toBe('주간 티어 리뷰 2026-12-05: 예산 삭감');
    expect(reviewMoveReason({ period: 'MONTHLY', asOf }, null)).toBe('월간 티어 리뷰 2026-12-05');
  });
});

describe('previousInChain: weekly and monthly are separate chains per scope', () => {
  const d = (s: string) => new Date(`2026-${s}T00:00:00Z`);
  const reviews = [
    { id: 'w1', period: 'WEEKLY', teamId: 'm1', asOf: d('11-21') },
    { id: 'w2', period: 'WEEKLY', teamId: 'm1', asOf: d('11-28') },
    { id: 'mo', period: 'MONTHLY', teamId: 'm1', asOf: d('11-30') },
    { id: 'wOther', period: 'WEEKLY', teamId: 'm2', asOf: d('12-01') },
    { id: 'wFirm', period: 'WEEKLY', teamId: null, asOf: d('12-02') },
  ] as const;
  test.each([
    ['weekly of team m1 → the latest weekly of m1', 'WEEKLY', 'm1', '12-05', 'w2'],
    ['monthly of team m1 → the monthly, not a later weekly', 'MONTHLY', 'm1', '12-31', 'mo'],
    ['weekly of the firm → the firm’s weekly', 'WEEKLY', null, '12-05', 'wFirm'],
    ['first of its chain', 'MONTHLY', 'm2', '12-31', null],
    ['only reviews taken before', 'WEEKLY', 'm1', '11-25', 'w1'],
  ] as const)('%s', (_n, period, teamId, at, expected) => {
    expect(previousInChain(reviews, { period, teamId, asOf: d(at) })?.id ?? null).toBe(expected);
  });
});

describe('inSnapshot', () => {
  const prevAt = new Date('2026-11-28T00:00:00Z');
  test.each([
    ['open now', 'OPEN', '2026-01-01', null, true],
    ['closed, first review of the chain', 'WON', '2026-01-01', null, false],
    ['closed since the previous review (open then)', 'LOST', '2026-01-01', 'OPEN', true],
    ['created and closed between two reviews', 'WON', '2026-12-01', null, true],
    ['closed before the previous review, not in it', 'LOST', '2026-01-01', null, false],
    ['closed already in the previous review', 'LOST', '2026-01-01', 'LOST', false],
  ] as const)('%s', (_n, outcome, created, then, expected) => {
    const withPrev = then !== null || outcome !== 'OPEN';
    expect(
      inSnapshot(
        { outcome, createdAt: new Date(`${created}T00:00:00Z`) },
        withPrev && !(_n as string).startsWith('closed, first') ? { asOf: prevAt, outcomeThen: then } : null,
      ),
    ).toBe(expected);
  });
});

describe('who runs and decides', () => {
  const mgr = { userId: 'm1', roles: ['SALES_MANAGER'] };
  const exec = { userId: 'e', roles: ['EXECUTIVE'] };
  const rep = { userId: 'r', roles: ['SALES_REP'] };
  test('scope', () => {
    expect(reviewScopeFor(mgr, undefined)).toEqual({ ok: true, value: 'm1' });
    expect(reviewScopeFor(mgr, 'm2')).toEqual({ ok: false, error: 'FORBIDDEN' });
    expect(reviewScopeFor(exec, undefined)).toEqual({ ok: true, value: null });
    expect(reviewScopeFor(exec, 'm2')).toEqual({ ok: true, value: 'm2' });
    expect(reviewScopeFor(rep, undefined)).toEqual({ ok: false, error: 'FORBIDDEN' });
  });
  test.each([
    ['manager, own team review, team deal', mgr, 'm1', { ownerId: 'r', ownerManagerId: 'm1' }, true],
    ['manager, own team review, other team deal', mgr, 'm1', { ownerId: 'x', ownerManagerId: 'm2' }, false],
    ['manager, firm review', mgr, null, { ownerId: 'r', ownerManagerId: 'm1' }, false],
    ['executive, any review', exec, 'm1', { ownerId: 'x', ownerManagerId: 'm2' }, true],
    ['rep, own deal', rep, 'm1', { ownerId: 'r', ownerManagerId: 'm1' }, false],
  ] as const)('%s', (_n, actor, teamId, deal, expected) => {
    expect(mayDecideInReview(actor, { teamId }, deal)).toBe(expected);
  });
});
