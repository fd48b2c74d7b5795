// Column → lead field mapping from Korean and English header names (pure).
import { aliasLookup, duplicateColumns, headerKey } from './columns';

export const LEAD_FIELDS = [
  'email',
  'name',
  'company',
  'title',
  'phone',
  'temperature',
  'source',
  'campaign',
  'need',
  'intent',
  'budget',
  'website',
  'businessRegistrationNo',
  'notes',
] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];
/** field → column index in the file (null = not imported) */
export type ColumnMapping = Partial<Record<LeadField, number | null>>;

const ALIASES: Record<LeadField, string[]> = {
  email: ['email', 'e-mail', 'emailaddress', 'mail', '이메일', '이메일주소', '메일', '전자우편'],
  name: ['name', 'fullname', 'contactname', 'contact', 'firstname', '이름', '성명', '담당자', '담당자명', '고객명', '성함'],
  company: [
    'company',
    'companyname',
    'organization',
    'organisation',
    'account',
    '회사',
    '회사명',
    '기업명',
    '업체명',
    '상호',
    '기관명',
    '소속',
  ],
  title: ['title', 'jobtitle', 'position', 'role', '직함', '직책', '직급', '직위'],
  phone: [
    'phone',
    'phonenumber',
    'mobile',
    'mobilephone',
    'tel',
    'telephone',
    'cell',
    '전화',
    '전화번호',
    '연락처',
    '휴대폰',
    '휴대전화',
    '핸드폰',
    '휴대폰번호',
  ],
  temperature: ['temperature', 'temp', 'leadtemperature', 'rating', '온도', '리드온도', '등급'],
  source: ['source', 'leadsource', 'origin', 'channel', '출처', '유입경로', '리드출처', '채널'],
  campaign: ['campaign', 'campaignname', '캠페인', '캠페인명'],
  need: ['need', 'needs', 'requirement', 'requirements', '니즈', '요구사항', '필요'],
  intent: ['intent', 'intention', 'purchaseintent', '의도', '구매의도', '의향'],
  budget: ['budget', 'budgetkrw', 'amount', '예산', '예산금액', '예산(원)'],
  website: ['website', 'web', 'url', 'homepage', 'domain', 'companywebsite', '웹사이트', '홈페이지', '도메인', '사이트'],
  businessRegistrationNo: [
    'businessregistrationno',
    'businessregistrationnumber',
    'brn',
    'bizno',
    'taxid',
    '사업자등록번호',
    '사업자번호',
    '사업자등록',
  ],
  notes: ['notes', 'note', 'memo', 'comment', 'comments', 'description', '메모', '비고', '설명', '노트'],
};

const LOOKUP = aliasLookup(LEAD_FIELDS, ALIASES);

/** The field a header names, if any. */
export function fieldOfHeader(header: string): LeadField | null {
  const k = headerKey(header.replace(/^\uFEFF/, ''));
  return LOOKUP.get(k) ?? LOOKUP.get(k.replace(/\(.*?\)/g, '')) ?? null;
}

export type HeaderProblem = { code: 'emptyHeader' | 'duplicateHeader' | 'noKeyColumn'; column?: string };

/** Auto-map the first row: first column that names a field wins; report duplicates and missing keys. */
export function autoMapHeaders(headers: string[]): { mapping: ColumnMapping; problems: HeaderProblem[] } {
  const mapping: ColumnMapping = {};
  const problems: HeaderProblem[] = [];
  if (headers.length === 0 || headers.every((h) => h.trim() === '')) {
    return { mapping, problems: [{ code: 'emptyHeader' }] };
  }
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    const k = headerKey(h);
    if (k && seen.has(k)) problems.push({ code: 'duplicateHeader', column: h.trim() });
    seen.add(k);
    const f = fieldOfHeader(h);
    if (f && mapping[f] === undefined) mapping[f] = i;
  });
  const p = checkMapping(mapping, headers.length);
  return { mapping, problems: [...problems, ...p] };
}

/** A mapping can import only if it has a key column (email, or company + website). */
export function checkMapping(mapping: ColumnMapping, columnCount: number): HeaderProblem[] {
  const problems: HeaderProblem[] = [];
  const has = (f: LeadField) => mapping[f] !== undefined && mapping[f] !== null && mapping[f]! < columnCount && mapping[f]! >= 0;
  if (!has('email') && !(has('company') && has('website'))) problems.push({ code: 'noKeyColumn' });
  return problems;
}

/** Two fields mapped to the same column is a user mistake in the correction step. */
export const duplicateTargets = (mapping: ColumnMapping): LeadField[] => duplicateColumns(LEAD_FIELDS, mapping);
