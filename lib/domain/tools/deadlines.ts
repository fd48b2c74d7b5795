// "Bid deadline within 7 days" (issue 12 item 5): shown on the rep's board card and the dashboard.
// Pure: the deadline instant and `now` in, whether it is near out. A passed deadline is not "near".

export const BID_DEADLINE_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

export function isBidDeadlineNear(deadline: Date | null, now: Date, days = BID_DEADLINE_WINDOW_DAYS): boolean {
  if (!deadline) return false;
  const ms = deadline.getTime() - now.getTime();
  return ms >= 0 && ms <= days * DAY_MS;
}
