import { describe, expect, it } from 'vitest';
import { autoMapAccountImport, FileAccounts, normalizeAccountImportRow, type AccountImportMapping } from './import';
import { withBrnCheckDigit } from '@/lib/domain/leads/normalize';

const refs = {
  salesRegion: (v: string) =>
    v === '수도권'
      ? { id: 'r1', scope: 'DOMESTIC' as const, countryCode: null }
      : v === '베트남'
        ? { id: 'r2', scope: 'OVERSEAS' as const, countryCode: 'VN' }
        : null,
};
const HEADERS = ['고객사명', '사업자등록번호', '도메인', '산업', '국가', '지역', '담당자명', '직책', '이메일', '전화'];
const mapping = autoMapAccountImport(HEADERS).mapping as AccountImportMapping;
const brn = withBrnCheckDigit;
const row = (o: Partial<Record<string, string>>) => HEADERS.map((h) => o[h] ?? '');

describe('accounts import: headers', () => {
  it('maps the Korean headers and the English ones; the account name is required', () => {
    expect(mapping).toEqual({
      accountName: 0,
      businessRegistrationNo: 1,
      domain: 2,
      industry: 3,
      country: 4,
      region: 5,
      contactName: 6,
      contactTitle: 7,
      contactEmail: 8,
      contactPhone: 9,
    });
    expect(autoMapAccountImport(['Company', 'BRN', 'Website', 'Contact name', 'Email']).mapping).toEqual({
      accountName: 0,
      businessRegistrationNo: 1,
      domain: 2,
      contactName: 3,
      contactEmail: 4,
    });
    expect(autoMapAccountImport(['담당자명', '이메일']).problems).toEqual([{ code: 'missingColumn', column: 'accountName' }]);
  });
});

describe('accounts import: one row', () => {
  it.each([
    [{ 고객사명: '' }, [{ field: 'accountName', reason: 'required' }]],
    [{ 고객사명: 'A', 사업자등록번호: '1018100341' }, [{ field: 'businessRegistrationNo', reason: 'badBrnCheck' }]],
    [{ 고객사명: 'A', 사업자등록번호: '12345' }, [{ field: 'businessRegistrationNo', reason: 'badBrn' }]],
    [{ 고객사명: 'A', 국가: '아틀란티스' }, [{ field: 'country', reason: 'countryUnknown' }]],
    [{ 고객사명: 'A', 지역: '화성' }, [{ field: 'region', reason: 'regionUnknown' }]],
    [{ 고객사명: 'A', 국가: 'JP', 지역: '베트남' }, [{ field: 'region', reason: 'regionCountryMismatch' }]],
    [{ 고객사명: 'A', 이메일: 'x@y.kr' }, [{ field: 'contactName', reason: 'contactNameRequired' }]],
    [{ 고객사명: 'A', 담당자명: '김', 전화: 'abc' }, [{ field: 'contactPhone', reason: 'badPhone' }]],
  ])('%j → %j', (cells, errors) => {
    const r = normalizeAccountImportRow(row(cells), mapping, refs);
    expect(r.ok ? [] : r.error).toEqual(errors);
  });

  it('normalises the keys: 사업자등록번호 digits, domain of a URL, E.164 phone, country from a region', () => {
    const r = normalizeAccountImportRow(
      row({
        고객사명: ' (주)한빛 ',
        사업자등록번호: '101-81-00340',
        도메인: 'https://www.hanbit.co.kr/',
        지역: '수도권',
        담당자명: '김민수',
        이메일: 'Kim@Hanbit.co.kr',
        전화: '010-1234-5678',
      }),
      mapping,
      refs,
    );
    expect(r.ok && r.value).toMatchObject({
      accountKey: 'b:1018100340',
      businessRegistrationNo: '1018100340',
      domain: 'hanbit.co.kr',
      country: 'KR',
      salesRegionId: 'r1',
      contactKey: 'e:kim@hanbit.co.kr',
      contactPhone: '+821012345678',
    });
  });
});

describe('accounts import: the file', () => {
  const add = (f: FileAccounts, n: number, cells: Partial<Record<string, string>>) => {
    const r = normalizeAccountImportRow(row(cells), mapping, refs);
    if (!r.ok) throw new Error('bad row');
    return f.add(n, r.value);
  };
  it('joins rows of one company by 사업자등록번호, domain or name, and refuses the same contact twice', () => {
    const f = new FileAccounts();
    const first = add(f, 2, { 고객사명: '한빛', 사업자등록번호: '1018100340', 담당자명: '김', 이메일: 'kim@h.kr' });
    expect(first.ok && first.row.accountKey).toBe('b:1018100340');
    const byName = add(f, 3, { 고객사명: '한빛', 담당자명: '이' });
    expect(byName.ok && byName.row).toMatchObject({ accountKey: 'b:1018100340', businessRegistrationNo: '1018100340' });
    expect(add(f, 4, { 고객사명: '한빛', 담당자명: '김', 이메일: 'kim@h.kr' })).toEqual({ ok: false, firstRow: 2 });
    expect(add(f, 5, { 고객사명: '한빛', 담당자명: '김' })).toEqual({ ok: false, firstRow: 2 }); // 김 without email: the same 김
    // an account-only row of that company once is fine, twice is a duplicate
    expect(add(f, 6, { 고객사명: '한빛', 사업자등록번호: '1018100340' }).ok).toBe(true);
    expect(add(f, 7, { 고객사명: '한빛', 도메인: 'h.kr' })).toEqual({ ok: false, firstRow: 6 });
    // another 사업자등록번호 under the same name is another company
    const other = add(f, 8, { 고객사명: '한빛', 사업자등록번호: brn('220811234') });
    expect(other.ok && other.row.accountKey).toBe(`b:${brn('220811234')}`);
  });
});
