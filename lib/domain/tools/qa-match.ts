// 예상 질문 (issue 12 item 3): which Q&A entries a deal should prepare for. An entry fits a deal when
// its need type appears in the deal's stated need (spaces, case and width aside) and its industry is
// either open (null: any industry) or the deal's account's industry (the same normalisation).

const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export type QaMatchEntry = { needType: string; industry: string | null };
export type QaMatchDeal = { need: string | null; industry: string | null };

export function qaEntryFitsDeal(entry: QaMatchEntry, deal: QaMatchDeal): boolean {
  const needType = norm(entry.needType);
  const need = norm(deal.need);
  if (!needType || !need || !need.includes(needType)) return false;
  return entry.industry === null || norm(entry.industry) === '' || norm(entry.industry) === norm(deal.industry);
}
