import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { CsvParser } from '../../lib/domain/import/csv';
import type { BenchContext } from './types';

// CSV parser benchmark (issue 9 item 6, ADR 013): our incremental parser (lib/domain/import/csv.ts)
// against csv-parse (node-csv) on the same lead files, both behind the same UTF-8 decode stream
// the importer uses. Every record's Excel row number (ours: `row`; csv-parse: `info.records`) and
// cells must be identical, or the run fails. Files: 100k data rows and 1,048,575 data rows + the
// header = 1,048,576 records (Excel's sheet limit); every 40th row holds a quoted cell with a line
// break, every 70th a quoted comma and doubled quotes, so source lines ≠ Excel rows.

const HEADER = '이메일,회사명,담당자명,전화번호,온도,출처,캠페인,예산,웹사이트,메모';
const TEMPS = ['Hot', 'Warm', 'Cold', '핫', '웜', '콜드'];
const SOURCES = ['세미나', '웹페이지', '블로그', 'White Paper', '명함', '뉴스레터'];

async function writeFile(file: string, rows: number) {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write('\uFEFF' + HEADER + '\r\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const memo = i % 40 === 0 ? `"첫 줄 ${i}\r\n둘째 줄"` : i % 70 === 0 ? `"쉼표, 그리고 ""인용"" ${i}"` : i % 3 === 0 ? `메모 ${i}` : '';
    buf += `u${i}@corp${i % 5000}.co.kr,회사${i % 5000},담당자${i},010-${1000 + (i % 9000)}-${String(i % 10000).padStart(4, '0')},${TEMPS[i % 6]},${SOURCES[i % 6]},캠페인 ${i % 50},${i % 3 === 0 ? `${(i % 90) + 1}00만` : ''},corp${i % 5000}.co.kr,${memo}\r\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((r) => out.end(() => r()));
}

type Trace = { rows: Int32Array; hash: number; count: number };
const mix = (h: number, s: string) => {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16_777_619);
  return h >>> 0;
};
const newTrace = (n: number): Trace => ({ rows: new Int32Array(n), hash: 2_166_136_261, count: 0 });
function record(t: Trace, row: number, cells: string[]) {
  if (t.count < t.rows.length) t.rows[t.count] = row;
  t.count++;
  t.hash = mix(t.hash, cells.join('\u0001') + '\u0002');
}

const decoded = (file: string) =>
  createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(iconv.decodeStream('utf8', { stripBOM: true }));

async function ours(file: string, n: number): Promise<Trace> {
  const t = newTrace(n);
  const p = new CsvParser();
  for await (const chunk of decoded(file)) for (const r of p.feed(chunk as string)) record(t, r.row, r.cells);
  for (const r of p.end()) record(t, r.row, r.cells);
  return t;
}

async function csvParse(file: string, n: number): Promise<Trace> {
  const t = newTrace(n);
  const parser = decoded(file).pipe(
    parse({ info: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }),
  );
  for await (const { info, record: cells } of parser as AsyncIterable<{ info: { records: number }; record: string[] }>)
    record(t, info.records, cells);
  return t;
}

async function time(fn: () => Promise<Trace>) {
  const t0 = performance.now();
  const trace = await fn();
  return { ms: performance.now() - t0, trace };
}

function same(a: Trace, b: Trace): string | null {
  if (a.count !== b.count) return `record counts differ: ${a.count} vs ${b.count}`;
  for (let i = 0; i < a.count; i++) if (a.rows[i] !== b.rows[i]) return `record ${i}: row ${a.rows[i]} vs ${b.rows[i]}`;
  if (a.hash !== b.hash) return 'cell contents differ';
  return null;
}

export async function bench({ scale, log }: BenchContext) {
  const dir = await mkdtemp(path.join(tmpdir(), 'csv-bench-'));
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  try {
    for (const dataRows of [Math.round(100_000 * scale), Math.round(1_048_575 * scale)]) {
      const file = path.join(dir, `leads-${dataRows}.csv`);
      await writeFile(file, dataRows);
      const mb = (await stat(file)).size / 1_048_576;
      const records = dataRows + 1;
      const best = { ours: Infinity, csvParse: Infinity };
      let traces: [Trace, Trace] | null = null;
      // alternate the two so neither always runs on a warmer cache
      for (let r = 0; r < runs; r++) {
        const a = await time(() => ours(file, records));
        const b = await time(() => csvParse(file, records));
        best.ours = Math.min(best.ours, a.ms);
        best.csvParse = Math.min(best.csvParse, b.ms);
        traces = [a.trace, b.trace];
      }
      const diff = same(traces![0], traces![1]);
      if (diff) throw new Error(`parsers disagree on ${records} records: ${diff}`);
      const lastRow = traces![0].rows[records - 1];
      const rate = (ms: number) =>
        `${Math.round(ms)} ms, ${Math.round(records / (ms / 1000)).toLocaleString('en-US')} records/s, ${(mb / (ms / 1000)).toFixed(1)} MB/s`;
      log(`${records} records (${mb.toFixed(1)} MB, last Excel row ${lastRow}; rows and cells identical), best of ${runs}:`);
      log(`  ours (lib/domain/import/csv.ts): ${rate(best.ours)}`);
      log(`  csv-parse 7.0.3 (info.records):  ${rate(best.csvParse)}`);
      log(`  csv-parse / ours = ${(best.csvParse / best.ours).toFixed(2)}× the time`);
      await rm(file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
