import 'server-only';
import type { Db } from '@/lib/db/client';
import { getLeadForEdit } from '@/lib/db/queries/leads';
import { isQualified, qualificationChecklist } from '@/lib/domain/leads/qualification';
import { translateError } from '@/lib/i18n/translate';
import type { AppSession } from '@/lib/auth/session';
import { DomainError, conflict } from '@/lib/server/errors';
import { getSetting } from '@/lib/server/settings';
import type { LeadFieldError } from '@/lib/domain/leads/edit';

// What POST/PATCH /api/v1/leads answer and the drawer's form shows: the lead with its checklist.

export async function leadWithChecklist(db: Db, id: string) {
  const lead = await getLeadForEdit(db, id);
  if (!lead) return null;
  const rules = await getSetting(db, 'qualificationRules');
  const { companyDomain: _d, ...rest } = lead;
  const view = { ...rest, budget: lead.budget?.toString() ?? null };
  const checklist = qualificationChecklist(view, rules);
  return { ...view, checklist, qualified: isQualified(checklist) };
}

export async function leadConflict(db: Db, id: string) {
  return conflict(await leadWithChecklist(db, id));
}

/** Cell rule refusals as a 400 with one message per field, in the caller's language. */
export function leadFieldsError(session: AppSession, errors: LeadFieldError[]) {
  return new DomainError('VALIDATION', 'validation', {
    fields: errors.map((e) => ({ path: e.field, message: translateError(session.locale, `leads.rowErrors.${e.reason}`) })),
  });
}

/** Another lead already has this email (or domain + company): 409 naming it. */
export function duplicateLead(existing: { id: string; email: string | null; company: string | null; name: string | null }) {
  return new DomainError('CONFLICT', 'leads.errors.duplicate', {
    params: { name: existing.email ?? existing.company ?? existing.id },
    details: {
      existing: { ...existing, href: `/leads?lead=${existing.id}` },
    },
  });
}
