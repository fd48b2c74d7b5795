// CSV for people who open it in a spreadsheet: cells that a spreadsheet would run as a formula
// (= + - @, and tab/CR that some readers strip before them) are prefixed with an apostrophe;
// cells are quoted when they need it (RFC 4180). Used by every CSV and XLSX export.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  return FORMULA_START.test(v) ? `'${v}` : v;
}

/** One CSV line, without its line terminator (callers add '\r\n'). */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return cells
    .map((c) => {
      const s = neutraliseCell(c);
      return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
