// From decision to cash (issue #11): when a deal is won, its receivables schedule is PROPOSED from
// the last passed review's snapshot — each payment term's percent × the contract amount, due on the
// term's fixed date or `dueOffsetDays` after the win date. The rep confirms it; nothing is written here.

import { centsToString, toCents, type MilestoneKind, type PaymentTerm } from './economics';

export type ProposedMilestone = { kind: MilestoneKind; sequence: number; percent: number; amount: string; dueDate: string };

const addDays = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Milestones (amount in 원 as a decimal string, due date YYYY-MM-DD) for a contract amount and a
 * win date. The last term takes the rounding remainder so the amounts sum to the contract exactly.
 * [] without a schedule or a positive contract amount.
 */
export function proposeReceivables(
  terms: readonly PaymentTerm[],
  contractAmount: string | number | null,
  wonAt: Date,
): ProposedMilestone[] {
  const total = toCents(contractAmount ?? null);
  if (!total || total <= 0n || terms.length === 0) return [];
  let allocated = 0n;
  const seq: Record<string, number> = {};
  return terms.map((t, i) => {
    const milli = BigInt(Math.round(t.percent * 1000));
    const amt = i === terms.length - 1 ? total - allocated : (total * milli * 2n + 100_000n) / 200_000n;
    allocated += amt;
    seq[t.kind] = (seq[t.kind] ?? 0) + 1;
    const due = t.dueDate ? t.dueDate.slice(0, 10) : iso(addDays(wonAt, t.dueOffsetDays ?? 0));
    return { kind: t.kind, sequence: seq[t.kind]!, percent: t.percent, amount: centsToString(amt), dueDate: due };
  });
}
