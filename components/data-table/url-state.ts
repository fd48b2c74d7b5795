// The DataTable's state in the URL, as pure functions (tested in url-state.test.ts):
//   sort=<column id> | -<column id>   (or a table's own values through a SortCodec)
//   hide=<id>,<id>                     hidden columns (also honoured by the export)
//   cursor=<opaque>                    keyset page; any other change drops it (back to page 1)
// Filters are the table's own params (status=…, q=…) and ride along untouched.

export type SortState = { id: string; desc: boolean } | null;

/** How a sort is written to and read from the `sort` param. */
export type SortCodec = { toParam(s: SortState): string | null; fromParam(v: string | null | undefined): SortState };

/** `sort=name` ascending, `sort=-name` descending. */
export const defaultSortCodec: SortCodec = {
  toParam: (s) => (s ? `${s.desc ? '-' : ''}${s.id}` : null),
  fromParam: (v) => {
    if (!v || v === '-') return null;
    return v.startsWith('-') ? { id: v.slice(1), desc: true } : { id: v, desc: false };
  },
};

/**
 * For an API whose sort values are an enum (`created_desc`, `company_asc`): map each sortable
 * column to its two values. `fallback` is what an absent param means (the API's default order).
 */
export function enumSortCodec(map: Record<string, { asc: string; desc: string }>, fallback: SortState = null): SortCodec {
  return {
    toParam: (s) => (s && map[s.id] ? map[s.id]![s.desc ? 'desc' : 'asc'] : null),
    fromParam: (v) => {
      if (!v) return fallback;
      for (const [id, m] of Object.entries(map)) {
        if (m.asc === v) return { id, desc: false };
        if (m.desc === v) return { id, desc: true };
      }
      return fallback;
    },
  };
}

/** A header click: another column → ascending (or descending when `firstDesc`); the same column → flipped. */
export function nextSort(current: SortState, id: string, firstDesc = false): SortState {
  if (!current || current.id !== id) return { id, desc: firstDesc };
  return { id, desc: !current.desc };
}

export function decodeHidden(v: string | null | undefined): string[] {
  if (!v) return [];
  return [
    ...new Set(
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^[\w.-]{1,64}$/.test(s)),
    ),
  ];
}

export function encodeHidden(ids: readonly string[]): string | null {
  const clean = decodeHidden(ids.join(','));
  return clean.length ? [...clean].sort().join(',') : null;
}

export type Patch = Record<string, string | number | null | undefined>;

/**
 * The query string after a change: empty/null values and values equal to `defaults` are dropped;
 * the cursor is dropped unless the patch sets it (a new filter or sort starts at page 1).
 * Returns '' or '?a=1&b=2'.
 */
export function patchSearch(
  search: string | URLSearchParams,
  patch: Patch,
  opts: { cursorParam?: string; defaults?: Record<string, string> } = {},
): string {
  const cursorParam = opts.cursorParam ?? 'cursor';
  const next = new URLSearchParams(search);
  if (!(cursorParam in patch)) next.delete(cursorParam);
  for (const [k, v] of Object.entries(patch)) {
    const s = v === null || v === undefined ? '' : String(v);
    if (s === '' || opts.defaults?.[k] === s) next.delete(k);
    else next.set(k, s);
  }
  const q = next.toString();
  return q ? `?${q}` : '';
}

/** The export link of what is on screen: same filters, sort and hidden columns, no cursor (all pages). */
export function exportSearch(
  search: string | URLSearchParams,
  format: 'csv' | 'xlsx',
  hidden: readonly string[] = [],
  cursorParam = 'cursor',
): string {
  const next = new URLSearchParams(search);
  next.delete(cursorParam);
  next.delete('format');
  const h = encodeHidden(hidden);
  if (h) next.set('hide', h);
  else next.delete('hide');
  next.set('format', format);
  return `?${next.toString()}`;
}
