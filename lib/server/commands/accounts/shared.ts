import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db } from '@/lib/db/client';
import { accountWithBrn, getAccount } from '@/lib/db/queries/accounts';
import { salesRegionExists } from '@/lib/db/queries/reference';
import { normalizeBusinessRegistrationNo, normalizeCompanyName, normalizeWebsite } from '@/lib/domain/leads/normalize';
import { translateError } from '@/lib/i18n/translate';
import { DomainError, conflict } from '@/lib/server/errors';

// Accounts are shared by the whole sales team (SPEC: reps keep account data current): any role
// with 'account:edit' edits any account; there is no owner to scope by. What hangs off an
// opportunity (a contact's links to deals) is scoped through lib/db/access.

/** 사업자등록번호 and domain through the import's cell rules; 400 naming the field. */
export function normalizeAccountKeys(
  session: AppSession,
  input: { name?: string; businessRegistrationNo?: string | null; domain?: string | null },
) {
  const out: { nameNormalized?: string; businessRegistrationNo?: string | null; domain?: string | null } = {};
  const fields: { path: string; message: string }[] = [];
  if (input.name !== undefined) out.nameNormalized = normalizeCompanyName(input.name) || input.name.toLowerCase();
  if (input.businessRegistrationNo !== undefined) {
    const r = normalizeBusinessRegistrationNo(input.businessRegistrationNo ?? '');
    if (r.ok) out.businessRegistrationNo = r.value;
    else fields.push({ path: 'businessRegistrationNo', message: translateError(session.locale, `leads.rowErrors.${r.error}`) });
  }
  if (input.domain !== undefined) {
    const r = normalizeWebsite(input.domain ?? '');
    if (r.ok) out.domain = r.value?.domain ?? null;
    else fields.push({ path: 'domain', message: translateError(session.locale, `leads.rowErrors.${r.error}`) });
  }
  if (fields.length) throw new DomainError('VALIDATION', 'validation', { fields: fields });
  return out;
}

/** 사업자등록번호 is the account's dedupe key: a second account with it is a 409 naming the first. */
export async function assertBrnFree(db: Db, brn: string | null | undefined, exceptId?: string) {
  if (!brn) return;
  const other = await accountWithBrn(db, brn);
  if (other && other.id !== exceptId)
    throw new DomainError('CONFLICT', 'accounts.errors.brnTaken', {
      params: { name: other.name },
      details: { existing: { ...other, href: `/accounts/${other.id}` } },
    });
}

export async function assertRegion(db: Db, salesRegionId: string | null | undefined) {
  if (!salesRegionId) return;
  if (!(await salesRegionExists(db, salesRegionId)))
    throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'salesRegionId', message: 'unknown region' }] });
}

export async function accountConflict(db: Db, id: string) {
  return conflict(await getAccount(db, id));
}

/** A unique violation raced past the check: the same 409. */
export async function rethrowBrnRace(db: Db, e: unknown, brn: string | null | undefined): Promise<never> {
  if ((e as { code?: string }).code === 'P2002' && brn) await assertBrnFree(db, brn);
  throw e;
}
