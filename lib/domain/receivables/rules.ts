// Receivables (채권 관리, SPEC §6): a won contract's payment schedule (착수금/중도금/잔금), each
// milestone's status relative to "today" in Korea, aging buckets of what is overdue, exact totals,
// and the schedule's validation. Pure: dates are 'YYYY-MM-DD' strings (calendar days in Korea),
// amounts are decimal strings; sums go through sumAmounts (never floating point).
import { err, ok, type Result } from '../result';
import { sumAmounts } from '../format/money';
import { daysBetween } from '../time/korea';

export const MILESTONE_KINDS = ['DOWN_PAYMENT', 'INTERIM', 'BALANCE'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** A milestone not yet overdue counts as "due" when it falls within this many days (today included). */
export const DUE_SOON_DAYS = 30;

export type MilestoneStatus = 'COLLECTED' | 'PARTIAL' | 'OVERDUE' | 'DUE' | 'UPCOMING';
export type AgingBucket = '0-30' | '31-60' | '61-90' | '90+';
export const AGING_BUCKETS: readonly AgingBucket[] = ['0-30', '31-60', '61-90', '90+'];

export type MilestoneFacts = { amount: string; dueDate: string; collectedAmount: string | null };

const neg = (v: string) => (v.startsWith('-') ? v.slice(1) : `-${v}`);
/** Sign of a − b, exactly. */
export function compareAmounts(a: string, b: string): -1 | 0 | 1 {
  const d = sumAmounts([a, neg(b)]);
  return d === '0' ? 0 : d.startsWith('-') ? -1 : 1;
}

/** amount − collected (never below zero). */
export function outstandingOf(m: Pick<MilestoneFacts, 'amount' | 'collectedAmount'>): string {
  const d = sumAmounts([m.amount, neg(m.collectedAmount ?? '0')]);
  return d.startsWith('-') ? '0' : d;
}

export type MilestoneState = { status: MilestoneStatus; daysOverdue: number; outstanding: string; partial: boolean };

/**
 * Status of one milestone on `today` (Korea):
 * - COLLECTED: nothing outstanding;
 * - OVERDUE: something outstanding and the due date has passed (daysOverdue ≥ 1; a partly
 *   collected milestone past its due date is overdue for the remainder, with `partial`);
 * - PARTIAL: partly collected, remainder not yet due;
 * - DUE: nothing collected, due today or within DUE_SOON_DAYS;
 * - UPCOMING: due later.
 */
export function milestoneState(m: MilestoneFacts, today: string): MilestoneState {
  const outstanding = outstandingOf(m);
  const partial = outstanding !== '0' && compareAmounts(m.collectedAmount ?? '0', '0') > 0;
  if (outstanding === '0') return { status: 'COLLECTED', daysOverdue: 0, outstanding, partial: false };
  const late = daysBetween(m.dueDate, today);
  if (late > 0) return { status: 'OVERDUE', daysOverdue: late, outstanding, partial };
  if (partial) return { status: 'PARTIAL', daysOverdue: 0, outstanding, partial };
  return { status: -late < DUE_SOON_DAYS ? 'DUE' : 'UPCOMING', daysOverdue: 0, outstanding, partial };
}

/** Aging bucket of an overdue milestone: 1–30 days → '0-30', 31–60, 61–90, more → '90+'. */
export function agingBucketOf(daysOverdue: number): AgingBucket | null {
  if (daysOverdue <= 0) return null;
  if (daysOverdue <= 30) return '0-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  return '90+';
}

export type ReceivablesSummary = {
  totalOutstanding: string;
  outstandingCount: number;
  overdueAmount: string;
  overdueCount: number;
  buckets: { bucket: AgingBucket; amount: string; count: number }[];
};

/** KPI strip and aging chart: exact sums of what is outstanding and overdue. */
export function summarize(milestones: readonly MilestoneFacts[], today: string): ReceivablesSummary {
  const outstanding: string[] = [];
  const overdue: string[] = [];
  const byBucket = new Map<AgingBucket, string[]>(AGING_BUCKETS.map((b) => [b, []]));
  for (const m of milestones) {
    const s = milestoneState(m, today);
    if (s.outstanding === '0') continue;
    outstanding.push(s.outstanding);
    const b = agingBucketOf(s.daysOverdue);
    if (b) {
      overdue.push(s.outstanding);
      byBucket.get(b)!.push(s.outstanding);
    }
  }
  return {
    totalOutstanding: sumAmounts(outstanding),
    outstandingCount: outstanding.length,
    overdueAmount: sumAmounts(overdue),
    overdueCount: overdue.length,
    buckets: AGING_BUCKETS.map((bucket) => ({ bucket, amount: sumAmounts(byBucket.get(bucket)!), count: byBucket.get(bucket)!.length })),
  };
}

export type ScheduleError =
  | { code: 'EXCEEDS_CONTRACT'; scheduled: string; contract: string; over: string }
  | { code: 'COLLECTED_EXCEEDS_AMOUNT'; amount: string; collected: string }
  | { code: 'COLLECTED_IN_FUTURE' }
  | { code: 'AMOUNT_NOT_POSITIVE' };

/**
 * A won deal's schedule may not exceed its contract amount: REFUSED (not a warning) — money
 * scheduled beyond the contract can never be collected and would inflate outstanding receivables.
 * A schedule below the contract is allowed (it is built up milestone by milestone); the shortfall
 * is reported as `unscheduled` so the page can say so. Without a contract amount nothing is capped.
 */
export function checkSchedule(
  contract: string | null,
  amounts: readonly string[],
): Result<{ scheduled: string; unscheduled: string | null }, ScheduleError> {
  if (amounts.some((a) => compareAmounts(a, '0') <= 0)) return err({ code: 'AMOUNT_NOT_POSITIVE' });
  const scheduled = sumAmounts(amounts);
  if (contract === null) return ok({ scheduled, unscheduled: null });
  if (compareAmounts(scheduled, contract) > 0)
    return err({ code: 'EXCEEDS_CONTRACT', scheduled, contract, over: sumAmounts([scheduled, neg(contract)]) });
  return ok({ scheduled, unscheduled: sumAmounts([contract, neg(scheduled)]) });
}

/** Collected so far (cumulative) must be between 0 and the milestone's amount, on a date not after today. */
export function checkCollection(
  amount: string,
  collected: string,
  collectedOn: string,
  today: string,
): Result<{ fullyCollected: boolean }, ScheduleError> {
  if (compareAmounts(collected, amount) > 0) return err({ code: 'COLLECTED_EXCEEDS_AMOUNT', amount, collected });
  if (collectedOn > today) return err({ code: 'COLLECTED_IN_FUTURE' });
  return ok({ fullyCollected: compareAmounts(collected, amount) === 0 });
}
