// Accounts + contacts import (issue 10): one file of accounts, each row optionally one of its
// contacts (고객사명, 사업자등록번호, 도메인, 산업, 국가, 지역, 담당자명, 직책, 이메일, 전화). Pure: header
// mapping, one row's cells → a normalised account (+ contact) or its cell errors, and the in-file
// keys that make a repeated row an error. Accounts are matched in SQL (사업자등록번호 → domain →
// name), contacts by email within the account, else by name (lib/db/queries/account-import.ts).
import { requiredColumnsImport, type ColumnsProblem } from '@/lib/domain/import/columns';
import {
  normalizeBusinessRegistrationNo,
  normalizeCompanyName,
  normalizeEmail,
  normalizePhone,
  normalizeText,
  normalizeWebsite,
} from '@/lib/domain/leads/normalize';
import { countryCode } from '@/lib/domain/pipeline/country';
import { err, ok, type Result } from '@/lib/domain/result';

export const ACCOUNT_IMPORT_FIELDS = [
  'accountName',
  'businessRegistrationNo',
  'domain',
  'industry',
  'country',
  'region',
  'contactName',
  'contactTitle',
  'contactEmail',
  'contactPhone',
] as const;
export type AccountImportField = (typeof ACCOUNT_IMPORT_FIELDS)[number];
export type AccountImportMapping = Partial<Record<AccountImportField, number | null>>;
export type AccountImportHeaderProblem = ColumnsProblem;
export const REQUIRED_ACCOUNT_IMPORT_FIELDS: readonly AccountImportField[] = ['accountName'];

const ALIASES: Record<AccountImportField, string[]> = {
  accountName: [
    '고객사명',
    '고객사',
    '회사명',
    '회사',
    '기업명',
    '상호',
    '거래처',
    '거래처명',
    'account',
    'accountname',
    'company',
    'companyname',
    'customer',
  ],
  businessRegistrationNo: ['사업자등록번호', '사업자번호', 'businessregistrationno', 'businessregistrationnumber', 'brn', 'bizno'],
  domain: ['도메인', '홈페이지', '웹사이트', 'domain', 'website', 'homepage'],
  industry: ['산업', '업종', '업태', '산업군', 'industry', 'sector'],
  country: ['국가', '나라', 'country', 'countrycode'],
  region: ['지역', '영업지역', '권역', 'region', 'salesregion'],
  contactName: ['담당자명', '담당자', '담당자이름', '고객담당자', '성명', '이름', 'contact', 'contactname', 'name'],
  contactTitle: ['직책', '직위', '직함', '직급', 'title', 'jobtitle', 'position'],
  contactEmail: ['이메일', '담당자이메일', '메일', '이메일주소', 'email', 'e-mail', 'contactemail'],
  contactPhone: ['전화', '전화번호', '연락처', '휴대폰', '휴대전화', '담당자전화', 'phone', 'mobile', 'tel', 'contactphone'],
};
/** The first row's headers → fields (the first column naming a field wins), the mapping's check, what blocks an import. */
export const {
  autoMap: autoMapAccountImport,
  check: checkAccountImportMapping,
  blocking: blockingAccountImportProblems,
} = requiredColumnsImport(ACCOUNT_IMPORT_FIELDS, ALIASES, REQUIRED_ACCOUNT_IMPORT_FIELDS);

export type AccountImportRefs = {
  /** a sales region by code or Korean/English name */
  salesRegion: (v: string) => { id: string; scope: 'DOMESTIC' | 'OVERSEAS'; countryCode: string | null } | null;
};

export type AccountImportRow = {
  /** the account within the file: 사업자등록번호, else domain, else the normalised name */
  accountKey: string;
  /** the contact within its account: its email, else its name; null for an account-only row */
  contactKey: string | null;
  accountName: string;
  accountNameNormalized: string;
  businessRegistrationNo: string | null;
  domain: string | null;
  industry: string | null;
  country: string | null;
  salesRegionId: string | null;
  contactName: string | null;
  contactTitle: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
};
export type AccountImportCellError = { field: AccountImportField | null; reason: string };

export function normalizeAccountImportRow(
  cells: string[],
  mapping: AccountImportMapping,
  refs: AccountImportRefs,
): Result<AccountImportRow, AccountImportCellError[]> {
  const errors: AccountImportCellError[] = [];
  const cell = (f: AccountImportField) => {
    const c = mapping[f];
    return c === undefined || c === null ? '' : (cells[c] ?? '');
  };
  function take<T>(f: AccountImportField, r: Result<T, string>): T | null {
    if (r.ok) return r.value;
    errors.push({ field: f, reason: r.error });
    return null;
  }
  const accountName = take('accountName', normalizeText(cell('accountName'), 200));
  if (accountName === null && !errors.length) errors.push({ field: 'accountName', reason: 'required' });
  const brn = take('businessRegistrationNo', normalizeBusinessRegistrationNo(cell('businessRegistrationNo')));
  const web = take('domain', normalizeWebsite(cell('domain')));
  const industry = take('industry', normalizeText(cell('industry'), 100));

  const countryText = cell('country').trim();
  let country: string | null = null;
  if (countryText) {
    country = countryCode(countryText);
    if (!country) errors.push({ field: 'country', reason: 'countryUnknown' });
  }
  const regionText = cell('region').trim();
  let salesRegionId: string | null = null;
  if (regionText) {
    const r = refs.salesRegion(regionText);
    if (!r) errors.push({ field: 'region', reason: 'regionUnknown' });
    else {
      salesRegionId = r.id;
      const regionCountry = r.scope === 'DOMESTIC' ? 'KR' : r.countryCode;
      if (country && regionCountry && country !== regionCountry) errors.push({ field: 'region', reason: 'regionCountryMismatch' });
      country ??= regionCountry;
    }
  }

  const contactName = take('contactName', normalizeText(cell('contactName'), 120));
  const contactTitle = take('contactTitle', normalizeText(cell('contactTitle'), 120));
  const contactEmail = take('contactEmail', normalizeEmail(cell('contactEmail')));
  const phoneText = cell('contactPhone');
  const contactPhone = take('contactPhone', normalizePhone(phoneText));
  if (!contactName && (contactTitle || contactEmail || contactPhone) && !errors.some((e) => e.field === 'contactName'))
    errors.push({ field: 'contactName', reason: 'contactNameRequired' });

  if (errors.length || !accountName) return err(errors);
  const accountNameNormalized = normalizeCompanyName(accountName) || accountName.toLowerCase();
  const domain = web?.domain ?? null;
  return ok({
    accountKey: brn ? `b:${brn}` : domain ? `d:${domain}` : `n:${accountNameNormalized}`,
    contactKey: contactName ? (contactEmail ? `e:${contactEmail}` : `n:${contactName.toLowerCase()}`) : null,
    accountName,
    accountNameNormalized,
    businessRegistrationNo: brn,
    domain,
    industry,
    country,
    salesRegionId,
    contactName,
    contactTitle,
    contactEmail,
    contactPhone,
  });
}

type FileAccount = { key: string; brn: string | null; domain: string | null; name: string; norm: string };
type FileContact = { key: string; email: string | null };

/**
 * The accounts and contacts of one file, row by row. Rows naming the same company — by
 * 사업자등록번호, else domain, else name (a domain or name never joins two different 사업자등록번호)
 * — take the first such row's account identity, so every chunk resolves them to one account. Within
 * an account a contact is its email, else its name. The same account + contact on a later row is an
 * error naming the first row (an account-only row repeated too).
 */
export class FileAccounts {
  private readonly byBrn = new Map<string, FileAccount>();
  private readonly byDomain = new Map<string, FileAccount>();
  private readonly byName = new Map<string, FileAccount>();
  private readonly contacts = new Map<string, { byEmail: Map<string, FileContact>; byName: Map<string, FileContact> }>();
  private readonly first = new Map<string, number>();

  add(row: number, r: AccountImportRow): { ok: true; row: AccountImportRow } | { ok: false; firstRow: number } {
    const joinable = (g: FileAccount | undefined) => (g && (!r.businessRegistrationNo || !g.brn) ? g : undefined);
    let g =
      (r.businessRegistrationNo ? this.byBrn.get(r.businessRegistrationNo) : undefined) ??
      (r.domain ? joinable(this.byDomain.get(r.domain)) : undefined) ??
      joinable(this.byName.get(r.accountNameNormalized));
    if (!g) {
      g = { key: r.accountKey, brn: r.businessRegistrationNo, domain: r.domain, name: r.accountName, norm: r.accountNameNormalized };
      if (g.brn) this.byBrn.set(g.brn, g);
      if (g.domain && !this.byDomain.has(g.domain)) this.byDomain.set(g.domain, g);
      if (!this.byName.has(g.norm)) this.byName.set(g.norm, g);
    }
    let contactKey: string | null = null;
    if (r.contactName) {
      let cs = this.contacts.get(g.key);
      if (!cs) this.contacts.set(g.key, (cs = { byEmail: new Map(), byName: new Map() }));
      const nameKey = r.contactName.toLowerCase();
      const byName = cs.byName.get(nameKey);
      let c = r.contactEmail ? (cs.byEmail.get(r.contactEmail) ?? (byName && !byName.email ? byName : undefined)) : byName;
      if (!c) {
        c = { key: r.contactEmail ? `e:${r.contactEmail}` : `n:${nameKey}`, email: r.contactEmail };
        if (r.contactEmail) cs.byEmail.set(r.contactEmail, c);
        if (!cs.byName.has(nameKey)) cs.byName.set(nameKey, c);
      }
      contactKey = c.key;
    }
    const k = `${g.key}\u0000${contactKey ?? ''}`;
    const f = this.first.get(k);
    if (f !== undefined) return { ok: false, firstRow: f };
    this.first.set(k, row);
    return {
      ok: true,
      row: {
        ...r,
        accountKey: g.key,
        businessRegistrationNo: g.brn,
        domain: g.domain,
        accountName: g.name,
        accountNameNormalized: g.norm,
        contactKey,
      },
    };
  }
}
