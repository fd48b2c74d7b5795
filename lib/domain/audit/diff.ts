// Readable before → after of an audit row (pure): only the keys whose value changed, nested
// objects flattened to dotted paths ("economics.marginPct"), arrays and scalars compared by
// value. Keys present on one side only are changes too (added: before undefined; removed: after
// undefined). A row with no object on either side (a create with only `after`, a non-object
// payload) compares against an empty object.

export type AuditChange = { key: string; before: unknown; after: unknown };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function flatten(v: unknown, prefix: string, out: Map<string, unknown>) {
  if (isObj(v) && (prefix === '' || Object.keys(v).length > 0)) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix !== '') {
    out.set(prefix, v);
  } else if (v !== null && v !== undefined) {
    out.set('value', v); // a scalar / array payload
  }
  return out;
}

/** Stable JSON (object keys sorted) for value equality. */
function canon(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (isObj(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export function auditDiff(before: unknown, after: unknown): AuditChange[] {
  const b = flatten(before, '', new Map());
  const a = flatten(after, '', new Map());
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const order = (k: string) => {
    const i = [...b.keys()].indexOf(k);
    return i >= 0 ? i : b.size + [...a.keys()].indexOf(k);
  };
  return keys
    .filter((k) => canon(b.get(k)) !== canon(a.get(k)))
    .sort((x, y) => order(x) - order(y))
    .map((key) => ({ key, before: b.get(key), after: a.get(key) }));
}

/** A value as one short line for a table cell or a CSV column. */
export function formatAuditValue(v: unknown, maxChars = 120): string {
  if (v === undefined) return '—';
  if (v === null) return '∅';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return Array.from(s).length > maxChars
    ? `${Array.from(s)
        .slice(0, maxChars - 1)
        .join('')}…`
    : s;
}
