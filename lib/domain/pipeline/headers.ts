// Pipeline sheet columns → opportunity fields, from the Korean and English headers a sales team
// writes (pure). The amount column's unit may be in its header ("금액(억원)"); else the user picks it.
import { aliasLookup, duplicateColumns, headerKey } from '@/lib/domain/import/columns';
import { parseAmountUnit, type AmountUnit } from './amount';

export const PIPELINE_FIELDS = [
  'name',
  'accountName',
  'businessRegistrationNo',
  'accountDomain',
  'owner',
  'tier',
  'amount',
  'contractAmount',
  'expectedCloseDate',
  'category',
  'regionScope',
  'location',
  'nextStep',
  'need',
  'bidNoticeNo',
  'bidRound',
  'externalKey',
  'tierEnteredAt',
] as const;
export type PipelineField = (typeof PIPELINE_FIELDS)[number];
export type PipelineColumns = Partial<Record<PipelineField, number | null>>;
export type PipelineMapping = { columns: PipelineColumns; amountUnit: AmountUnit | null };

/** Fields a pipeline file must map. */
export const REQUIRED_PIPELINE_FIELDS: readonly PipelineField[] = ['name', 'accountName', 'owner', 'tier'];

const ALIASES: Record<PipelineField, string[]> = {
  name: [
    '사업명',
    '사업기회',
    '사업기회명',
    '건명',
    '프로젝트명',
    '프로젝트',
    '안건명',
    'opportunity',
    'opportunityname',
    'dealname',
    'deal',
    'name',
    'project',
  ],
  accountName: ['고객사', '고객사명', '고객', '발주처', '수요기관', '회사명', 'account', 'accountname', 'customer', 'company', 'client'],
  businessRegistrationNo: ['사업자등록번호', '사업자번호', 'businessregistrationno', 'businessregistrationnumber', 'brn', 'bizno'],
  accountDomain: ['도메인', '홈페이지', '웹사이트', 'domain', 'website', 'accountdomain'],
  owner: ['담당자', '영업담당', '영업담당자', '영업대표', '담당영업', 'owner', 'rep', 'salesrep', 'owneremail'],
  tier: ['티어', '단계', 'tier', 'stage', '상태', 'status'],
  amount: ['금액', '사업금액', '예상금액', '사업규모', 'amount', 'dealsize', 'value'],
  contractAmount: ['계약금액', '수주금액', 'contractamount', 'contractvalue'],
  expectedCloseDate: [
    '예상종료일',
    '예상 종료일',
    '종료예정일',
    '예상수주일',
    '수주예정일',
    'expectedclose',
    'expectedclosedate',
    'closedate',
  ],
  category: ['사업구분', '사업 구분', '사업유형', 'category', 'businesscategory'],
  regionScope: ['국내/해외', '국내해외', '국내외', 'domestic/overseas', 'regionscope', 'scope'],
  location: ['국가/지역', '국가', '지역', 'country', 'region', 'country/region', 'location'],
  nextStep: ['다음단계', '다음 단계', '다음조치', 'nextstep', 'nextaction'],
  need: ['니즈', '고객니즈', '요구사항', 'need', 'needs'],
  bidNoticeNo: ['공고번호', '입찰공고번호', 'bidnoticeno', 'bidnotice', 'noticeno'],
  bidRound: ['차수', '공고차수', 'bidround', 'round'],
  externalKey: ['외부키', '외부 키', '관리번호', 'externalkey', 'externalid', 'key', 'id'],
  tierEnteredAt: ['티어진입일', '티어 진입일', '진입일', 'tierenteredat', 'tierentered', 'tierdate'],
};

const LOOKUP = aliasLookup(PIPELINE_FIELDS, ALIASES);
// headerKey drops a trailing "(…)": "국내/해외" and "국가/지역" keep their slash
const slashKey = (h: string) => h.toLowerCase().replace(/[\s_\-.:*#]/g, '');

export function pipelineFieldOfHeader(header: string): PipelineField | null {
  const h = header.replace(/^\uFEFF/, '');
  return LOOKUP.get(slashKey(h)) ?? LOOKUP.get(headerKey(h)) ?? null;
}

/** The unit written in a header's brackets: "금액(억원)", "Amount (KRW mn)"… */
export function unitOfHeader(header: string): AmountUnit | null {
  const m = /[([]([^)\]]+)[)\]]\s*$/.exec(header);
  if (!m) return null;
  return parseAmountUnit(m[1]!.replace(/krw/i, '').trim() || 'KRW');
}

export type PipelineHeaderProblem = { code: 'emptyHeader' | 'duplicateHeader' | 'missingColumn' | 'amountUnitMissing'; column?: string };

export function autoMapPipeline(headers: string[]): { mapping: PipelineMapping; problems: PipelineHeaderProblem[] } {
  const columns: PipelineColumns = {};
  if (!headers.length || headers.every((h) => !h.trim()))
    return { mapping: { columns, amountUnit: null }, problems: [{ code: 'emptyHeader' }] };
  const problems: PipelineHeaderProblem[] = [];
  const seen = new Set<string>();
  let amountUnit: AmountUnit | null = null;
  headers.forEach((h, i) => {
    const k = slashKey(h);
    if (k && seen.has(k)) problems.push({ code: 'duplicateHeader', column: h.trim() });
    seen.add(k);
    const f = pipelineFieldOfHeader(h);
    if (f && columns[f] === undefined) {
      columns[f] = i;
      if (f === 'amount') amountUnit = unitOfHeader(h);
    }
  });
  const mapping = { columns, amountUnit };
  return { mapping, problems: [...problems, ...checkPipelineMapping(mapping, headers.length)] };
}

/** What stops an import with this mapping: a required column unmapped, an amount column without a unit, a column out of range or used twice. */
export function checkPipelineMapping(mapping: PipelineMapping, columnCount: number): PipelineHeaderProblem[] {
  const problems: PipelineHeaderProblem[] = [];
  const has = (f: PipelineField) => {
    const c = mapping.columns[f];
    return c !== undefined && c !== null && c >= 0 && c < columnCount;
  };
  for (const f of REQUIRED_PIPELINE_FIELDS) if (!has(f)) problems.push({ code: 'missingColumn', column: f });
  if ((has('amount') || has('contractAmount')) && !mapping.amountUnit) problems.push({ code: 'amountUnitMissing' });
  return problems;
}

export const pipelineDuplicateTargets = (columns: PipelineColumns): PipelineField[] => duplicateColumns(PIPELINE_FIELDS, columns);
