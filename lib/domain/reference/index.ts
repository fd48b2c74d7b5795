import { err, ok, type Result } from '../result';

// Reference data rules (Settings → 기준 정보). Pure.

export const REFERENCE_KINDS = ['reasons', 'categories', 'regions', 'vrb-stages'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Who uses an item: one entry per referencing table, with a few names for the message. */
export type Usage = { entity: string; count: number; examples: string[] };

export type DeleteDecision = { action: 'DELETE' } | { action: 'REFUSE'; usage: Usage[]; total: number };

/**
 * An item referenced by any record is never deleted (deactivate it instead): the refusal lists
 * which records use it — counts per entity and up to three names each.
 */
export function decideDelete(usage: readonly Usage[]): DeleteDecision {
  const used = usage.filter((u) => u.count > 0).map((u) => ({ ...u, examples: u.examples.slice(0, 3) }));
  if (used.length === 0) return { action: 'DELETE' };
  return { action: 'REFUSE', usage: used, total: used.reduce((s, u) => s + u.count, 0) };
}

/** "사업기회 12건(가, 나, 다 …), 교훈 1건(라)" — the plain-text summary of a refusal. */
export function usageSummary(usage: readonly Usage[], entityLabel: (entity: string) => string): string {
  return usage
    .map(
      (u) =>
        `${entityLabel(u.entity)} ${u.count}${u.examples.length ? ` (${u.examples.join(', ')}${u.count > u.examples.length ? ', …' : ''})` : ''}`,
    )
    .join('; ');
}

export type RegionError = { code: 'COUNTRY_REQUIRED' } | { code: 'COUNTRY_NOT_ALLOWED' } | { code: 'COUNTRY_INVALID' };

/** An overseas region is a country with its ISO 3166-1 alpha-2 code; a domestic region has none. */
export function checkRegion(scope: 'DOMESTIC' | 'OVERSEAS', countryCode: string | null | undefined): Result<string | null, RegionError> {
  const code = countryCode?.trim().toUpperCase() || null;
  if (scope === 'DOMESTIC') return code ? err({ code: 'COUNTRY_NOT_ALLOWED' }) : ok(null);
  if (!code) return err({ code: 'COUNTRY_REQUIRED' });
  if (!/^[A-Z]{2}$/.test(code) || code === 'KR') return err({ code: 'COUNTRY_INVALID' });
  return ok(code);
}

/**
 * Move one item to a new position in an ordered list (1-based positions): the full new order of
 * ids. Only the order of stage definitions changes — reviews point at their stage by id, so a past
 * review keeps its stage whatever the order becomes.
 */
export function reorder(ids: readonly string[], id: string, toPosition: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(rest.length, toPosition - 1));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
