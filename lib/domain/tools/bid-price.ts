// Public-bid price helper (issue 12 item 5, pure). Amounts are decimal strings in KRW (up to two
// decimals) and the 낙찰하한율 a percentage with up to three decimals, so the arithmetic runs on
// integers (BigInt): no binary floating point in a price a bid is refused over.
//
// 낙찰하한가 (the lowest valid bid) = 예정가격 × 낙찰하한율 / 100, rounded UP to the whole won:
// a bid of exactly that amount is valid, one won less is not.

export type BidCheck =
  | { kind: 'unknown' } // 예정가격 or 낙찰하한율 not known yet
  | { kind: 'noBid'; lowestValidBid: string } // nothing entered as 투찰 금액
  | { kind: 'ok'; lowestValidBid: string; marginWon: string } // 투찰 금액 ≥ lowest valid bid
  | { kind: 'underLimit'; lowestValidBid: string; shortfallWon: string }; // a warning, not a refusal

const AMOUNT = /^\d{1,18}(\.\d{1,2})?$/;
const RATE = /^\d{1,3}(\.\d{1,3})?$/;

/** "123.4" → 12340n (hundredths of a won). */
function cents(amount: string): bigint {
  const [w, f = ''] = amount.split('.');
  return BigInt(w!) * 100n + BigInt((f + '00').slice(0, 2));
}
/** "87.745" → 87745n (thousandths of a percent). */
function milliPct(rate: string): bigint {
  const [w, f = ''] = rate.split('.');
  return BigInt(w!) * 1000n + BigInt((f + '000').slice(0, 3));
}
const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

export function isValidRate(rate: string): boolean {
  return RATE.test(rate) && milliPct(rate) <= 100_000n;
}

/** The lowest valid bid in whole won (a decimal string), or null when either input is missing or malformed. */
export function lowestValidBid(plannedPrice: string | null | undefined, ratePct: string | null | undefined): string | null {
  if (!plannedPrice || !ratePct || !AMOUNT.test(plannedPrice) || !isValidRate(ratePct)) return null;
  // cents × milliPct / (100 % × 1000) = cents of the limit; → whole won, rounded up
  return ceilDiv(cents(plannedPrice) * milliPct(ratePct), 100n * 1000n * 100n).toString();
}

/** How a 투찰 금액 stands against the lowest valid bid. */
export function checkBid(input: { plannedPrice: string | null; lowerBidLimitRate: string | null; bidAmount: string | null }): BidCheck {
  const lowest = lowestValidBid(input.plannedPrice, input.lowerBidLimitRate);
  if (lowest === null) return { kind: 'unknown' };
  if (!input.bidAmount || !AMOUNT.test(input.bidAmount)) return { kind: 'noBid', lowestValidBid: lowest };
  const diff = cents(input.bidAmount) - BigInt(lowest) * 100n;
  const won = (c: bigint) => {
    const w = c / 100n;
    const f = c % 100n;
    return f === 0n ? w.toString() : `${w}.${f.toString().padStart(2, '0')}`;
  };
  return diff >= 0n
    ? { kind: 'ok', lowestValidBid: lowest, marginWon: won(diff) }
    : { kind: 'underLimit', lowestValidBid: lowest, shortfallWon: won(-diff) };
}
