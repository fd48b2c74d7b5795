import { err, ok, type Result } from '../result';

// Consortium partners (협력사) of a bid: their shares are percentages (up to two decimals) and
// together may not exceed 100 % (our own share is what is left). Pure, integer arithmetic.

export type PartnerInput = { name: string; role: string | null; sharePct: string | null };
export type ConsortiumError =
  { code: 'SHARES_OVER_100'; totalPct: string } | { code: 'DUPLICATE_PARTNER'; index: number } | { code: 'BAD_SHARE'; index: number };

const SHARE = /^\d{1,3}(\.\d{1,2})?$/;
const hundredths = (s: string) => {
  const [w, f = ''] = s.split('.');
  return Number(w) * 100 + Number((f + '00').slice(0, 2));
};
const pct = (h: number) => (h % 100 === 0 ? String(h / 100) : (h / 100).toFixed(2).replace(/0$/, ''));

/** Checks a partner list; on success returns the total share and what is left for us, as percentage strings. */
export function checkConsortium(partners: readonly PartnerInput[]): Result<{ totalPct: string; ourSharePct: string }, ConsortiumError> {
  let total = 0;
  const seen = new Set<string>();
  for (const [index, p] of partners.entries()) {
    const key = p.name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
    if (seen.has(key)) return err({ code: 'DUPLICATE_PARTNER', index });
    seen.add(key);
    if (p.sharePct === null) continue;
    if (!SHARE.test(p.sharePct) || hundredths(p.sharePct) > 10000) return err({ code: 'BAD_SHARE', index });
    total += hundredths(p.sharePct);
  }
  if (total > 10000) return err({ code: 'SHARES_OVER_100', totalPct: pct(total) });
  return ok({ totalPct: pct(total), ourSharePct: pct(10000 - total) });
}
