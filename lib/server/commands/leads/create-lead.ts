import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { leadKeyAfterEdit, normalizeLeadEdit } from '@/lib/domain/leads/edit';
import type { CreateLeadInput } from '@/lib/validation/leads';
import { auditChange } from '@/lib/server/audit';
import { DomainError } from '@/lib/server/errors';
import { findLeadByDedupeKey, insertLead } from '@/lib/db/queries/leads';
import { checkAssignee } from './leads';
import { duplicateLead, leadFieldsError, leadWithChecklist } from './lead-view';
import { assertCan } from '@/lib/server/authorize';

/**
 * "+ 리드" / POST /api/v1/leads: one MQL typed by hand, through the import's cell rules and its
 * dedupe key (email, else domain + company) — a second lead with the same key is a 409 naming
 * the first. Returns the lead with its qualification checklist.
 */
export async function createLead(db: DbClient, session: AppSession, input: CreateLeadInput) {
  assertCan(session, 'lead:edit');
  const { temperature, source, ownerId, ...text } = input;
  const n = normalizeLeadEdit(text);
  if (!n.ok) throw leadFieldsError(session, n.error);
  const f = n.value;
  const { companyDomain, dedupeKey } = leadKeyAfterEdit({
    email: f.email ?? null,
    website: f.website ?? null,
    companyDomain: f.companyDomain ?? null,
    company: f.company ?? null,
  });
  if (!dedupeKey)
    throw new DomainError('VALIDATION', 'leads.errors.noKey', {
      fields: [{ path: 'email', message: 'an email, or a company with its website' }],
    });
  return db.$transaction(async (tx) => {
    if (ownerId) await checkAssignee(tx, session, ownerId);
    const existing = await findLeadByDedupeKey(tx, dedupeKey);
    if (existing) throw duplicateLead(existing);
    const lead = await insertLead(tx, { ...f, companyDomain, dedupeKey, temperature, source: source ?? null, ownerId: ownerId ?? null });
    await auditChange(tx, session, 'lead.create', 'Lead', lead.id, {
      after: { ...f, temperature, source, ownerId },
    });
    return (await leadWithChecklist(tx, lead.id))!;
  });
}
