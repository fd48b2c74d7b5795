import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import { leadKeyAfterEdit, normalizeLeadEdit } from '@/lib/domain/leads/edit';
import type { UpdateLeadInput } from '@/lib/validation/leads';
import { auditChange } from '@/lib/server/audit';
import { DomainError } from '@/lib/server/errors';
import { leadRefusal } from '../refusal';
import { findLeadByDedupeKey, findWritableLead, updateLeadAtVersion } from '@/lib/db/queries/leads';
import { checkAssignee } from './leads';
import { duplicateLead, leadConflict, leadFieldsError, leadWithChecklist } from './lead-view';
import { assertCan } from '@/lib/server/authorize';

/**
 * The drawer's edit form / PATCH /api/v1/leads/{id}: only the fields sent change, through the
 * import's cell rules; `version` must be the one the user saw (else 409 with the current lead).
 * A converted lead is history and is not edited. Returns the lead with its re-run checklist.
 */
export async function updateLead(db: DbClient, session: AppSession, input: UpdateLeadInput) {
  assertCan(session, 'lead:edit');
  const { leadId, version, temperature, source, ownerId, ...text } = input;
  const n = normalizeLeadEdit(text);
  if (!n.ok) throw leadFieldsError(session, n.error);
  return db.$transaction(async (tx) => {
    const lead = await findWritableLead(tx, session, leadId);
    if (!lead) throw await leadRefusal(tx, session, leadId);
    if (lead.version !== version) throw await leadConflict(tx, leadId);
    if (lead.status === 'CONVERTED') throw new DomainError('UNPROCESSABLE', 'leads.errors.badStatus', { params: { status: lead.status } });
    if (ownerId) await checkAssignee(tx, session, ownerId);
    const data: Record<string, unknown> = { ...n.value };
    if (temperature !== undefined) data.temperature = temperature;
    if (source !== undefined) data.source = source;
    if (ownerId !== undefined) data.ownerId = ownerId;
    const merged = { ...lead, ...data } as typeof lead;
    const { companyDomain, dedupeKey } = leadKeyAfterEdit(merged);
    if (!dedupeKey)
      throw new DomainError('VALIDATION', 'leads.errors.noKey', {
        fields: [{ path: 'email', message: 'an email, or a company with its website' }],
      });
    if (dedupeKey !== lead.dedupeKey) {
      const other = await findLeadByDedupeKey(tx, dedupeKey);
      if (other && other.id !== lead.id) throw duplicateLead(other);
      data.dedupeKey = dedupeKey;
    }
    if (companyDomain !== lead.companyDomain) data.companyDomain = companyDomain;
    const changed = Object.keys(data).filter((k) => String((lead as Record<string, unknown>)[k] ?? '') !== String(data[k] ?? ''));
    if (changed.length) {
      if (!(await updateLeadAtVersion(tx, leadId, version, data))) throw await leadConflict(tx, leadId);
      await auditChange(tx, session, 'lead.update', 'Lead', leadId, {
        before: { ...Object.fromEntries(changed.map((k) => [k, (lead as Record<string, unknown>)[k]])), version },
        after: { ...Object.fromEntries(changed.map((k) => [k, data[k]])), version: version + 1 },
      });
    }
    return (await leadWithChecklist(tx, leadId))!;
  });
}
