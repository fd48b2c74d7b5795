// Header → field mapping for an import whose file must have some columns (accounts, people):
// one table of aliases per file kind, the same auto-mapping and the same checks (pure).
/** A header as the alias tables spell it: lower case, without spaces, _ - . : * # or a trailing (…). */
export const headerKey = (h: string) =>
  h
    .toLowerCase()
    .replace(/[\s_\-.:*#]/g, '')
    .replace(/\(.*\)$/, '')
    .trim();

/** field → column index in the file (null = not imported) */
export type Columns<F extends string> = Partial<Record<F, number | null>>;
export type ColumnsProblem = { code: 'emptyHeader' | 'duplicateHeader' | 'missingColumn'; column?: string };
export type BlockingColumnsProblem = 'emptyHeader' | 'missingColumn' | 'mappingDuplicate' | 'mappingOutOfRange';

/** Every alias of every field, by its headerKey → the field. */
export function aliasLookup<F extends string>(fields: readonly F[], aliases: Record<F, string[]>): ReadonlyMap<string, F> {
  const lookup = new Map<string, F>();
  for (const f of fields) for (const a of aliases[f]) lookup.set(headerKey(a), f);
  return lookup;
}

/** The required fields without a column of the file. */
export function missingColumns<F extends string>(required: readonly F[], mapping: Columns<F>, columnCount: number): ColumnsProblem[] {
  const out: ColumnsProblem[] = [];
  for (const f of required) {
    const c = mapping[f];
    if (c === undefined || c === null || c < 0 || c >= columnCount) out.push({ code: 'missingColumn', column: f });
  }
  return out;
}

/** The first row's headers → fields (the first column naming a field wins); a repeated header and a required field without a column are problems. */
export function autoMapColumns<F extends string>(
  headers: string[],
  lookup: ReadonlyMap<string, F>,
  required: readonly F[],
): { mapping: Columns<F>; problems: ColumnsProblem[] } {
  const mapping: Columns<F> = {};
  if (!headers.length || headers.every((h) => !h.trim())) return { mapping, problems: [{ code: 'emptyHeader' }] };
  const problems: ColumnsProblem[] = [];
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    const k = headerKey(h.replace(/^\uFEFF/, ''));
    if (k && seen.has(k)) problems.push({ code: 'duplicateHeader', column: h.trim() });
    seen.add(k);
    const f = lookup.get(k);
    if (f && mapping[f] === undefined) mapping[f] = i;
  });
  return { mapping, problems: [...problems, ...missingColumns(required, mapping, headers.length)] };
}

/**
 * What stops an import with this (corrected) mapping, whatever its kind: no header row, `missing`
 * (the kind's own: a required column, the key column, an amount without its unit…), two fields on
 * one column, a column past the file's last.
 */
export function blockingMappingProblems<F extends string, P extends string>(
  headers: string[],
  fields: readonly F[],
  mapping: Columns<F>,
  missing: readonly P[],
): (P | 'emptyHeader' | 'mappingDuplicate' | 'mappingOutOfRange')[] {
  const out = new Set<P | 'emptyHeader' | 'mappingDuplicate' | 'mappingOutOfRange'>();
  if (!headers.length || headers.every((h) => !h)) out.add('emptyHeader');
  for (const p of missing) out.add(p);
  if (duplicateColumns(fields, mapping).length) out.add('mappingDuplicate');
  if (fields.some((f) => (mapping[f] ?? -1) >= headers.length)) out.add('mappingOutOfRange');
  return [...out];
}

/** The same for an import whose file must have the `required` columns (accounts, people). */
export const blockingColumnsProblems = <F extends string>(
  headers: string[],
  mapping: Columns<F>,
  o: { fields: readonly F[]; required: readonly F[] },
): BlockingColumnsProblem[] =>
  blockingMappingProblems(headers, o.fields, mapping, missingColumns(o.required, mapping, headers.length).length ? ['missingColumn'] : []);

/** The fields mapped to a column another field is mapped to as well (a mistake in the correction step). */
export function duplicateColumns<F extends string>(fields: readonly F[], mapping: Columns<F>): F[] {
  const byCol = new Map<number, F[]>();
  for (const f of fields) {
    const c = mapping[f];
    if (c === null || c === undefined) continue;
    byCol.set(c, [...(byCol.get(c) ?? []), f]);
  }
  return [...byCol.values()].filter((fs) => fs.length > 1).flat();
}

/** The header mapping of an import whose file must have the `required` columns: auto-mapping, its check, what blocks it. */
export function requiredColumnsImport<F extends string>(fields: readonly F[], aliases: Record<F, string[]>, required: readonly F[]) {
  const lookup = aliasLookup(fields, aliases);
  return {
    autoMap: (headers: string[]) => autoMapColumns(headers, lookup, required),
    check: (mapping: Columns<F>, columnCount: number) => missingColumns(required, mapping, columnCount),
    blocking: (headers: string[], mapping: Columns<F>) => blockingColumnsProblems(headers, mapping, { fields, required }),
  };
}
