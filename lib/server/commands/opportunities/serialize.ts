import 'server-only';
import type { OpportunityRow } from '@/lib/db/queries/opportunities';
import { horizonOf, salesStageOf, type HorizonBounds, type Tier } from '@/lib/domain/tiers';

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const dec = (v: { toString(): string } | null) => (v === null ? null : v.toString());

/** The opportunity as the API and the pages see it (decimals as strings, dates as YYYY-MM-DD). */
export function serializeOpportunity(o: OpportunityRow, bounds: HorizonBounds, now = new Date()) {
  return {
    id: o.id,
    name: o.name,
    accountId: o.accountId,
    accountName: o.account.name,
    ownerId: o.ownerId,
    ownerName: o.owner.name,
    amount: dec(o.amount),
    currency: o.currency,
    businessCategoryId: o.businessCategoryId,
    regionScope: o.regionScope,
    country: o.country,
    salesRegionId: o.salesRegionId,
    expectedCloseDate: day(o.expectedCloseDate),
    need: o.need,
    tier: o.tier,
    outcome: o.outcome,
    lastOpenTier: o.lastOpenTier,
    salesStage: salesStageOf(o.tier as Tier),
    horizon: o.tier === 0 ? null : horizonOf(o.expectedCloseDate, now, bounds),
    tierEnteredAt: o.tierEnteredAt.toISOString(),
    closedAt: o.closedAt?.toISOString() ?? null,
    lossType: o.lossType,
    lostToCompetitorId: o.lostToCompetitorId,
    contractAmount: dec(o.contractAmount),
    reasonIds: o.reasons.map((r) => r.reasonId).sort(),
    unmetAtEntry: o.unmetAtEntry ?? [],
    resourcePersonMonths: o.resourcePersonMonths === null ? null : Number(o.resourcePersonMonths),
    resourceBudget: dec(o.resourceBudget),
    resourceDays: o.resourceDays,
    marketPolitical: o.marketPolitical,
    marketSocial: o.marketSocial,
    marketCultural: o.marketCultural,
    marketNotes: o.marketNotes,
    nextStep: o.nextStep,
    nextStepDueDate: day(o.nextStepDueDate),
    proposalDueDate: day(o.proposalDueDate),
    stallSnoozedUntil: day(o.stallSnoozedUntil),
    stallSnoozeReason: o.stallSnoozeReason,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    version: o.version,
  };
}
export type OpportunityDto = ReturnType<typeof serializeOpportunity>;
