import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { CsvParser, isBlankRecord, parseCsv, MAX_CELL_CHARS } from './csv';
import { detectEncoding, sniffFileKind } from './encoding';
import { autoMapHeaders, checkMapping, duplicateTargets, fieldOfHeader } from './headers';
import { normalizeLeadRow } from '../leads/row';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseCsv', () => {
  test.each([
    [
      'simple',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF, no final newline',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted comma and quote',
      'a,b\n"x, y","say ""hi"""\n',
      [
        ['a', 'b'],
        ['x, y', 'say "hi"'],
      ],
    ],
    [
      'quoted newline is one record',
      'a,b\n"line1\nline2",z\n3,4\n',
      [
        ['a', 'b'],
        ['line1\nline2', 'z'],
        ['3', '4'],
      ],
    ],
    [
      'semicolon delimiter',
      'a;b\n1;2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'tab delimiter',
      'a\tb\n1\t2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'empty fields',
      ',\n,,\n',
      [
        ['', ''],
        ['', '', ''],
      ],
    ],
    [
      'old Mac CR',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['empty', '', []],
  ])('%s', (_l, text, want) => expect(parseCsv(text).map((r) => r.cells)).toEqual(want));

  test('rows are spreadsheet rows even after quoted newlines', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').map((r) => r.row)).toEqual([1, 2, 3]);
  });
  test('chunk boundaries do not matter (CRLF and "" split across feeds)', () => {
    const text = 'a,b\r\n"x""y",2\r\n3,"4\r\n5"\r\n';
    const p = new CsvParser();
    const out = [...text].flatMap((ch) => p.feed(ch)).concat(p.end());
    expect(out.map((r) => r.cells)).toEqual(parseCsv(text).map((r) => r.cells));
  });
  test('unterminated quote and over-long cell are record errors, not crashes', () => {
    expect(parseCsv('a\n"open').at(-1)!.error).toBe('unterminatedQuote');
    const r = parseCsv(`a\n${'x'.repeat(MAX_CELL_CHARS + 10)}\n`)[1]!;
    expect(r.error).toBe('cellTooLong');
    expect(r.cells[0]!.length).toBe(MAX_CELL_CHARS);
  });
  test('10k-character cell is read whole', () => expect(parseCsv(`a\n"${'가'.repeat(10_000)}"\n`)[1]!.cells[0]!.length).toBe(10_000));
  test('blank records', () => expect(isBlankRecord([' ', ''])).toBe(true));
});

describe('property: the parser never throws and accepted + rejected = data rows', () => {
  test('any string, any chunking', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ';', '가', ' ', '=', 'x'), maxLength: 300 }),
        fc.array(fc.nat(50), { maxLength: 10 }),
        (text, cuts) => {
          const p = new CsvParser();
          const recs = [] as ReturnType<typeof parseCsv>;
          let pos = 0;
          for (const c of cuts) {
            recs.push(...p.feed(text.slice(pos, pos + c)));
            pos += c;
          }
          recs.push(...p.feed(text.slice(pos)), ...p.end());
          // rows numbered 1..n without gaps
          expect(recs.map((r) => r.row)).toEqual(recs.map((_r, i) => i + 1));
          const header = recs[0]?.cells ?? [];
          const { mapping } = autoMapHeaders(header);
          let accepted = 0;
          let rejected = 0;
          for (const r of recs.slice(1)) {
            if (r.error || !normalizeLeadRow(r.cells, { ...mapping, email: 0 }).ok) rejected++;
            else accepted++;
          }
          expect(accepted + rejected).toBe(Math.max(0, recs.length - 1));
        },
      ),
      { numRuns: 500 },
    );
  });
  test('arbitrary bytes sniff and decode without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const kind = sniffFileKind(bytes);
        expect(['xlsx', 'csv', 'binary', 'empty']).toContain(kind);
        const e = detectEncoding(bytes);
        const text = e === 'cp949' ? iconv.decode(Buffer.from(bytes), 'cp949') : new TextDecoder('utf-8').decode(bytes);
        expect(() => parseCsv(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('encoding and file kind', () => {
  test.each([
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('이메일')]), 'utf-8-bom'],
    ['UTF-8', enc('이메일,회사명'), 'utf-8'],
    ['CP949 from Korean Excel', Uint8Array.from(iconv.encode('이메일,회사명\n김,삼성', 'cp949')), 'cp949'],
    ['ASCII', enc('email,company'), 'utf-8'],
    ['UTF-8 cut mid-character', enc('이메일').slice(0, 4), 'utf-8'],
  ])('%s', (_l, bytes, want) => expect(detectEncoding(bytes)).toBe(want));

  test.each([
    ['empty', new Uint8Array(), 'empty'],
    ['zip (xlsx)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'xlsx'],
    ['PDF named .csv', enc('%PDF-1.7 ...'), 'binary'],
    ['NUL bytes', Uint8Array.from([0x61, 0, 0x62]), 'binary'],
    ['text', enc('a,b\n1,2'), 'csv'],
    ['CP949 text', Uint8Array.from(iconv.encode('회사명', 'cp949')), 'csv'],
  ])('%s', (_l, bytes, want) => expect(sniffFileKind(bytes)).toBe(want));
});

describe('header auto-mapping', () => {
  test.each([
    ['이메일', 'email'],
    ['E-mail', 'email'],
    ['회사명', 'company'],
    ['담당자명', 'name'],
    ['전화번호', 'phone'],
    ['온도', 'temperature'],
    ['출처', 'source'],
    ['캠페인', 'campaign'],
    ['니즈', 'need'],
    ['예산', 'budget'],
    ['예산(원)', 'budget'],
    ['웹사이트', 'website'],
    ['사업자등록번호', 'businessRegistrationNo'],
    ['Company Name', 'company'],
    ['Phone Number', 'phone'],
    ['\uFEFFemail', 'email'],
    ['favourite colour', null],
  ])('%s → %s', (h, f) => expect(fieldOfHeader(h)).toBe(f));

  test('maps a Korean header row and reports problems', () => {
    const { mapping, problems } = autoMapHeaders(['이메일', '회사명', '전화번호', '이메일']);
    expect(mapping).toEqual({ email: 0, company: 1, phone: 2 });
    expect(problems).toEqual([{ code: 'duplicateHeader', column: '이메일' }]);
    expect(autoMapHeaders(['', ' ']).problems).toEqual([{ code: 'emptyHeader' }]);
    expect(autoMapHeaders(['name', 'phone']).problems).toEqual([{ code: 'noKeyColumn' }]);
    expect(checkMapping({ company: 0, website: 1 }, 2)).toEqual([]);
    expect(duplicateTargets({ email: 0, name: 0, phone: 1 })).toEqual(['email', 'name']);
  });
});

describe('normalizeLeadRow', () => {
  const mapping = { email: 0, company: 1, phone: 2, temperature: 3, budget: 4, website: 5 };
  test('a good row', () => {
    const r = normalizeLeadRow([' Kim@Acme.co.kr', '(주)애크미', '010-1234-5678', '핫', '1.2억', ''], mapping);
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        dedupeKey: 'e:kim@acme.co.kr',
        phone: '+821012345678',
        temperature: 'HOT',
        budget: '120000000',
        companyDomain: 'acme.co.kr',
      }),
    });
  });
  test('every bad cell is reported, with its field', () => {
    const r = normalizeLeadRow(['bad', 'x', '123', 'tepid', 'lots', 'ftp://x'], mapping);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.map((e) => `${e.field}:${e.reason}`)).toEqual([
        'email:badEmail',
        'website:badWebsite',
        'phone:badPhone',
        'temperature:badTemperature',
        'budget:badBudget',
      ]);
  });
  test('no email and no domain+company → noKey', () => {
    expect(normalizeLeadRow(['', 'x', '', '', '', ''], mapping)).toEqual({ ok: false, error: [{ field: 'email', reason: 'noKey' }] });
  });
});
