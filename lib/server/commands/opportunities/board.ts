import 'server-only';
import type { Db } from '@/lib/db/client';
import { listBoardRows } from '@/lib/db/queries/opportunities';
import { daysSince, horizonDateRange, isNextStepOverdue, stallStateOf, type BoardCardData } from '@/lib/domain/tiers';
import { sumAmounts } from '@/lib/domain/format/money';
import { mayEdit, type Actor } from '@/lib/domain/access';
import { isBidDeadlineNear } from '@/lib/domain/tools/deadlines';
import type { BoardFilters } from '@/lib/validation/opportunities';
import { getSettings } from '../../settings';

/** A card as loaded: the client fields without the viewer's `movable` flag, plus the owner (for lib/domain/access mayEdit). */
export type BoardCard = Omit<BoardCardData, 'movable'> & { ownerId: string; ownerManagerId: string | null };
export type BoardColumn = {
  tier: number;
  count: number;
  amount: string;
  cards: BoardCard[];
  byOutcome?: Record<string, { count: number; amount: string }>;
};

/** The tier board: columns 4…1 and 0 (closed within the `closedDealWindowDays` setting, default 90) with counts and exact amount totals. */
/**
 * `postmortemWriter`: the viewer when they may write postmortems (postmortem:write); a closed card
 * they may edit then carries `postmortemDue` (its "포스트모템 작성" link) while one is owed.
 */
export async function loadBoard(db: Db, filters: BoardFilters, now = new Date(), opts: { postmortemWriter?: Actor | null } = {}) {
  const settings = await getSettings(db);
  const range = filters.horizon ? horizonDateRange(filters.horizon, now, settings.horizonBounds) : null;
  const rows = await listBoardRows(db, {
    owners: filters.owner,
    teamManagerId: filters.team,
    categoryId: filters.category,
    regionScope: filters.region,
    closeFrom: range ? range.from : undefined,
    closeTo: range ? range.to : undefined,
    q: filters.q,
    closedSince: new Date(now.getTime() - settings.closedDealWindowDays * 86_400_000),
  });
  const cards: BoardCard[] = [];
  for (const r of rows) {
    const stall = stallStateOf(
      { tier: r.tier, tierEnteredAt: r.tierEnteredAt, stallSnoozedAt: r.stallSnoozedAt, stallSnoozedUntil: r.stallSnoozedUntil },
      settings.stallThresholds,
      now,
    );
    if (filters.stalled && stall !== 'stalled') continue;
    cards.push({
      id: r.id,
      name: r.name,
      accountName: r.accountName,
      ownerName: r.ownerName,
      ownerId: r.ownerId,
      ownerManagerId: r.ownerManagerId,
      amount: r.amount,
      tier: r.tier,
      outcome: r.outcome,
      daysInTier: daysSince(r.tierEnteredAt, now),
      stall,
      nextStep: r.nextStep,
      nextStepDueDate: r.nextStepDueDate ? r.nextStepDueDate.toISOString().slice(0, 10) : null,
      isNextStepOverdue: r.tier !== 0 && isNextStepOverdue(r.nextStepDueDate, now),
      version: r.version,
      postmortemDue:
        r.tier === 0 &&
        r.postmortemOwed &&
        !!opts.postmortemWriter &&
        mayEdit(opts.postmortemWriter, { ownerId: r.ownerId, ownerManagerId: r.ownerManagerId }),
      unmetCount: r.unmetCount,
      bidDueSoon: r.tier !== 0 && isBidDeadlineNear(r.bidDeadline, now) ? r.bidDeadline!.toISOString() : null,
    });
  }
  const columns: BoardColumn[] = [4, 3, 2, 1, 0].map((tier) => {
    const list = cards.filter((c) => c.tier === tier);
    const col: BoardColumn = { tier, count: list.length, amount: sumAmounts(list.map((c) => c.amount)), cards: list };
    if (tier === 0) {
      col.byOutcome = Object.fromEntries(
        (['WON', 'LOST', 'NO_BID', 'DROPPED'] as const).map((o) => {
          const l = list.filter((c) => c.outcome === o);
          return [o, { count: l.length, amount: sumAmounts(l.map((c) => c.amount)) }];
        }),
      );
    }
    return col;
  });
  return { columns, thresholds: settings.stallThresholds, closedWindowDays: settings.closedDealWindowDays };
}
