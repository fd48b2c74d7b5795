// One imported row → a normalised lead, or the list of cell errors (pure).
import type { ColumnMapping, LeadField } from '@/lib/domain/import/headers';
import {
  MAX_LEN,
  companyDomainOfEmail,
  dedupeKeyOf,
  normalizeBudget,
  normalizeBusinessRegistrationNo,
  normalizeEmail,
  normalizePhone,
  normalizeSource,
  normalizeTemperature,
  normalizeText,
  normalizeWebsite,
  type LeadSource,
  type Temperature,
} from './normalize';
import type { Result } from '@/lib/domain/result';
import { isUnsafeText } from '@/lib/validation/common';

export type LeadRow = {
  dedupeKey: string;
  email: string | null;
  name: string | null;
  company: string | null;
  title: string | null;
  phone: string | null;
  website: string | null;
  companyDomain: string | null;
  businessRegistrationNo: string | null;
  source: LeadSource | null;
  campaign: string | null;
  temperature: Temperature | null;
  need: string | null;
  intent: string | null;
  budget: string | null;
  notes: string | null;
};

export type CellError = { field: LeadField | null; reason: string };

export function normalizeLeadRow(cells: string[], mapping: ColumnMapping): Result<LeadRow, CellError[]> {
  const errors: CellError[] = [];
  const cell = (f: LeadField) => {
    const i = mapping[f];
    return i === null || i === undefined ? '' : (cells[i] ?? '');
  };
  // the one text rule of every input (lib/validation/common.ts): NUL or a lone surrogate → a row error
  const unsafe = (Object.keys(mapping) as LeadField[]).filter((f) => isUnsafeText(cell(f)));
  if (unsafe.length) return { ok: false, error: unsafe.map((field) => ({ field, reason: 'unsafeText' })) };
  function take<T>(f: LeadField, r: Result<T, string>): T | null {
    if (r.ok) return r.value;
    errors.push({ field: f, reason: r.error });
    return null;
  }
  const email = take('email', normalizeEmail(cell('email')));
  const web = take('website', normalizeWebsite(cell('website')));
  const company = take('company', normalizeText(cell('company'), MAX_LEN.company));
  const row: Omit<LeadRow, 'dedupeKey'> = {
    email,
    name: take('name', normalizeText(cell('name'), MAX_LEN.name)),
    company,
    title: take('title', normalizeText(cell('title'), MAX_LEN.title)),
    phone: take('phone', normalizePhone(cell('phone'))),
    website: web?.website ?? null,
    companyDomain: web?.domain ?? companyDomainOfEmail(email),
    businessRegistrationNo: take('businessRegistrationNo', normalizeBusinessRegistrationNo(cell('businessRegistrationNo'))),
    source: take('source', normalizeSource(cell('source'))),
    campaign: take('campaign', normalizeText(cell('campaign'), MAX_LEN.campaign)),
    temperature: take('temperature', normalizeTemperature(cell('temperature'))),
    need: take('need', normalizeText(cell('need'), MAX_LEN.need, true)),
    intent: take('intent', normalizeText(cell('intent'), MAX_LEN.intent, true)),
    budget: take('budget', normalizeBudget(cell('budget'))),
    notes: take('notes', normalizeText(cell('notes'), MAX_LEN.notes, true)),
  };
  if (errors.length) return { ok: false, error: errors };
  const dedupeKey = dedupeKeyOf(row);
  if (!dedupeKey) return { ok: false, error: [{ field: row.email === null && mapping.email != null ? 'email' : null, reason: 'noKey' }] };
  return { ok: true, value: { ...row, dedupeKey } };
}
