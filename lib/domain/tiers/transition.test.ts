import { describe, expect, test } from 'vitest';
import { decideTierMove, type CurrentState, type MoveRequest } from './transition';
import type { RequirementFacts } from './requirements';

const full: RequirementFacts = {
  hasNamedContact: true,
  need: '차세대 ERP 구축',
  amount: '1200000000',
  expectedCloseDate: new Date('2027-03-31'),
  hasDecisionMaker: true,
  hasPassedBidApproval: true,
  proposalDueDate: new Date('2027-01-15'),
  reasonCount: 1,
  contractAmount: '1100000000',
  lossType: 'COMPETITOR',
};
const empty: RequirementFacts = {
  hasNamedContact: false,
  need: null,
  amount: null,
  expectedCloseDate: null,
  hasDecisionMaker: false,
  hasPassedBidApproval: false,
  proposalDueDate: null,
  reasonCount: 0,
  contractAmount: null,
  lossType: null,
};
const rules = { requireVrbBidApprovalForTier1: true };
const open = (tier: 4 | 3 | 2 | 1): CurrentState => ({ tier, outcome: 'OPEN', lastOpenTier: null });
const closed = (outcome: 'WON' | 'LOST'): CurrentState => ({ tier: 0, outcome, lastOpenTier: 2 });
const run = (cur: CurrentState, req: MoveRequest, facts = full, canReopen = false) => decideTierMove(cur, req, facts, { rules, canReopen });

describe('decideTierMove: allowed moves', () => {
  test.each([
    ['4 → 3 up', open(4), { to: 3 }, { tier: 3, outcome: 'OPEN', lastOpenTier: null, kind: 'up' }],
    ['3 → 2 up', open(3), { to: 2 }, { tier: 2, outcome: 'OPEN', lastOpenTier: null, kind: 'up' }],
    ['2 → 1 up', open(2), { to: 1 }, { tier: 1, outcome: 'OPEN', lastOpenTier: null, kind: 'up' }],
    [
      '4 → 2 skip with reason',
      open(4),
      { to: 2, reason: '고객 요청으로 빠른 진행' },
      { tier: 2, outcome: 'OPEN', lastOpenTier: null, kind: 'skip' },
    ],
    ['2 → 3 down with reason', open(2), { to: 3, reason: '예산 보류' }, { tier: 3, outcome: 'OPEN', lastOpenTier: null, kind: 'down' }],
    ['1 → 4 down with reason', open(1), { to: 4, reason: '재검토' }, { tier: 4, outcome: 'OPEN', lastOpenTier: null, kind: 'down' }],
    [
      '1 → 0 WON records the last open tier',
      open(1),
      { to: 0, outcome: 'WON' },
      { tier: 0, outcome: 'WON', lastOpenTier: 1, kind: 'close' },
    ],
    ['3 → 0 LOST', open(3), { to: 0, outcome: 'LOST' }, { tier: 0, outcome: 'LOST', lastOpenTier: 3, kind: 'close' }],
    ['4 → 0 NO_BID', open(4), { to: 0, outcome: 'NO_BID' }, { tier: 0, outcome: 'NO_BID', lastOpenTier: 4, kind: 'close' }],
    ['2 → 0 DROPPED', open(2), { to: 0, outcome: 'DROPPED' }, { tier: 0, outcome: 'DROPPED', lastOpenTier: 2, kind: 'close' }],
  ] as const)('%s', (_l, cur, req, expected) => {
    expect(run(cur, req as MoveRequest)).toEqual({ ok: true, value: expected });
  });

  test('an admin reopens Tier 0 with a reason; lastOpenTier is cleared', () => {
    expect(run(closed('LOST'), { to: 2, reason: '재입찰 공고' }, full, true)).toEqual({
      ok: true,
      value: { tier: 2, outcome: 'OPEN', lastOpenTier: null, kind: 'reopen' },
    });
  });
});

describe('decideTierMove: refusals', () => {
  test.each([
    ['a tier that does not exist', open(4), { to: 7 }, { code: 'INVALID_TIER', to: 7 }],
    ['a negative tier', open(4), { to: -1 }, { code: 'INVALID_TIER', to: -1 }],
    ['a fractional tier', open(4), { to: 2.5 }, { code: 'INVALID_TIER', to: 2.5 }],
    ['the same tier', open(3), { to: 3 }, { code: 'SAME_TIER' }],
    ['Tier 0 without outcome', open(1), { to: 0 }, { code: 'OUTCOME_REQUIRED' }],
    ['an outcome on an open tier', open(4), { to: 3, outcome: 'WON' }, { code: 'OUTCOME_NOT_ALLOWED' }],
    ['skipping without reason', open(4), { to: 2 }, { code: 'REASON_REQUIRED', kind: 'skip' }],
    ['moving down without reason', open(2), { to: 3, reason: '  ' }, { code: 'REASON_REQUIRED', kind: 'down' }],
    ['a closed opportunity (not admin)', closed('WON'), { to: 3, reason: 'x' }, { code: 'CLOSED', canReopen: false }],
    ['closed → another outcome', closed('WON'), { to: 0, outcome: 'LOST' }, { code: 'CLOSED', canReopen: false }],
    ['closed → same outcome', closed('WON'), { to: 0, outcome: 'WON' }, { code: 'SAME_TIER' }],
  ] as const)('refuses %s', (_l, cur, req, error) => {
    expect(run(cur, req as MoveRequest)).toEqual({ ok: false, error });
  });

  test('an admin reopening still needs a reason', () => {
    expect(run(closed('LOST'), { to: 3 }, full, true)).toEqual({ ok: false, error: { code: 'REASON_REQUIRED', kind: 'reopen' } });
  });
});

describe('decideTierMove: entry requirements are listed, not just refused', () => {
  test.each([
    ['Tier 3', open(4), { to: 3 }, ['namedContact', 'need']],
    ['Tier 2', open(3), { to: 2 }, ['amount', 'expectedCloseDate', 'decisionMaker']],
    ['Tier 1', open(2), { to: 1 }, ['vrbBidApproval', 'proposalDueDate']],
    [
      'skip 4 → 2 checks Tier 3 and Tier 2',
      open(4),
      { to: 2, reason: 'r' },
      ['namedContact', 'need', 'amount', 'expectedCloseDate', 'decisionMaker'],
    ],
    ['Tier 0 WON', open(1), { to: 0, outcome: 'WON' }, ['reason', 'contractAmount']],
    ['Tier 0 LOST', open(1), { to: 0, outcome: 'LOST' }, ['reason', 'lossType']],
    ['Tier 0 NO_BID', open(4), { to: 0, outcome: 'NO_BID' }, ['reason']],
    ['moving down has none', open(1), { to: 3, reason: 'r' }, []],
  ] as const)('%s', (_l, cur, req, ids) => {
    const r = run(cur, req as MoveRequest, empty);
    if (!ids.length) return expect(r.ok).toBe(true);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('REQUIREMENTS_UNMET');
    expect(r.error.code === 'REQUIREMENTS_UNMET' && r.error.unmet.map((u) => u.id)).toEqual(ids);
  });

  test.each([
    [
      'skip 4 → 2 without a reason: the reason and every requirement at once',
      open(4),
      { to: 2 },
      'skip',
      ['namedContact', 'need', 'amount', 'expectedCloseDate', 'decisionMaker'],
    ],
    [
      'skip 3 → 1 without a reason: the reason, the VRB pass and the rest',
      open(3),
      { to: 1, reason: ' ' },
      'skip',
      ['amount', 'expectedCloseDate', 'decisionMaker', 'vrbBidApproval', 'proposalDueDate'],
    ],
    [
      'skip 4 → 2 with a reason: only the requirements',
      open(4),
      { to: 2, reason: '고객 요청' },
      undefined,
      ['namedContact', 'need', 'amount', 'expectedCloseDate', 'decisionMaker'],
    ],
  ] as const)('%s', (_l, cur, req, reasonRequired, ids) => {
    const r = run(cur, req as MoveRequest, empty);
    if (r.ok || r.error.code !== 'REQUIREMENTS_UNMET') throw new Error(`expected REQUIREMENTS_UNMET, got ${JSON.stringify(r)}`);
    expect(r.error.reasonRequired).toBe(reasonRequired);
    expect(r.error.unmet.map((u) => u.id)).toEqual(ids);
  });

  test('the VRB bid-approval rule can be switched off in settings', () => {
    const r = decideTierMove(
      open(2),
      { to: 1 },
      { ...full, hasPassedBidApproval: false },
      { rules: { requireVrbBidApprovalForTier1: false }, canReopen: false },
    );
    expect(r.ok).toBe(true);
  });

  test('zero or blank values do not count', () => {
    const r = run(open(3), { to: 2 }, { ...full, amount: '0' });
    expect(r).toEqual({ ok: false, error: { code: 'REQUIREMENTS_UNMET', unmet: [{ tier: 2, id: 'amount', input: 'amount' }] } });
    const s = run(open(4), { to: 3 }, { ...full, need: '   ' });
    expect(s).toEqual({ ok: false, error: { code: 'REQUIREMENTS_UNMET', unmet: [{ tier: 3, id: 'need', input: 'need' }] } });
  });
});
