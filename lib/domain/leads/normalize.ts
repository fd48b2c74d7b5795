// Pure normalisers for imported lead fields (SPEC §1, issue 3). Each returns a Result: a clean
// value, or a reason key (leads.rowErrors.*) — an unknown value is an error, never a default.
import { err, ok, type Result } from '@/lib/domain/result';

export type Temperature = 'HOT' | 'WARM' | 'COLD';
export type LeadSource =
  'WEB_PAGE' | 'WHITE_PAPER' | 'BLOG' | 'INFOGRAPHIC' | 'PRESENTATION' | 'BUSINESS_CARD' | 'NEWSLETTER' | 'SEMINAR' | 'INTERVIEW' | 'OTHER';

/** Length caps per field (characters). */
export const MAX_LEN = {
  email: 254,
  name: 100,
  company: 200,
  title: 100,
  website: 255,
  campaign: 200,
  need: 2000,
  intent: 2000,
  notes: 4000,
} as const;

const clean = (s: string) =>
  s
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Trim and collapse spaces; multi-line fields (need, intent, notes) keep their line breaks. */
export function normalizeText(raw: string, max: number, multiline = false): Result<string | null, string> {
  const v = multiline
    ? raw
        .replace(/[\u200B-\u200D\uFEFF]/g, '')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.replace(/[ \t]+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : clean(raw);
  if (!v) return ok(null);
  if (v.length > max) return err('tooLong');
  return ok(v);
}

const EMAIL_RE =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,63}$/;

export function normalizeEmail(raw: string): Result<string | null, string> {
  const v = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (!v) return ok(null);
  if (v.length > MAX_LEN.email) return err('tooLong');
  if (!EMAIL_RE.test(v) || v.includes('..')) return err('badEmail');
  return ok(v);
}

/**
 * Korean phone numbers → E.164 (+82…). Accepts 010-1234-5678, 02-123-4567, 031 123 4567,
 * +82 10-1234-5678, 82-10-…, (02)1234-5678, 1588-1234 stays national-style (+82 1588…).
 * Other international numbers given with + are kept if 8–15 digits.
 */
export function normalizePhone(raw: string): Result<string | null, string> {
  const v = raw.trim();
  if (!v) return ok(null);
  if (/[^\d\s()+\-.]/.test(v.replace(/(ext|내선|x)\s*\.?\s*\d+$/i, ''))) return err('badPhone');
  const body = v.replace(/(ext|내선|x)\s*\.?\s*\d+$/i, '');
  let digits = body.replace(/\D/g, '');
  const plus = body.trim().startsWith('+');
  if (plus || (digits.startsWith('82') && digits.length >= 11)) {
    if (!digits.startsWith('82')) {
      return digits.length >= 8 && digits.length <= 15 ? ok(`+${digits}`) : err('badPhone');
    }
    digits = digits.slice(2);
    if (digits.startsWith('0')) digits = digits.slice(1);
  } else {
    if (/^(15|16|18)\d{6}$/.test(digits)) return ok(`+82${digits}`); // 대표번호 1588-xxxx
    if (!digits.startsWith('0')) return err('badPhone');
    digits = digits.slice(1);
  }
  // national significant number: mobile 10-19 (9–10 digits), Seoul 2 (8–9), area 3x-6x (9–10), 070 VoIP
  const valid =
    /^1[016789]\d{7,8}$/.test(digits) ||
    /^2\d{7,8}$/.test(digits) ||
    /^[3-6][1-5]\d{7,8}$/.test(digits) ||
    /^70\d{8}$/.test(digits) ||
    /^(15|16|18)\d{6}$/.test(digits);
  return valid ? ok(`+82${digits}`) : err('badPhone');
}

const TEMPS: Record<string, Temperature> = {
  hot: 'HOT',
  warm: 'WARM',
  cold: 'COLD',
  핫: 'HOT',
  웜: 'WARM',
  콜드: 'COLD',
  뜨거움: 'HOT',
  따뜻함: 'WARM',
  차가움: 'COLD',
};

export function normalizeTemperature(raw: string): Result<Temperature | null, string> {
  const v = clean(raw).toLowerCase();
  if (!v) return ok(null);
  const t = TEMPS[v];
  return t ? ok(t) : err('badTemperature');
}

const SOURCES: Record<string, LeadSource> = {
  web_page: 'WEB_PAGE',
  webpage: 'WEB_PAGE',
  web: 'WEB_PAGE',
  website: 'WEB_PAGE',
  microsite: 'WEB_PAGE',
  웹페이지: 'WEB_PAGE',
  웹: 'WEB_PAGE',
  마이크로사이트: 'WEB_PAGE',
  홈페이지: 'WEB_PAGE',
  white_paper: 'WHITE_PAPER',
  whitepaper: 'WHITE_PAPER',
  화이트페이퍼: 'WHITE_PAPER',
  백서: 'WHITE_PAPER',
  blog: 'BLOG',
  블로그: 'BLOG',
  infographic: 'INFOGRAPHIC',
  infographics: 'INFOGRAPHIC',
  인포그래픽: 'INFOGRAPHIC',
  인포그래픽스: 'INFOGRAPHIC',
  presentation: 'PRESENTATION',
  brochure: 'PRESENTATION',
  프레젠테이션: 'PRESENTATION',
  브로셔: 'PRESENTATION',
  브로슈어: 'PRESENTATION',
  business_card: 'BUSINESS_CARD',
  businesscard: 'BUSINESS_CARD',
  명함: 'BUSINESS_CARD',
  newsletter: 'NEWSLETTER',
  뉴스레터: 'NEWSLETTER',
  seminar: 'SEMINAR',
  event: 'SEMINAR',
  webinar: 'SEMINAR',
  세미나: 'SEMINAR',
  이벤트: 'SEMINAR',
  웨비나: 'SEMINAR',
  interview: 'INTERVIEW',
  fgi: 'INTERVIEW',
  인터뷰: 'INTERVIEW',
  '인터뷰/fgi': 'INTERVIEW',
  other: 'OTHER',
  기타: 'OTHER',
};

export function normalizeSource(raw: string): Result<LeadSource | null, string> {
  const v = clean(raw).toLowerCase();
  if (!v) return ok(null);
  const s = SOURCES[v] ?? SOURCES[v.replace(/[\s-]+/g, '_')] ?? SOURCES[v.replace(/[\s_-]+/g, '')];
  return s ? ok(s) : err('badSource');
}

const HOST_RE = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/;

/** Website → { website: "https://host/path", domain: "host" without www. }. */
export function normalizeWebsite(raw: string): Result<{ website: string; domain: string } | null, string> {
  const v = raw.trim();
  if (!v) return ok(null);
  if (v.length > MAX_LEN.website) return err('tooLong');
  if (/\s/.test(v)) return err('badWebsite');
  // fast path: a bare host name, as most lead lists hold it (no URL parsing needed)
  const bare = /^(?:(https?):\/\/)?([a-z0-9.-]+?)\.?\/?$/i.exec(v);
  if (bare) {
    const host = bare[2]!.toLowerCase();
    if (!HOST_RE.test(host)) return err('badWebsite');
    return ok({ website: `${(bare[1] ?? 'https').toLowerCase()}://${host}`, domain: host.replace(/^www\./, '') });
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return err('badWebsite');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('badWebsite');
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!HOST_RE.test(host)) return err('badWebsite');
  const domain = host.replace(/^www\./, '');
  const path = url.pathname === '/' ? '' : url.pathname;
  return ok({ website: `${url.protocol}//${host}${path}`, domain });
}

/** Domain of an email address, unless it is a free-mail provider (then it says nothing about the company). */
const FREE_MAIL = new Set([
  'gmail.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'nate.com',
  'kakao.com',
  'hotmail.com',
  'outlook.com',
  'yahoo.com',
  'icloud.com',
  'yahoo.co.kr',
  'korea.com',
]);
export function companyDomainOfEmail(email: string | null): string | null {
  if (!email) return null;
  const d = email.slice(email.indexOf('@') + 1);
  return FREE_MAIL.has(d) ? null : d;
}

/** 사업자등록번호: 10 digits (dashes allowed), weights 1,3,7,1,3,7,1,3,5 + carry of the 9th. */
/** The 사업자등록번호 check digit (the 10th) of its first nine digits. */
export function brnCheckDigit(nine: string): number {
  const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  const d = nine.split('').map(Number);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d[i]! * w[i]!;
  sum += Math.floor((d[8]! * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

/** Nine digits completed with their check digit: a valid 사업자등록번호 (demo data, test rows). */
export function withBrnCheckDigit(nine: string): string {
  return nine + String(brnCheckDigit(nine));
}

export function businessRegistrationNoValid(digits: string): boolean {
  return /^\d{10}$/.test(digits) && brnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

export function normalizeBusinessRegistrationNo(raw: string): Result<string | null, string> {
  const v = raw.trim();
  if (!v) return ok(null);
  if (!/^[\d\s-]+$/.test(v)) return err('badBrn');
  const digits = v.replace(/\D/g, '');
  if (digits.length !== 10) return err('badBrn');
  return businessRegistrationNoValid(digits) ? ok(digits) : err('badBrnCheck');
}

/** "1,200" "1.2억" "3000만" "1억 2천만" "₩50,000,000" "5백만원" → KRW as a decimal string. */
export function normalizeBudget(raw: string): Result<string | null, string> {
  if (/^\d{1,15}$/.test(raw)) return ok(String(Number(raw))); // fast path: plain digits
  const v = raw
    .trim()
    .replace(/[₩,\s]/g, '')
    .replace(/(원|krw)$/i, '')
    .replace(/^krw/i, '');
  if (!v) return ok(null);
  if (/^\d+(\.\d+)?$/.test(v)) return toKrw(Number(v));
  // Korean units, largest first: 조 10^12, 억 10^8, 만 10^4 (with 천/백/십 multipliers inside a group)
  const UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4 };
  const SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
  if (!/^[\d.조억만천백십]+$/.test(v) || !/[조억만천백십]/.test(v)) return err('badBudget');
  let total = 0;
  let group = 0;
  let num = '';
  let lastBig = Infinity;
  const take = () => {
    if (num && !/^\d+(\.\d+)?$/.test(num)) return NaN;
    const n = num ? Number(num) : null;
    num = '';
    return n;
  };
  for (const ch of v) {
    if (/[\d.]/.test(ch)) {
      num += ch;
      continue;
    }
    const n = take();
    if (Number.isNaN(n)) return err('badBudget');
    if (SMALL[ch]) group += (n ?? 1) * SMALL[ch]!;
    else {
      const unit = UNITS[ch]!;
      if (unit >= lastBig) return err('badBudget'); // 만억: units must go down
      lastBig = unit;
      group += n ?? 0;
      total += (group || 1) * unit;
      group = 0;
    }
  }
  const rest = take();
  if (Number.isNaN(rest)) return err('badBudget');
  total += group + (rest ?? 0);
  return toKrw(total);
}

function toKrw(n: number): Result<string | null, string> {
  if (!Number.isFinite(n) || n < 0) return err('badBudget');
  if (n >= 1e18) return err('badBudget');
  return ok(Math.round(n).toString());
}

/** A dedupe key: normalised email, else company domain + normalised company name. */
export function normalizeCompanyName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\(주\)|㈜|주식회사|\(유\)|유한회사|co\.,?\s*ltd\.?|inc\.?|corp\.?|corporation|ltd\.?|llc/g, '')
    .replace(/[\s.,()&'"-]+/g, '');
}

export function dedupeKeyOf(lead: { email: string | null; companyDomain: string | null; company: string | null }): string | null {
  if (lead.email) return `e:${lead.email}`;
  if (lead.companyDomain && lead.company) return `d:${lead.companyDomain}|${normalizeCompanyName(lead.company)}`;
  return null;
}
