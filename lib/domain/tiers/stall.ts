// Dynamic tiers (SPEC §2): each open tier has a stall threshold (days without a tier change).
// A stalled card is flagged unless the rep snoozed it; a rep may snooze once per tier entry,
// with a reason and a date.

import { err, ok, type Result } from '../result';
import { daysSince } from './time-in-tier';

export type StallThresholds = { tier4: number; tier3: number; tier2: number; tier1: number };
export type StallFacts = {
  tier: number;
  tierEnteredAt: Date;
  stallSnoozedUntil: Date | null;
  stallSnoozedAt: Date | null;
};

export function thresholdOf(tier: number, t: StallThresholds): number | null {
  return tier === 4 ? t.tier4 : tier === 3 ? t.tier3 : tier === 2 ? t.tier2 : tier === 1 ? t.tier1 : null;
}

const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export type StallState = 'ok' | 'stalled' | 'snoozed';

export function stallStateOf(o: StallFacts, thresholds: StallThresholds, now: Date): StallState {
  const limit = thresholdOf(o.tier, thresholds);
  if (limit === null) return 'ok';
  if (daysSince(o.tierEnteredAt, now) <= limit) return 'ok';
  const snoozeCurrent = o.stallSnoozedAt && o.stallSnoozedAt >= o.tierEnteredAt;
  if (snoozeCurrent && o.stallSnoozedUntil && startOfDay(o.stallSnoozedUntil) >= startOfDay(now)) return 'snoozed';
  return 'stalled';
}

export type SnoozeError = { code: 'NOT_STALLED' } | { code: 'ALREADY_SNOOZED' } | { code: 'BAD_DATE' } | { code: 'REASON_REQUIRED' };

/** Once per tier entry, until a date in the future (at most a year), with a reason. */
export function decideSnooze(
  o: StallFacts,
  req: { until: Date; reason: string },
  thresholds: StallThresholds,
  now: Date,
): Result<{ until: Date }, SnoozeError> {
  if (!req.reason.trim()) return err({ code: 'REASON_REQUIRED' });
  if (o.stallSnoozedAt && o.stallSnoozedAt >= o.tierEnteredAt) return err({ code: 'ALREADY_SNOOZED' });
  if (stallStateOf(o, thresholds, now) !== 'stalled') return err({ code: 'NOT_STALLED' });
  const today = startOfDay(now);
  const until = startOfDay(req.until);
  if (until <= today || until.getTime() - today.getTime() > 366 * 86_400_000) return err({ code: 'BAD_DATE' });
  return ok({ until });
}

/** Next step overdue: its due date is before today. */
export function isNextStepOverdue(due: Date | null, now: Date): boolean {
  return !!due && startOfDay(due) < startOfDay(now);
}
