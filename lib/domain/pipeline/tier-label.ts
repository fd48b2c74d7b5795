// The 티어 column of a pipeline sheet → (tier, outcome), in every spelling the glossary allows
// (SPEC glossary: "Tier 4 … Tier 1, Tier 0 (종료)"; outcomes 진행 · 수주 · 실주 · 입찰 포기 · Drop /
// Open · Won · Lost · No bid · Dropped) plus the sales-cycle step names matched to tiers.
// A closed deal must say how it closed: "Tier 0" or "종료" alone is an error, not a guess.
import { err, ok, type Result } from '@/lib/domain/result';
import type { ClosedOutcome, OpenTier } from '@/lib/domain/tiers';

export type SheetTier = { tier: OpenTier; outcome: 'OPEN' } | { tier: 0; outcome: ClosedOutcome };

const key = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.·()[\]]/g, '');

const CLOSED: Record<string, ClosedOutcome> = {};
for (const [outcome, words] of [
  ['WON', ['수주', '수주성공', 'won', 'win', 'closedwon', 'tier0수주', '0수주', 'tier0won']],
  ['LOST', ['실주', 'lost', 'loss', 'lose', 'closedlost', 'tier0실주', '0실주', 'tier0lost']],
  ['NO_BID', ['입찰포기', '포기', 'nobid', 'no_bid', 'declined', 'tier0입찰포기', 'tier0nobid']],
  ['DROPPED', ['drop', 'dropped', '드롭', '사업drop', '사업드롭', 'tier0drop', 'tier0dropped']],
] as const) {
  for (const w of words) CLOSED[key(w)] = outcome;
}

const STAGES: Record<string, OpenTier> = {
  [key('초기 접촉')]: 4,
  [key('initial contact')]: 4,
  [key('사업기회 개발')]: 3,
  [key('opportunity development')]: 3,
  [key('사업기회 평가')]: 2,
  [key('opportunity evaluation')]: 2,
  [key('제안 및 계약')]: 1,
  [key('proposal & contract')]: 1,
  [key('proposal and contract')]: 1,
};

/** "4", "T3", "Tier 2", "티어 1", "2티어", "2단계"… "수주", "Won", "실주", "입찰 포기", "No bid", "Drop"… */
export function parseTierLabel(raw: string): Result<SheetTier | null, string> {
  const k = key(raw);
  if (!k) return ok(null);
  const closed = CLOSED[k];
  if (closed) return ok({ tier: 0, outcome: closed });
  const stage = STAGES[k];
  if (stage) return ok({ tier: stage, outcome: 'OPEN' });
  const m = /^(?:tier|티어|t)?([0-4])(?:tier|티어|단계|등급)?$/.exec(k);
  if (m) {
    const n = Number(m[1]);
    if (n === 0) return err('tierNeedsOutcome');
    return ok({ tier: n as OpenTier, outcome: 'OPEN' });
  }
  if (k === '종료' || k === 'closed' || k === 'tier0종료') return err('tierNeedsOutcome');
  return err('badTier');
}
