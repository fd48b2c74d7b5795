// SPEC §1 qualification: an MQL becomes an SQL when the admin's rules are met (pure).
import type { z } from '@/lib/validation/z';
import type { qualificationRulesSchema } from '@/lib/validation/settings';

export type QualificationRules = z.infer<typeof qualificationRulesSchema>;
export type QualificationInput = {
  phone: string | null;
  company: string | null;
  name: string | null;
  temperature: 'HOT' | 'WARM' | 'COLD' | null;
  need: string | null;
  intent: string | null;
  budget: string | number | null | { toString(): string };
};
export type CriterionKey = 'phone' | 'company' | 'contactName' | 'notCold' | 'needIntentOrBudget';
export type Criterion = { key: CriterionKey; met: boolean };

const filled = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== '';

/** The checklist for one lead: only the criteria the admin turned on, each met or missing. */
export function qualificationChecklist(lead: QualificationInput, rules: QualificationRules): Criterion[] {
  const out: Criterion[] = [];
  if (rules.requirePhone) out.push({ key: 'phone', met: filled(lead.phone) });
  if (rules.requireCompany) out.push({ key: 'company', met: filled(lead.company) });
  if (rules.requireContactName) out.push({ key: 'contactName', met: filled(lead.name) });
  if (rules.excludeCold) out.push({ key: 'notCold', met: lead.temperature !== 'COLD' });
  if (rules.requireNeedIntentOrBudget) {
    const budget = lead.budget === null || lead.budget === undefined ? null : Number(String(lead.budget));
    out.push({ key: 'needIntentOrBudget', met: filled(lead.need) || filled(lead.intent) || (budget !== null && budget > 0) });
  }
  return out;
}

export const isQualified = (c: Criterion[]) => c.every((x) => x.met);
export const missingCriteria = (c: Criterion[]) => c.filter((x) => !x.met).map((x) => x.key);

export type LeadStatus = 'MQL' | 'SQL' | 'CONVERTED' | 'DISQUALIFIED';
const RANK: Record<LeadStatus, number> = { MQL: 0, SQL: 1, CONVERTED: 2, DISQUALIFIED: 2 };

/** Status moves forward only: MQL → SQL → CONVERTED; MQL/SQL → DISQUALIFIED; nothing leaves CONVERTED. */
export function canTransition(from: LeadStatus, to: LeadStatus): boolean {
  if (from === to) return false;
  if (from === 'CONVERTED') return false;
  if (from === 'DISQUALIFIED') return false;
  if (to === 'CONVERTED') return from === 'SQL';
  return RANK[to] > RANK[from];
}
