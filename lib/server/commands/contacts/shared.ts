import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { editableOpportunityIdsOfAccount, getContactView } from '@/lib/db/queries/contacts';
import { normalizeEmail, normalizePhone } from '@/lib/domain/leads/normalize';
import { translateError } from '@/lib/i18n/translate';
import { DomainError, conflict } from '@/lib/server/errors';

// A contact belongs to an account (shared, 'account:edit'); its links to deals are the deals'
// business: adding or removing a link needs the edit scope on that opportunity (lib/db/access).

export async function contactConflict(db: Db, id: string) {
  return conflict(await getContactView(db, id));
}

/** Email and phone through the import's cell rules (E.164 phone). */
export function normalizeContactKeys(session: AppSession, input: { email?: string | null; phone?: string | null }) {
  const out: { email?: string | null; phone?: string | null } = {};
  const fields: { path: string; message: string }[] = [];
  for (const [f, fn] of [
    ['email', normalizeEmail],
    ['phone', normalizePhone],
  ] as const) {
    if (input[f] === undefined) continue;
    const r = fn(input[f] ?? '');
    if (r.ok) out[f] = r.value;
    else fields.push({ path: f, message: translateError(session.locale, `leads.rowErrors.${r.error}`) });
  }
  if (fields.length) throw new DomainError('VALIDATION', 'validation', { fields: fields });
  return out;
}

/**
 * Links to add and remove must be opportunities of the contact's account that the actor may
 * edit; one that is not is refused (nothing written), never silently skipped.
 */
export async function checkLinkable(db: Db, session: AppSession, accountId: string, ids: string[]) {
  if (!ids.length) return;
  const found = await editableOpportunityIdsOfAccount(db, session, accountId, ids);
  const bad = ids.filter((i) => !found.has(i));
  if (bad.length)
    throw new DomainError('FORBIDDEN', 'accounts.errors.notYourOpportunity', {
      details: { opportunityIds: bad },
      fields: [{ path: 'opportunityIds', message: 'not an opportunity of this account that you may edit' }],
    });
}
