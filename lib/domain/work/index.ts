// My work (내 업무): what is waiting for a person, by kind, each row linking to where the work is
// done. Pure: which kinds a person has (by role and VRB domain), the date windows they are read
// with, the links, and the capped counts the nav shows. No Prisma, no clock.

import type { StallThresholds } from '../tiers/stall';

export const WORK_KINDS = [
  'FINDING_TO_ANSWER',
  'STALLED',
  'NEXT_STEP_OVERDUE',
  'TIER_REVIEW_DECISIONS',
  'VRB_TO_DECIDE',
  'OPINION_TO_GIVE',
  'FINDING_TO_VERIFY',
  'POSTMORTEM_DUE',
  'ACTION_ITEM_DUE',
  'BID_DEADLINE',
  'RECEIVABLE_OVERDUE',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export type WorkActor = { userId: string; roles: readonly string[]; vrbDomains: readonly string[] };

const has = (a: WorkActor, ...roles: string[]) => roles.some((r) => a.roles.includes(r));

/**
 * The kinds a person has. Deal work (stalled deals, overdue next steps, findings to answer,
 * postmortems due, bid deadlines) belongs to reps and managers (own deals; a manager's team's too);
 * opinions and verifications to VRB members; VRB decisions to the chair and executives; tier-review
 * decisions to managers and executives; overdue receivables to finance (the VRB finance domain) and
 * to reps and managers for their won deals; action items to whoever owns one.
 */
export function workKindsFor(a: WorkActor): WorkKind[] {
  const sales = has(a, 'SALES_REP', 'SALES_MANAGER');
  const finance = a.vrbDomains.includes('FINANCE');
  return WORK_KINDS.filter((k) => {
    switch (k) {
      case 'STALLED':
      case 'NEXT_STEP_OVERDUE':
      case 'FINDING_TO_ANSWER':
      case 'POSTMORTEM_DUE':
      case 'BID_DEADLINE':
        return sales;
      case 'OPINION_TO_GIVE':
      case 'FINDING_TO_VERIFY':
        return has(a, 'VRB_MEMBER') && a.vrbDomains.length > 0;
      case 'VRB_TO_DECIDE':
        return has(a, 'VRB_CHAIR', 'EXECUTIVE');
      case 'TIER_REVIEW_DECISIONS':
        return has(a, 'SALES_MANAGER', 'EXECUTIVE', 'ADMIN');
      case 'RECEIVABLE_OVERDUE':
        return sales || finance;
      case 'ACTION_ITEM_DUE':
        return true;
    }
  });
}

/** Whose deals a person's deal work covers: their own, and a manager's team (their reports). */
export function dealScope(a: WorkActor, reportIds: readonly string[]): { ownerIds: string[]; team: boolean } {
  const team = a.roles.includes('SALES_MANAGER') && reportIds.length > 0;
  return { ownerIds: team ? [a.userId, ...reportIds] : [a.userId], team };
}

const DAY = 86_400_000;
const KST = 9 * 3_600_000;

/** Today's date in Korea (the firm's calendar), as YYYY-MM-DD. */
export const koreaDate = (now: Date, plusDays = 0) => new Date(now.getTime() + KST + plusDays * DAY).toISOString().slice(0, 10);

export type WorkWindow = {
  /** next steps due before this date are overdue; action items due on or before it are due */
  today: string;
  /** bid deadlines from now until this instant are "this week" (the next 7 days) */
  bidUntil: Date;
  /** a deal entered its tier on or before this instant is stalled (per open tier) */
  stallCutoff: { tier4: Date; tier3: Date; tier2: Date; tier1: Date };
  /** postmortems due: deals closed since this instant (older closes stay on /postmortems) */
  postmortemSince: Date;
  /** a postmortem is due this many days after the close */
  postmortemDueDays: number;
};

/** How far back the work list looks for closed deals still owing a postmortem. */
export const POSTMORTEM_LOOKBACK_DAYS = 180;

/**
 * The windows a work list is read with. Stalled mirrors the board's rule exactly
 * (lib/domain/tiers/stall: whole days in tier > threshold ⟺ entered ≤ now − (threshold + 1) days).
 */
export function workWindow(now: Date, stall: StallThresholds, postmortemDueDays: number): WorkWindow {
  const cut = (days: number) => new Date(now.getTime() - (days + 1) * DAY);
  return {
    today: koreaDate(now),
    bidUntil: new Date(now.getTime() + 7 * DAY),
    stallCutoff: { tier4: cut(stall.tier4), tier3: cut(stall.tier3), tier2: cut(stall.tier2), tier1: cut(stall.tier1) },
    postmortemSince: new Date(now.getTime() - POSTMORTEM_LOOKBACK_DAYS * DAY),
    postmortemDueDays,
  };
}

/** Where each kind of work is done. */
export function linkFor(
  kind: WorkKind,
  ref: { opportunityId?: string | null; reviewId?: string | null; postmortemId?: string | null },
): string {
  switch (kind) {
    case 'STALLED':
    case 'NEXT_STEP_OVERDUE':
    case 'BID_DEADLINE':
      return `/opportunities/${ref.opportunityId}`;
    case 'FINDING_TO_ANSWER':
    case 'FINDING_TO_VERIFY':
    case 'OPINION_TO_GIVE':
    case 'VRB_TO_DECIDE':
      return `/vrb/reviews/${ref.reviewId}`;
    case 'TIER_REVIEW_DECISIONS':
      return `/tiers/reviews/${ref.reviewId}`;
    case 'POSTMORTEM_DUE':
      return `/postmortems/write/${ref.opportunityId}`;
    case 'ACTION_ITEM_DUE':
      return `/postmortems/${ref.postmortemId}`;
    case 'RECEIVABLE_OVERDUE':
      return `/receivables/${ref.opportunityId}`;
  }
}

/** Counts are read up to this cap (a LIMIT, so a count costs at most this many index entries): the badge shows "99+". */
export const COUNT_CAP = 100;
export const formatCount = (n: number) => (n >= COUNT_CAP ? `${COUNT_CAP - 1}+` : String(n));

/** The nav badge: the sum over kinds, capped like each count. */
export function totalCount(counts: Partial<Record<WorkKind, number>>): number {
  return Math.min(
    COUNT_CAP,
    Object.values(counts).reduce((s, n) => s + (n ?? 0), 0),
  );
}

/** Is an action item overdue (its due date before today in Korea)? */
export const isOverdue = (dueDate: string | null, today: string) => !!dueDate && dueDate < today;
