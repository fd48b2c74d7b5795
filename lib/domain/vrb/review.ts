// VRB review record rules (SPEC §4): which required expert domains still lack an opinion,
// whether a scheduled review is overdue, and the current (latest) decision.

export const VRB_DOMAINS = ['FINANCE', 'LEGAL', 'PROCUREMENT', 'TECHNOLOGY'] as const;
export type VrbDomain = (typeof VRB_DOMAINS)[number];

export type OpinionStatus = {
  required: VrbDomain[];
  given: VrbDomain[];
  missing: VrbDomain[];
  /** opinions from domains the stage does not require (still shown, not counted) */
  extra: VrbDomain[];
  complete: boolean;
};

const order = (d: VrbDomain) => VRB_DOMAINS.indexOf(d);
const sorted = (xs: Iterable<VrbDomain>) => [...new Set(xs)].sort((a, b) => order(a) - order(b));

export function opinionStatus(requiredDomains: readonly VrbDomain[], opinionDomains: readonly VrbDomain[]): OpinionStatus {
  const required = sorted(requiredDomains);
  const have = new Set(opinionDomains);
  const req = new Set(required);
  const given = required.filter((d) => have.has(d));
  const missing = required.filter((d) => !have.has(d));
  const extra = sorted(opinionDomains).filter((d) => !req.has(d));
  return { required, given, missing, extra, complete: missing.length === 0 };
}

export type ReviewStatus = 'SCHEDULED' | 'DECIDED' | 'CANCELLED';

/** A scheduled (undecided) review whose date has passed. */
export function isOverdue(review: { status: ReviewStatus; scheduledAt: Date }, now: Date): boolean {
  return review.status === 'SCHEDULED' && review.scheduledAt.getTime() < now.getTime();
}

export type DecisionKind = 'PASS' | 'CONDITIONAL' | 'HOLD' | 'DROP';

/** Decisions are append-only: newest first; the first is the review's decision. */
export function decisionHistory<T extends { decidedAt: Date; id: string }>(decisions: readonly T[]): { history: T[]; current: T | null } {
  const history = [...decisions].sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime() || (a.id < b.id ? 1 : -1));
  return { history, current: history[0] ?? null };
}

/** Assessment score (1..5) as the filled share of a bar; out-of-range scores are clamped. */
export function scoreShare(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(5, Math.max(0, Math.round(score))) / 5;
}
