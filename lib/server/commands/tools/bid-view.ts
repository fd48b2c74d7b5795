import 'server-only';
import type { BidRow } from '@/lib/db/queries/bids';
import { checkBid, checkConsortium, PROCESS_STEPS, type StepDates } from '@/lib/domain/tools';

const dec = (v: { toString(): string } | null) => (v === null ? null : v.toString());

/** The procurement/public-bid view of an opportunity, as the API and the page see it. */
export function serializeBid(o: BidRow) {
  const plannedPrice = dec(o.plannedPrice);
  const lowerBidLimitRate = dec(o.lowerBidLimitRate);
  const bidAmount = dec(o.bidAmount);
  const partners = o.partners.map((p) => ({ id: p.id, name: p.name, role: p.role, sharePct: dec(p.sharePct) }));
  const stepDates: StepDates = {};
  for (const s of o.processSteps) stepDates[s.step] = s.date.toISOString().slice(0, 10);
  const consortium = checkConsortium(partners);
  return {
    opportunityId: o.id,
    version: o.version,
    isPublicSector: o.isPublicSector,
    salesProcessStep: o.salesProcessStep,
    bidNoticeNo: o.bidNoticeNo,
    bidRound: o.bidRound,
    demandAgency: o.demandAgency,
    estimatedPrice: dec(o.estimatedPrice),
    plannedPrice,
    lowerBidLimitRate,
    bidDeadline: o.bidDeadline?.toISOString() ?? null,
    bidAmount,
    steps: PROCESS_STEPS.map((step) => ({ step, date: stepDates[step] ?? null })),
    partners,
    ourSharePct: consortium.ok ? consortium.value.ourSharePct : null,
    bidCheck: checkBid({ plannedPrice, lowerBidLimitRate, bidAmount }),
  };
}
export type BidView = ReturnType<typeof serializeBid>;
