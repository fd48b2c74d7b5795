// The dedupe key of a competitor's name (issue 12): "삼성 SDS", "삼성sds" and "삼성SDS" are one
// competitor. NFKC (full-width letters), no whitespace at all, lower case. The migration that
// backfilled existing rows uses the same rule in SQL: lower(regexp_replace(normalize(name, NFKC), '\s+', '', 'g')).

export function competitorNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The display name as typed, trimmed and with inner runs of spaces collapsed. */
export function cleanCompetitorName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}
