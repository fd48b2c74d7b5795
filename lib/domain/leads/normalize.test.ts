import { describe, expect, test } from 'vitest';
import {
  businessRegistrationNoValid,
  dedupeKeyOf,
  normalizeBudget,
  normalizeBusinessRegistrationNo,
  normalizeCompanyName,
  normalizeEmail,
  normalizePhone,
  normalizeSource,
  normalizeTemperature,
  normalizeText,
  normalizeWebsite,
} from './normalize';

const okOf = (v: unknown) => ({ ok: true, value: v });
const errOf = (e: string) => ({ ok: false, error: e });

describe('normalizeEmail', () => {
  test.each([
    ['  Kim@Example.CO.KR ', okOf('kim@example.co.kr')],
    ['mailto:a.b+tag@samsung.com', okOf('a.b+tag@samsung.com')],
    ['', okOf(null)],
    ['   ', okOf(null)],
    ['not-an-email', errOf('badEmail')],
    ['a@b', errOf('badEmail')],
    ['a..b@c.com', errOf('badEmail')],
    ['김@회사.kr', errOf('badEmail')],
    [`${'a'.repeat(250)}@x.com`, errOf('tooLong')],
  ])('%j', (raw, want) => expect(normalizeEmail(raw)).toEqual(want));
});

describe('normalizePhone → E.164', () => {
  test.each([
    ['010-1234-5678', okOf('+821012345678')],
    ['01012345678', okOf('+821012345678')],
    ['010 1234 5678', okOf('+821012345678')],
    ['+82 10-1234-5678', okOf('+821012345678')],
    ['+82 (0)10 1234 5678', okOf('+821012345678')],
    ['82-10-1234-5678', okOf('+821012345678')],
    ['02-123-4567', okOf('+8221234567')],
    ['(02)1234-5678', okOf('+82212345678')],
    ['031-123-4567', okOf('+82311234567')],
    ['070-1234-5678', okOf('+827012345678')],
    ['1588-1234', okOf('+8215881234')],
    ['011-123-4567', okOf('+82111234567')],
    ['02-1234-5678 내선 123', okOf('+82212345678')],
    ['+1 415 555 0100', okOf('+14155550100')],
    ['', okOf(null)],
    ['010-12', errOf('badPhone')],
    ['12345', errOf('badPhone')],
    ['010-abcd-5678', errOf('badPhone')],
    ['099-123-4567', errOf('badPhone')],
  ])('%j', (raw, want) => expect(normalizePhone(raw)).toEqual(want));
});

describe('normalizeTemperature', () => {
  test.each([
    ['Hot', okOf('HOT')],
    ['WARM', okOf('WARM')],
    [' cold ', okOf('COLD')],
    ['hOt', okOf('HOT')],
    ['핫', okOf('HOT')],
    ['웜', okOf('WARM')],
    ['콜드', okOf('COLD')],
    ['', okOf(null)],
    ['lukewarm', errOf('badTemperature')],
    ['뜨뜻', errOf('badTemperature')],
  ])('%j', (raw, want) => expect(normalizeTemperature(raw)).toEqual(want));
});

describe('normalizeSource', () => {
  test.each([
    ['웹페이지', okOf('WEB_PAGE')],
    ['White Paper', okOf('WHITE_PAPER')],
    ['whitepaper', okOf('WHITE_PAPER')],
    ['세미나', okOf('SEMINAR')],
    ['명함', okOf('BUSINESS_CARD')],
    ['business-card', okOf('BUSINESS_CARD')],
    ['인터뷰/FGI', okOf('INTERVIEW')],
    ['기타', okOf('OTHER')],
    ['', okOf(null)],
    ['telepathy', errOf('badSource')],
  ])('%j', (raw, want) => expect(normalizeSource(raw)).toEqual(want));

  // the import's row error for an unknown source lists the allowed values: each one it lists is accepted
  test.each([['ko'], ['en']])('every value the %s badSource message lists is accepted', async (locale) => {
    const messages = (await import(`@/lib/i18n/messages/${locale}/leads.json`)).default as { rowErrors: { badSource: string } };
    const listed = messages.rowErrors.badSource
      .split(':')[1]!
      .split(',')
      .map((v) => v.trim());
    expect(listed).toHaveLength(10);
    for (const v of listed) expect(normalizeSource(v).ok, v).toBe(true);
    expect(new Set(listed.map((v) => (normalizeSource(v) as { value: string }).value)).size).toBe(10);
  });
});

describe('normalizeWebsite', () => {
  test.each([
    ['www.Samsung.com', okOf({ website: 'https://www.samsung.com', domain: 'samsung.com' })],
    ['https://lg.co.kr/', okOf({ website: 'https://lg.co.kr', domain: 'lg.co.kr' })],
    ['http://sub.kt.com/about', okOf({ website: 'http://sub.kt.com/about', domain: 'sub.kt.com' })],
    ['', okOf(null)],
    ['ftp://x.com', errOf('badWebsite')],
    ['not a url', errOf('badWebsite')],
    ['localhost', errOf('badWebsite')],
    ['javascript:alert(1)', errOf('badWebsite')],
  ])('%j', (raw, want) => expect(normalizeWebsite(raw)).toEqual(want));
});

describe('사업자등록번호', () => {
  test.each([
    ['124-81-00998', okOf('1248100998')], // Samsung Electronics
    ['1208147521', okOf('1208147521')],
    ['220-81-62517', okOf('2208162517')],
    ['124-81-00999', errOf('badBrnCheck')],
    ['124-81-0099', errOf('badBrn')],
    ['12A-81-00998', errOf('badBrn')],
    ['', okOf(null)],
  ])('%j', (raw, want) => expect(normalizeBusinessRegistrationNo(raw)).toEqual(want));
  test('check digit uses the carry of the 9th digit', () => {
    expect(businessRegistrationNoValid('1248100998')).toBe(true);
    expect(businessRegistrationNoValid('0000000000')).toBe(true);
    expect(businessRegistrationNoValid('123456789')).toBe(false);
  });
});

describe('normalizeBudget', () => {
  test.each([
    ['1,200', okOf('1200')],
    ['1.2억', okOf('120000000')],
    ['3000만', okOf('30000000')],
    ['3,000만원', okOf('30000000')],
    ['1억 2천만', okOf('120000000')],
    ['5백만원', okOf('5000000')],
    ['₩50,000,000', okOf('50000000')],
    ['2조', okOf('2000000000000')],
    ['억', okOf('100000000')],
    ['12.5', okOf('13')],
    ['', okOf(null)],
    ['많음', errOf('badBudget')],
    ['-500', errOf('badBudget')],
    ['1.2.3억', errOf('badBudget')],
    ['만억', errOf('badBudget')],
    ['10 USD', errOf('badBudget')],
  ])('%j', (raw, want) => expect(normalizeBudget(raw)).toEqual(want));
});

describe('normalizeText caps length', () => {
  test.each([
    ['  a   b ', 10, okOf('a b')],
    ['', 10, okOf(null)],
    ['x'.repeat(11), 10, errOf('tooLong')],
  ])('%j', (raw, max, want) => expect(normalizeText(raw, max)).toEqual(want));
  test.each([
    ['line 1\r\n  line   2 ', okOf('line 1\nline 2')],
    ['a\n\n\n\nb', okOf('a\n\nb')],
    [' \n ', okOf(null)],
  ])('multi-line %j', (raw, want) => expect(normalizeText(raw, 100, true)).toEqual(want));
});

describe('dedupe key', () => {
  test.each([
    [{ email: 'a@b.com', companyDomain: 'b.com', company: 'B' }, 'e:a@b.com'],
    [{ email: null, companyDomain: 'lg.co.kr', company: '(주)엘지 전자' }, 'd:lg.co.kr|엘지전자'],
    [{ email: null, companyDomain: 'lg.co.kr', company: '엘지전자 주식회사' }, 'd:lg.co.kr|엘지전자'],
    [{ email: null, companyDomain: null, company: '엘지전자' }, null],
    [{ email: null, companyDomain: 'x.com', company: null }, null],
  ])('%j', (lead, want) => expect(dedupeKeyOf(lead)).toBe(want));
  test('company names normalise legal forms', () => expect(normalizeCompanyName('Acme Co., Ltd.')).toBe('acme'));
});
