import 'server-only';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import './exceljs-fix'; // must load before exceljs
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CsvParser, isBlankRecord, type CsvRecord } from '@/lib/domain/import/csv';
import { detectEncoding, sniffFileKind, type TextEncoding } from '@/lib/domain/import/encoding';
import { DomainError } from '@/lib/server/errors';
import { checkZip } from './zip-guard';

// Streams a stored upload as spreadsheet records, CSV (any supported encoding) or XLSX (first
// sheet), in arrays of records so the hot loop is not one await per row.

export const MAX_DATA_ROWS = 1_048_576; // Excel's own sheet limit
const ICONV: Record<TextEncoding, string> = {
  'utf-8': 'utf8',
  'utf-8-bom': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  cp949: 'cp949',
};

export type FileInfo = { kind: 'csv' | 'xlsx'; encoding: TextEncoding | null };

const fileError = (key: string) => new DomainError('UNPROCESSABLE', `leads.errors.${key}`);

/** What the stored file is; refuses empty, binary, broken or bomb-like files with a clear message. */
export async function inspectFile(path: string): Promise<FileInfo> {
  const fh = await open(path, 'r');
  const head = Buffer.alloc(65_536);
  let n: number;
  try {
    n = (await fh.read(head, 0, head.length, 0)).bytesRead;
  } finally {
    await fh.close();
  }
  const bytes = new Uint8Array(head.buffer, head.byteOffset, n);
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') throw fileError('emptyFile');
  if (kind === 'binary') throw fileError('binaryFile');
  if (kind === 'xlsx') {
    const z = await checkZip(path);
    if (!z.ok) throw fileError(z.reason);
    return { kind, encoding: null };
  }
  return { kind: 'csv', encoding: detectEncoding(bytes) };
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in v) return '';
  }
  return String(v);
}

/** Records of the file, header first. Stops after MAX_DATA_ROWS data rows (reports `truncated`). */
export async function* readRecords(
  path: string,
  info: FileInfo,
  state: { truncated: boolean } = { truncated: false },
): AsyncGenerator<CsvRecord[]> {
  let seen = 0;
  const cap = (recs: CsvRecord[]) => {
    if (seen + recs.length > MAX_DATA_ROWS + 1) {
      state.truncated = true;
      recs = recs.slice(0, Math.max(0, MAX_DATA_ROWS + 1 - seen));
    }
    seen += recs.length;
    return recs;
  };
  if (info.kind === 'csv') {
    const parser = new CsvParser();
    const file = createReadStream(path, { highWaterMark: 256 * 1024 });
    const stream = file.pipe(iconv.decodeStream(ICONV[info.encoding ?? 'utf-8'], { stripBOM: true }));
    for await (const chunk of stream) {
      const recs = cap(parser.feed(chunk as string));
      if (recs.length) yield recs;
      if (state.truncated) {
        file.destroy();
        return;
      }
    }
    const last = cap(parser.end());
    if (last.length) yield last;
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const ws of reader) {
      let buf: CsvRecord[] = [];
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[]; // 1-based, sparse
        const cells: string[] = [];
        for (let i = 1; i < Math.min(values.length, 201); i++) cells.push(cellText(values[i] ?? null));
        buf.push({ row: row.number, cells });
        if (buf.length >= 1000) {
          const recs = cap(buf);
          buf = [];
          yield recs;
          if (state.truncated) return;
        }
      }
      if (buf.length) yield cap(buf);
      return; // first sheet only
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw fileError('badXlsx');
  }
}

/**
 * The header row (the first non-blank record, BOM and spaces trimmed) and up to `rows` non-blank data
 * records after it — what every import kind's preview reads (the file is not read to the end).
 */
export async function readFileHead(path: string, rows = 20): Promise<{ info: FileInfo; headers: string[]; data: CsvRecord[] }> {
  const info = await inspectFile(path);
  let header: CsvRecord | null = null;
  const data: CsvRecord[] = [];
  outer: for await (const recs of readRecords(path, info)) {
    for (const r of recs) {
      if (isBlankRecord(r.cells)) continue;
      if (!header) header = r;
      else {
        data.push(r);
        if (data.length >= rows) break outer;
      }
    }
  }
  return { info, headers: (header?.cells ?? []).map((h) => h.replace(/^\uFEFF/, '').trim()), data };
}
