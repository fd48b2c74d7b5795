import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import type { UpdateAccountInput } from '@/lib/validation/accounts';
import { auditChange } from '@/lib/server/audit';
import { notFound } from '@/lib/server/errors';
import { getAccount, updateAccountAtVersion } from '@/lib/db/queries/accounts';
import { accountConflict, assertBrnFree, assertRegion, normalizeAccountKeys, rethrowBrnRace } from './shared';
import { assertCan } from '@/lib/server/authorize';

/** The account page's edit form / PATCH /api/v1/accounts/{id}: only the fields sent; `version` CAS → 409 with the current account. */
export async function updateAccount(db: DbClient, session: AppSession, input: UpdateAccountInput) {
  assertCan(session, 'account:edit');
  const { accountId, version, ...fields } = input;
  const keys = normalizeAccountKeys(session, fields);
  return db
    .$transaction(async (tx) => {
      const before = await getAccount(tx, accountId);
      if (!before) throw notFound();
      if (before.version !== version) throw await accountConflict(tx, accountId);
      await assertBrnFree(tx, keys.businessRegistrationNo, accountId);
      await assertRegion(tx, fields.salesRegionId);
      const data: Record<string, unknown> = {};
      for (const [k, v] of Object.entries({ ...fields, ...keys })) if (v !== undefined) data[k] = v;
      const changed = Object.keys(data).filter((k) => k !== 'nameNormalized' && (before as Record<string, unknown>)[k] !== data[k]);
      if (!changed.length) return before;
      if (!(await updateAccountAtVersion(tx, accountId, version, data))) throw await accountConflict(tx, accountId);
      await auditChange(tx, session, 'account.update', 'Account', accountId, {
        before: { ...Object.fromEntries(changed.map((k) => [k, (before as Record<string, unknown>)[k]])), version },
        after: { ...Object.fromEntries(changed.map((k) => [k, data[k]])), version: version + 1 },
      });
      return (await getAccount(tx, accountId))!;
    })
    .catch((e) => rethrowBrnRace(db, e, keys.businessRegistrationNo));
}
