import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import '@/lib/server/import/exceljs-fix'; // before exceljs: keeps the import reader UTF-8 safe whichever loads first
import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { csvLine, xlsxCell } from '@/lib/domain/format/csv';
import { MESSAGES, type Locale } from '@/lib/i18n/messages';
import { exportColumns, type Column, type Translate } from '@/components/data-table/columns';

// Every table's CSV/XLSX export: the SAME column definitions the DataTable renders
// (components/data-table/columns.ts: header + value) and an async row iterator (usually
// `keysetRows` over the list query the page uses), streamed out. Text cells beginning with
// = + - @ TAB CR are neutralised (lib/domain/format/csv.ts) in both formats.
//
//   export const GET = apiRoute({ permission: 'lead:export', query: withExportParams(listLeadsQuerySchema) },
//     async ({ session, query }) => exportResponse({
//       format: query.format, filename: 'leads', hidden: query.hide,
//       columns: leadColumns(serverTranslator(session.locale, 'leads'), session.locale), // request's language, else the user's
//       rows: keysetRows((cursor) => listLeads(db, session, { ...query, cursor, limit: 1000 })),
//     }));
//
// Put the route under app/api/v1/<resource>/export/route.ts (reachable with an API token) and
// re-export it from the page's /<resource>/export/route.ts for the cookie-signed-in link.
// A route that exports one table is exactly that, and is built with tableExportRoute
// (./table-route.ts); apiRoute + exportResponse/workbookResponse by hand is for several lists or sheets.

export { EXPORT_FORMATS, exportParams, withExportParams, type ExportFormat } from './params';
import type { ExportFormat } from './params';

/** A translator for column headers in a route (the page uses `useTranslations(ns)`). */
export function serverTranslator(locale: Locale, namespace?: string): Translate {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    ...(namespace ? { namespace: namespace as never } : {}),
  }) as unknown as Translate;
}

export const DEFAULT_MAX_EXPORT = 200_000;

/** Every row of a keyset-paged list, page after page, up to `max` rows. */
export async function* keysetRows<Row>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Row[]; nextCursor: string | null }>,
  max = DEFAULT_MAX_EXPORT,
): AsyncGenerator<Row> {
  let cursor: string | undefined;
  let n = 0;
  do {
    const page = await fetchPage(cursor);
    for (const r of page.items) {
      yield r;
      if (++n >= max) return;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

type Rows<Row> = AsyncIterable<Row> | Iterable<Row>;

async function* asAsync<Row>(rows: Rows<Row>): AsyncGenerator<Row> {
  for await (const r of rows as AsyncIterable<Row>) yield r;
}

/** CSV bytes (UTF-8 with BOM, so Korean Excel opens it; CRLF), pulled as the client reads. */
export function csvStream<Row>(columns: readonly Column<Row>[], rows: Rows<Row>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const it = asAsync(rows);
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      if (!headerSent) {
        headerSent = true;
        c.enqueue(enc.encode('\uFEFF' + csvLine(columns.map((col) => col.header)) + '\r\n'));
        return;
      }
      const batch: string[] = [];
      for (let i = 0; i < 500; i++) {
        const r = await it.next();
        if (r.done) {
          if (batch.length) c.enqueue(enc.encode(batch.join('')));
          c.close();
          return;
        }
        batch.push(csvLine(columns.map((col) => col.value!(r.value))) + '\r\n');
      }
      c.enqueue(enc.encode(batch.join('')));
    },
    async cancel() {
      await it.return(undefined);
    },
  });
}

/** One sheet of a workbook: its name, columns and rows. */
export type Sheet<Row> = { name: string; columns: readonly Column<Row>[]; rows: Rows<Row> };

const sheetTitle = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1';

/** XLSX bytes from exceljs's streaming writer (rows committed as they come; no shared strings), one sheet after another. */
export function xlsxSheetsStream(sheets: readonly Sheet<never>[]): ReadableStream {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  void (async () => {
    try {
      for (const sheet of sheets as unknown as readonly Sheet<unknown>[]) {
        const ws = wb.addWorksheet(sheetTitle(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
        ws.columns = sheet.columns.map((c) => ({ width: Math.min(40, Math.max(10, c.header.length * 2 + 2)) }));
        const head = ws.addRow(sheet.columns.map((c) => xlsxCell(c.header)));
        head.font = { bold: true };
        head.commit();
        for await (const r of asAsync(sheet.rows)) {
          const row = ws.addRow(sheet.columns.map((c) => xlsxCell(c.value!(r))));
          row.eachCell((cell) => {
            if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
          });
          row.commit();
        }
        ws.commit();
      }
      await wb.commit();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream;
}

/** XLSX bytes of one sheet. */
export function xlsxStream<Row>(columns: readonly Column<Row>[], rows: Rows<Row>, sheetName = 'Sheet1'): ReadableStream {
  return xlsxSheetsStream([{ name: sheetName, columns, rows } as Sheet<never>]);
}

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The whole export response: columns (minus hidden/non-exportable) × rows, as CSV or XLSX. */
export function exportResponse<Row>(opts: {
  format: ExportFormat;
  /** file name without date or extension, ASCII (e.g. 'leads') */
  filename: string;
  columns: readonly Column<Row>[];
  hidden?: readonly string[];
  rows: Rows<Row>;
  sheetName?: string;
}): Response {
  const cols = exportColumns(opts.columns, opts.hidden);
  const stamp = new Date().toISOString().slice(0, 10);
  const name = `${opts.filename.replace(/[^\w.-]/g, '_')}-${stamp}.${opts.format}`;
  const body = opts.format === 'csv' ? csvStream(cols, opts.rows) : xlsxStream(cols, opts.rows, opts.sheetName ?? opts.filename);
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPE[opts.format],
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}

/**
 * A workbook of several tables (e.g. a tier review: its movement matrix and its decisions), each
 * sheet through the same column definitions its DataTable renders. `hidden` applies to every sheet.
 */
export function workbookResponse(opts: { filename: string; sheets: readonly Sheet<never>[]; hidden?: readonly string[] }): Response {
  const sheets = (opts.sheets as unknown as readonly Sheet<unknown>[]).map((s) => ({
    ...s,
    columns: exportColumns(s.columns, opts.hidden),
  }));
  const name = `${opts.filename.replace(/[^\w.-]/g, '_')}-${new Date().toISOString().slice(0, 10)}.xlsx`;
  return new Response(xlsxSheetsStream(sheets as unknown as readonly Sheet<never>[]), {
    headers: { 'content-type': CONTENT_TYPE.xlsx, 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
  });
}

/** Type a sheet (keeps the row type between its columns and rows). */
export const sheet = <Row>(s: Sheet<Row>): Sheet<never> => s as unknown as Sheet<never>;
