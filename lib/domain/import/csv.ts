// Incremental RFC 4180 CSV parser: feed text chunks, get whole records. Never throws; a record
// that cannot be read carries an `error` instead. `row` is the spreadsheet row Excel shows
// (first record = 1), whatever quoted newlines the records contain.

export const MAX_CELL_CHARS = 32_767; // Excel's own cell limit
export const MAX_COLUMNS = 200;

export type CsvRecord = { row: number; cells: string[]; error?: 'cellTooLong' | 'tooManyColumns' | 'unterminatedQuote' };

export function detectDelimiter(firstLine: string): ',' | ';' | '\t' {
  let best: ',' | ';' | '\t' = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t'] as const) {
    let n = 0;
    let q = false;
    for (const ch of firstLine) {
      if (ch === '"') q = !q;
      else if (ch === d && !q) n++;
    }
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

export class CsvParser {
  private row = 0;
  private cells: string[] = [];
  private field = '';
  private inQuotes = false;
  private quoteSeen = false; // just read a quote inside a quoted field
  private pendingCR = false;
  private error: CsvRecord['error'];
  private started = false; // any character of the current record read
  private delimiter: string | null;
  private special: RegExp | null = null;

  constructor(delimiter?: ',' | ';' | '\t') {
    this.delimiter = delimiter ?? null;
  }

  get delimiterUsed() {
    return this.delimiter ?? ',';
  }

  private pushField() {
    if (this.cells.length >= MAX_COLUMNS) this.error ??= 'tooManyColumns';
    else this.cells.push(this.field);
    this.field = '';
  }

  private endRecord(out: CsvRecord[]) {
    this.pushField();
    this.row++;
    const rec: CsvRecord = { row: this.row, cells: this.cells };
    if (this.error) rec.error = this.error;
    out.push(rec);
    this.cells = [];
    this.error = undefined;
    this.started = false;
  }

  private append(ch: string) {
    if (this.field.length >= MAX_CELL_CHARS) this.error ??= 'cellTooLong';
    else this.field += ch;
  }

  feed(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.delimiter === null) {
      const nl = text.search(/[\r\n]/);
      this.delimiter = detectDelimiter(nl === -1 ? text : text.slice(0, nl));
    }
    const d = this.delimiter;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const ch = text[i]!;
      if (this.pendingCR) {
        this.pendingCR = false;
        if (ch === '\n') {
          i++;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (ch === '"') {
            this.append('"');
            i++;
            continue;
          }
          this.inQuotes = false; // the quote closed the field; fall through to handle ch
        } else if (ch === '"') {
          this.quoteSeen = true;
          i++;
          continue;
        } else {
          // fast path: copy up to the next quote
          const j = text.indexOf('"', i);
          const end = j === -1 ? n : j;
          const chunk = text.slice(i, end);
          if (this.field.length + chunk.length > MAX_CELL_CHARS) {
            this.error ??= 'cellTooLong';
            this.field += chunk.slice(0, Math.max(0, MAX_CELL_CHARS - this.field.length));
          } else this.field += chunk;
          i = end;
          continue;
        }
      }
      this.started = true;
      if (ch === d) this.pushField();
      else if (ch === '\n') this.endRecord(out);
      else if (ch === '\r') {
        this.endRecord(out);
        this.pendingCR = true;
      } else if (ch === '"' && this.field === '') this.inQuotes = true;
      else {
        // fast path: plain run up to the next special character (native regex scan)
        const re = this.special ?? (this.special = new RegExp(`[${d === '\t' ? '\\t' : d}\\r\\n"]`, 'g'));
        re.lastIndex = i + 1;
        const m = re.exec(text);
        const j = m ? m.index : n;
        const chunk = text.slice(i, j);
        if (this.field.length + chunk.length > MAX_CELL_CHARS) {
          this.error ??= 'cellTooLong';
          this.field += chunk.slice(0, Math.max(0, MAX_CELL_CHARS - this.field.length));
        } else this.field += chunk;
        i = j;
        continue;
      }
      i++;
    }
    return out;
  }

  /** Flush the last record (a file need not end with a newline). */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.inQuotes && !this.quoteSeen) {
      this.error ??= 'unterminatedQuote';
      this.started = true;
    }
    this.inQuotes = false;
    this.quoteSeen = false;
    if (this.started || this.field !== '' || this.cells.length) this.endRecord(out);
    return out;
  }
}

/** Parse a whole string (tests, previews). */
export function parseCsv(text: string): CsvRecord[] {
  const p = new CsvParser();
  return [...p.feed(text), ...p.end()];
}

/** A record with every cell blank (Excel leaves such rows behind). */
export const isBlankRecord = (cells: string[]) => cells.every((c) => c.trim() === '');
