// One pipeline sheet row → a normalised deal, or its cell errors (pure). Reference data (owners,
// categories, sales regions) comes in as lookups loaded once per import; accounts are matched in
// SQL (사업자등록번호 → domain → name). A deal enters at the tier the sheet states: the entry
// requirements of the tiers it skipped that it does not meet are listed (`unmet`), not refused.
import { normalizeBusinessRegistrationNo, normalizeCompanyName, normalizeText, normalizeWebsite } from '@/lib/domain/leads/normalize';
import { err, ok, type Result } from '@/lib/domain/result';
import { unmetRequirements, type ClosedOutcome, type RequirementId, type TierRules } from '@/lib/domain/tiers';
import { parseAmount } from './amount';
import { countryCode } from './country';
import { parseSheetDate } from './date';
import type { PipelineField, PipelineMapping } from './headers';
import { parseTierLabel } from './tier-label';

export type PipelineRefs = {
  /** owner by lower-cased email or by exact name; 'ambiguous' when two active users share a name */
  owner: (emailOrName: string) => string | 'ambiguous' | null;
  /** business category by code or Korean/English name */
  category: (v: string) => string | null;
  /** sales region by code or Korean/English name */
  salesRegion: (v: string) => { id: string; scope: 'DOMESTIC' | 'OVERSEAS' } | null;
  tierRules: TierRules;
};

export type PipelineRow = {
  key: string;
  externalKey: string | null;
  name: string;
  accountName: string;
  accountNameNormalized: string;
  businessRegistrationNo: string | null;
  accountDomain: string | null;
  ownerId: string;
  tier: number;
  outcome: 'OPEN' | ClosedOutcome;
  amount: string | null;
  contractAmount: string | null;
  expectedCloseDate: string | null;
  categoryId: string | null;
  regionScope: 'DOMESTIC' | 'OVERSEAS';
  country: string;
  salesRegionId: string | null;
  nextStep: string | null;
  need: string | null;
  bidNoticeNo: string | null;
  bidRound: number | null;
  tierEnteredAt: string | null;
  unmet: RequirementId[];
};

export type PipelineCellError = { field: PipelineField | null; reason: string };

function parseScope(raw: string): Result<'DOMESTIC' | 'OVERSEAS' | null, string> {
  const k = raw.trim().toLowerCase().replace(/\s+/g, '');
  if (!k) return ok(null);
  if (['국내', '내수', 'domestic', 'korea', 'kr', 'd'].includes(k)) return ok('DOMESTIC');
  if (['해외', '국외', 'overseas', 'international', 'abroad', 'o'].includes(k)) return ok('OVERSEAS');
  return err('badRegionScope');
}

export function normalizePipelineRow(
  cells: string[],
  mapping: PipelineMapping,
  refs: PipelineRefs,
  today: string,
): Result<PipelineRow, PipelineCellError[]> {
  const errors: PipelineCellError[] = [];
  const cell = (f: PipelineField) => {
    const i = mapping.columns[f];
    return i === null || i === undefined ? '' : (cells[i] ?? '');
  };
  function take<T>(f: PipelineField, r: Result<T, string>): T | null {
    if (r.ok) return r.value;
    errors.push({ field: f, reason: r.error });
    return null;
  }
  const required = <T>(f: PipelineField, v: T | null): T | null => {
    if (v === null && !errors.some((e) => e.field === f)) errors.push({ field: f, reason: 'required' });
    return v;
  };

  const name = required('name', take('name', normalizeText(cell('name'), 200)));
  const accountName = required('accountName', take('accountName', normalizeText(cell('accountName'), 200)));
  const brn = take('businessRegistrationNo', normalizeBusinessRegistrationNo(cell('businessRegistrationNo')));
  const web = take('accountDomain', normalizeWebsite(cell('accountDomain')));

  const ownerText = cell('owner').trim();
  let ownerId: string | null = null;
  if (!ownerText) errors.push({ field: 'owner', reason: 'required' });
  else {
    const o = refs.owner(ownerText);
    if (o === 'ambiguous') errors.push({ field: 'owner', reason: 'ownerAmbiguous' });
    else if (!o) errors.push({ field: 'owner', reason: 'ownerUnknown' });
    else ownerId = o;
  }

  const tier = required('tier', take('tier', parseTierLabel(cell('tier'))));
  const unit = mapping.amountUnit;
  const amountOf = (f: 'amount' | 'contractAmount') => {
    const raw = cell(f);
    if (!raw.trim()) return null;
    if (!unit) {
      errors.push({ field: f, reason: 'amountUnitMissing' });
      return null;
    }
    return take(f, parseAmount(raw, unit));
  };
  const amount = amountOf('amount');
  let contractAmount = amountOf('contractAmount');
  if (tier?.outcome === 'WON' && contractAmount === null) {
    contractAmount = amount; // a won deal's 금액 is its contract amount
    if (contractAmount === null && !errors.some((e) => e.field === 'amount' || e.field === 'contractAmount'))
      errors.push({ field: mapping.columns.contractAmount != null ? 'contractAmount' : 'amount', reason: 'wonNeedsContractAmount' });
  }
  const expectedCloseDate = take('expectedCloseDate', parseSheetDate(cell('expectedCloseDate')));
  const tierEnteredAt = take('tierEnteredAt', parseSheetDate(cell('tierEnteredAt')));
  if (tierEnteredAt && tierEnteredAt > today) errors.push({ field: 'tierEnteredAt', reason: 'dateInFuture' });

  const catText = cell('category').trim();
  const categoryId = catText ? refs.category(catText) : null;
  if (catText && !categoryId) errors.push({ field: 'category', reason: 'categoryUnknown' });

  let regionScope = take('regionScope', parseScope(cell('regionScope')));
  const locText = cell('location').trim();
  let country: string | null = null;
  let salesRegionId: string | null = null;
  if (locText) {
    const region = refs.salesRegion(locText);
    if (region) {
      salesRegionId = region.id;
      if (regionScope && regionScope !== region.scope) errors.push({ field: 'location', reason: 'regionScopeMismatch' });
      regionScope ??= region.scope;
      if (region.scope === 'DOMESTIC') country = 'KR';
    } else {
      country = countryCode(locText);
      if (!country) errors.push({ field: 'location', reason: 'locationUnknown' });
      else if (regionScope === 'DOMESTIC' && country !== 'KR') errors.push({ field: 'location', reason: 'regionScopeMismatch' });
      else if (regionScope === 'OVERSEAS' && country === 'KR') errors.push({ field: 'location', reason: 'regionScopeMismatch' });
      else regionScope ??= country === 'KR' ? 'DOMESTIC' : 'OVERSEAS';
    }
  }
  regionScope ??= 'DOMESTIC';
  if (regionScope === 'OVERSEAS' && !country && !salesRegionId && !errors.some((e) => e.field === 'location'))
    errors.push({ field: 'location', reason: 'countryRequired' });

  const nextStep = take('nextStep', normalizeText(cell('nextStep'), 500));
  const need = take('need', normalizeText(cell('need'), 2000, true));
  const bidNoticeNo = take('bidNoticeNo', normalizeText(cell('bidNoticeNo'), 60));
  const roundText = cell('bidRound').trim().replace(/차$/, '');
  let bidRound: number | null = null;
  if (roundText) {
    if (/^\d{1,3}$/.test(roundText)) bidRound = Number(roundText);
    else errors.push({ field: 'bidRound', reason: 'badRound' });
  }
  if (bidRound !== null && !bidNoticeNo && !errors.some((e) => e.field === 'bidNoticeNo'))
    errors.push({ field: 'bidNoticeNo', reason: 'roundWithoutNotice' });
  const externalKey = take('externalKey', normalizeText(cell('externalKey'), 120));

  if (errors.length || !name || !accountName || !ownerId || !tier) return err(errors);

  const accountNameNormalized = normalizeCompanyName(accountName) || accountName.toLowerCase();
  const accountDomain = web?.domain ?? null;
  const key = externalKey
    ? `x:${externalKey}`
    : bidNoticeNo
      ? `b:${bidNoticeNo}|${bidRound ?? ''}`
      : `n:${brn ?? accountDomain ?? accountNameNormalized}|${name.toLowerCase()}`;
  const unmet =
    tier.outcome === 'OPEN'
      ? unmetRequirements(
          4,
          tier.tier,
          null,
          {
            hasNamedContact: false,
            need,
            amount,
            expectedCloseDate: expectedCloseDate ? new Date(expectedCloseDate) : null,
            hasDecisionMaker: false,
            hasPassedBidApproval: false,
            proposalDueDate: null,
            reasonCount: 0,
            contractAmount: null,
            lossType: null,
          },
          refs.tierRules,
        ).map((u) => u.id)
      : [];
  return ok({
    key,
    externalKey,
    name,
    accountName,
    accountNameNormalized,
    businessRegistrationNo: brn,
    accountDomain,
    ownerId,
    tier: tier.tier,
    outcome: tier.outcome,
    amount,
    contractAmount: tier.outcome === 'WON' ? contractAmount : null,
    expectedCloseDate,
    categoryId,
    regionScope,
    country: country ?? 'KR',
    salesRegionId,
    nextStep,
    need,
    bidNoticeNo,
    bidRound,
    tierEnteredAt,
    unmet,
  });
}
