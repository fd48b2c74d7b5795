// CSV for people who open it in a spreadsheet: cells that a spreadsheet would run as a formula
// (= + - @, and tab/CR that some readers strip before them) are prefixed with an apostrophe;
// cells are quoted when they need it (RFC 4180). Used by every CSV and XLSX export
// (lib/server/export writes both from a table's column definitions).

const FORMULA_START = /^[=+\-@\t\r]/;

export type ExportValue = string | number | boolean | Date | null | undefined;

export function neutraliseCell(v: ExportValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  return FORMULA_START.test(v) ? `'${v}` : v;
}

/** One CSV line, without its line terminator (callers add '\r\n'). */
export function csvLine(cells: readonly ExportValue[]): string {
  return cells
    .map((c) => {
      const s = neutraliseCell(c);
      return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

/**
 * One XLSX cell value: numbers, booleans and dates stay typed (a spreadsheet can sum them);
 * text is neutralised exactly like CSV, so a cell never becomes a formula.
 */
export function xlsxCell(v: ExportValue): string | number | boolean | Date {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v;
  return neutraliseCell(v);
}
