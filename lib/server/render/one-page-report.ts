import 'server-only';
import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { MESSAGES, type Locale } from '@/lib/i18n/messages';
import { csvLine } from '@/lib/domain/format/csv';
import { REPORT_COLUMNS, type ReportColumn, type Sum } from '@/lib/domain/reports/matrix';
import type { OnePageReport } from '@/lib/server/commands/reports/one-page';

// XLSX and CSV of the one-page report (rendering only — the report itself is the command
// lib/server/commands/reports/one-page.ts): the same matrix the page shows. In the XLSX every
// total (row totals, subtotals, the total row) is a SUM formula over the cells above/left,
// with its exact value cached as the formula's result; won is green, lost/no-bid/dropped red.

type T = (key: string, params?: Record<string, string | number>) => string;
const tr = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: 'reports' }) as unknown as T;
const num = (s: string) => Number(s);
const WON_FILL = 'FFD1FAE5';
const LOST_FILL = 'FFFFE4E6';
const HEAD_FILL = 'FFE0E7FF';
const SUB_FILL = 'FFF1F5F9';
const colLetter = (i: number) => String.fromCharCode(65 + i); // A.. (we use at most 11 columns)

const NOTE_DEALS = 5;

export async function reportXlsx(report: OnePageReport, locale: Locale = 'ko'): Promise<Buffer> {
  const t = tr(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tierline';
  wb.created = new Date(report.generatedAt);
  const ws = wb.addWorksheet(t('xlsx.sheet'), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
  });
  const m = report.matrix;
  const firstValueCol = 3; // C
  const totalCol = firstValueCol + REPORT_COLUMNS.length; // K
  ws.columns = [{ width: 12 }, { width: 22 }, ...REPORT_COLUMNS.map(() => ({ width: 16 })), { width: 18 }];

  ws.getCell('A1').value = t('xlsx.title');
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value =
    `${t('xlsx.asOf')}: ${report.query.asOf ?? report.generatedAt.slice(0, 10)} · ${t('groupings.' + m.grouping)} · ${t('xlsx.unit')}`;
  const headerRow = 4;
  const header = [t('scopeHeader'), t(`rowHeader.${m.grouping}`), ...REPORT_COLUMNS.map((c) => t(`columns.${c}`)), t('columns.total')];
  ws.getRow(headerRow).values = header;
  ws.getRow(headerRow).eachCell((cell, i) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    const c = REPORT_COLUMNS[i - firstValueCol];
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c === 'WON' ? WON_FILL : c && c !== '4' && c !== '3' && c !== '2' && c !== '1' ? LOST_FILL : HEAD_FILL },
    };
  });

  const styleValue = (cell: ExcelJS.Cell, c: ReportColumn | null) => {
    cell.numFmt = '#,##0';
    if (c === 'WON') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WON_FILL } };
    else if (c === 'LOST' || c === 'NO_BID' || c === 'DROPPED')
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LOST_FILL } };
    if (c === 'WON') cell.font = { color: { argb: 'FF047857' }, bold: true };
    if (c === 'LOST' || c === 'NO_BID' || c === 'DROPPED') cell.font = { color: { argb: 'FFBE123C' } };
  };
  const rowTotalFormula = (r: number) => `SUM(${colLetter(firstValueCol - 1)}${r}:${colLetter(totalCol - 2)}${r})`;

  let r = headerRow + 1;
  const subtotalRows: number[] = [];
  const deals: (string | number)[][] = [];
  for (const g of m.groups) {
    const start = r;
    for (const row of g.rows) {
      const label = row.label ?? t('unassigned');
      ws.getCell(r, 1).value = t(`scopes.${g.scope}`);
      ws.getCell(r, 2).value = label;
      REPORT_COLUMNS.forEach((c, i) => {
        const cell = ws.getCell(r, firstValueCol + i);
        const v = row.cells[c];
        cell.value = v.count ? num(v.amount) : null;
        styleValue(cell, c);
        if (v.count) {
          // the note stays short (the page's top 5); the deal-list sheet holds every deal
          const lines = v.deals.slice(0, NOTE_DEALS).map((d) => `${d.name} ${d.amount ?? '–'}`);
          const rest = v.more + Math.max(0, v.deals.length - NOTE_DEALS);
          if (rest) lines.push(t('more', { count: rest }));
          cell.note = `${t('deals', { count: v.count })}\n${lines.join('\n')}`;
          for (const d of v.deals)
            deals.push([t(`scopes.${g.scope}`), label, t(`columns.${c}`), d.name, d.amount === null ? '' : num(d.amount)]);
        }
      });
      const tot = ws.getCell(r, totalCol);
      tot.value = { formula: rowTotalFormula(r), result: num(row.total.amount) };
      styleValue(tot, null);
      tot.font = { bold: true };
      r++;
    }
    // subtotal of this scope
    ws.getCell(r, 1).value = t('subtotal', { scope: t(`scopes.${g.scope}`) });
    ws.mergeCells(r, 1, r, 2);
    REPORT_COLUMNS.forEach((c, i) => {
      const L = colLetter(firstValueCol - 1 + i);
      const cell = ws.getCell(r, firstValueCol + i);
      cell.value = { formula: `SUM(${L}${start}:${L}${r - 1})`, result: num(g.subtotal[c].amount) };
      styleValue(cell, c);
    });
    ws.getCell(r, totalCol).value = { formula: rowTotalFormula(r), result: num(g.total.amount) };
    styleValue(ws.getCell(r, totalCol), null);
    ws.getRow(r).eachCell((cell) => {
      cell.font = { ...(cell.font ?? {}), bold: true };
      if (!cell.fill || (cell.fill as ExcelJS.FillPattern).pattern !== 'solid')
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SUB_FILL } };
    });
    subtotalRows.push(r);
    r++;
  }
  // total row: the subtotals added up
  ws.getCell(r, 1).value = t('grandTotal');
  ws.mergeCells(r, 1, r, 2);
  const totalOf = (i: number, s: Sum) => {
    const L = colLetter(firstValueCol - 1 + i);
    return { formula: subtotalRows.length ? subtotalRows.map((x) => `${L}${x}`).join('+') : '0', result: num(s.amount) };
  };
  REPORT_COLUMNS.forEach((c, i) => {
    const cell = ws.getCell(r, firstValueCol + i);
    cell.value = totalOf(i, m.totals[c]);
    styleValue(cell, c);
  });
  ws.getCell(r, totalCol).value = { formula: rowTotalFormula(r), result: num(m.grandTotal.amount) };
  styleValue(ws.getCell(r, totalCol), null);
  ws.getRow(r).font = { bold: true };
  ws.getRow(r).eachCell((cell) => (cell.border = { top: { style: 'double' } }));
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: headerRow }];

  const ds = wb.addWorksheet(t('xlsx.dealsSheet'));
  ds.columns = [{ width: 12 }, { width: 22 }, { width: 12 }, { width: 40 }, { width: 18 }];
  ds.addRow([t('scopeHeader'), t(`rowHeader.${m.grouping}`), t('xlsx.cell'), t('xlsx.name'), t('xlsx.amount')]).font = { bold: true };
  for (const d of deals) ds.addRow(d);
  ds.getColumn(5).numFmt = '#,##0';

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** CSV (UTF-8 with BOM, so Korean Excel opens it): count and amount per column, every text cell neutralised. */
export function reportCsv(report: OnePageReport, locale: Locale = 'ko'): string {
  const t = tr(locale);
  const m = report.matrix;
  const lines: string[] = [];
  const cols = [...REPORT_COLUMNS, 'total'] as const;
  lines.push(
    csvLine([
      t('scopeHeader'),
      t(`rowHeader.${m.grouping}`),
      ...cols.flatMap((c) => [t('csv.count', { column: t(`columns.${c}`) }), t('csv.amount', { column: t(`columns.${c}`) })]),
    ]),
  );
  const sums = (cells: Record<ReportColumn, Sum>, total: Sum) => [
    ...REPORT_COLUMNS.flatMap((c) => [cells[c].count, cells[c].amount]),
    total.count,
    total.amount,
  ];
  for (const g of m.groups) {
    for (const row of g.rows) lines.push(csvLine([t(`scopes.${g.scope}`), row.label ?? t('unassigned'), ...sums(row.cells, row.total)]));
    lines.push(csvLine([t('subtotal', { scope: t(`scopes.${g.scope}`) }), '', ...sums(g.subtotal, g.total)]));
  }
  lines.push(csvLine([t('grandTotal'), '', ...sums(m.totals, m.grandTotal)]));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** `one-page-report-<as-of or today>.<ext>` */
export const reportFileName = (ext: string, asOf?: string) => `one-page-report-${asOf ?? new Date().toISOString().slice(0, 10)}.${ext}`;
