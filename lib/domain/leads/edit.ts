// A lead typed by hand (create / edit form, POST|PATCH /api/v1/leads): the same cell rules as
// the import (lib/domain/leads/normalize), so a phone number is E.164 and a 사업자등록번호 passes
// its checksum whichever way it came in. Only the fields given are normalised (a PATCH).
import { err, ok, type Result } from '@/lib/domain/result';
import {
  MAX_LEN,
  companyDomainOfEmail,
  dedupeKeyOf,
  normalizeBudget,
  normalizeBusinessRegistrationNo,
  normalizeEmail,
  normalizePhone,
  normalizeText,
  normalizeWebsite,
} from './normalize';

export const LEAD_TEXT_FIELDS = [
  'email',
  'website',
  'company',
  'name',
  'title',
  'phone',
  'campaign',
  'need',
  'intent',
  'notes',
  'businessRegistrationNo',
  'budget',
] as const;
export type LeadTextField = (typeof LEAD_TEXT_FIELDS)[number];
export type LeadEditInput = Partial<Record<LeadTextField, string | null>>;
export type LeadEditFields = {
  email?: string | null;
  website?: string | null;
  companyDomain?: string | null;
  company?: string | null;
  name?: string | null;
  title?: string | null;
  phone?: string | null;
  campaign?: string | null;
  need?: string | null;
  intent?: string | null;
  notes?: string | null;
  businessRegistrationNo?: string | null;
  budget?: string | null;
};
export type LeadFieldError = { field: LeadTextField; reason: string };

export function normalizeLeadEdit(input: LeadEditInput): Result<LeadEditFields, LeadFieldError[]> {
  const errors: LeadFieldError[] = [];
  const out: LeadEditFields = {};
  const take = <T>(f: LeadTextField, r: Result<T, string>): T | null => {
    if (r.ok) return r.value;
    errors.push({ field: f, reason: r.error });
    return null;
  };
  const has = (f: LeadTextField) => input[f] !== undefined;
  const raw = (f: LeadTextField) => input[f] ?? '';
  if (has('email')) out.email = take('email', normalizeEmail(raw('email')));
  if (has('website')) {
    const w = take('website', normalizeWebsite(raw('website')));
    out.website = w?.website ?? null;
    out.companyDomain = w?.domain ?? null;
  }
  for (const [f, max, multi] of [
    ['company', MAX_LEN.company, false],
    ['name', MAX_LEN.name, false],
    ['title', MAX_LEN.title, false],
    ['campaign', MAX_LEN.campaign, false],
    ['need', MAX_LEN.need, true],
    ['intent', MAX_LEN.intent, true],
    ['notes', MAX_LEN.notes, true],
  ] as const) {
    if (has(f)) out[f] = take(f, normalizeText(raw(f), max, multi));
  }
  if (has('phone')) out.phone = take('phone', normalizePhone(raw('phone')));
  if (has('businessRegistrationNo'))
    out.businessRegistrationNo = take('businessRegistrationNo', normalizeBusinessRegistrationNo(raw('businessRegistrationNo')));
  if (has('budget')) out.budget = take('budget', normalizeBudget(raw('budget')));
  return errors.length ? err(errors) : ok(out);
}

/** The lead's dedupe key after an edit (email, else domain + company), from its merged fields. */
export function leadKeyAfterEdit(merged: {
  email: string | null;
  website: string | null;
  companyDomain: string | null;
  company: string | null;
}) {
  const companyDomain = merged.companyDomain ?? companyDomainOfEmail(merged.email);
  return { companyDomain, dedupeKey: dedupeKeyOf({ email: merged.email, companyDomain, company: merged.company }) };
}
