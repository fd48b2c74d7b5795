import 'server-only';
import type { Db, DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getKamRow, lockAccount, writeKam, type KamRow } from '@/lib/db/queries/key-accounts';
import { decideSetKeyAccount } from '@/lib/domain/tools/key-account';
import type { KamPlanInput, SetKeyAccountInput } from '@/lib/validation/tools';
import { assertCan } from '@/lib/server/authorize';
import { auditChange } from '../../audit';
import { sentFields, updateVersioned, versionedRecord } from '../versioned-update';
import { DomainError, notFound } from '../../errors';

export const serializeKam = (a: KamRow) => ({
  accountId: a.id,
  name: a.name,
  isKeyAccount: a.isKeyAccount,
  keyAccountReason: a.keyAccountReason,
  keyAccountSince: a.keyAccountSince?.toISOString() ?? null,
  kamGoals: a.kamGoals,
  kamWhitespace: a.kamWhitespace,
  kamRelationshipPlan: a.kamRelationshipPlan,
  version: a.version,
});
export type KamView = ReturnType<typeof serializeKam>;

const conflict = async (db: Db, id: string) => {
  const cur = await getKamRow(db, id);
  return cur ? new DomainError('CONFLICT', 'conflict', { details: serializeKam(cur) }) : notFound();
};

/**
 * PUT /api/v1/accounts/{id}/key-account and the account page: an admin or a sales manager marks or
 * clears a key account, always with a reason (lib/domain/tools/key-account.ts). Lock → decide → CAS →
 * audit, one transaction. (The first won deal marks it by itself, in the win's statement.)
 */
export async function setKeyAccount(db: DbClient, session: AppSession, input: SetKeyAccountInput) {
  assertCan(session, 'account:keyAccount');
  return db.$transaction(async (tx) => {
    if (!(await lockAccount(tx, input.accountId))) throw notFound();
    const before = (await getKamRow(tx, input.accountId))!;
    if (before.version !== input.version) throw await conflict(tx, input.accountId);
    const rule = decideSetKeyAccount(before, input);
    if (!rule.ok)
      throw rule.error.code === 'REASON_REQUIRED'
        ? new DomainError('VALIDATION', 'tools.errors.keyAccountReasonRequired', {
            fields: [{ path: 'reason', message: 'tools.errors.keyAccountReasonRequired' }],
          })
        : new DomainError('UNPROCESSABLE', 'tools.errors.keyAccountUnchanged', {
            fields: [{ path: 'isKeyAccount', message: 'tools.errors.keyAccountUnchanged' }],
          });
    const now = new Date();
    const data = {
      isKeyAccount: rule.value.isKeyAccount,
      keyAccountReason: rule.value.reason,
      keyAccountSince: rule.value.isKeyAccount ? now : null,
    };
    if (!(await writeKam(tx, input.accountId, input.version, data))) throw await conflict(tx, input.accountId);
    await auditChange(
      tx,
      session,
      rule.value.isKeyAccount ? 'account.keyAccount.set' : 'account.keyAccount.clear',
      'Account',
      input.accountId,
      {
        before: { isKeyAccount: before.isKeyAccount, keyAccountReason: before.keyAccountReason, version: before.version },
        after: { isKeyAccount: data.isKeyAccount, keyAccountReason: data.keyAccountReason, version: before.version + 1 },
      },
    );
    return serializeKam((await getKamRow(tx, input.accountId))!);
  });
}

/** How the KAM plan notes are edited (updateVersioned). */
const KAM_PLAN = versionedRecord(getKamRow, serializeKam, writeKam, 'account.kamPlan.update', 'Account');

/** PUT /api/v1/accounts/{id}/kam-plan and the account page: the KAM plan notes (version CAS). */
export async function updateKamPlan(db: DbClient, session: AppSession, input: KamPlanInput) {
  assertCan(session, 'account:edit');
  const { accountId, version, ...fields } = input;
  return updateVersioned(db, session, KAM_PLAN, { id: accountId, version }, () =>
    sentFields(Object.keys(fields) as (keyof typeof fields)[], fields),
  );
}

export async function getKam(db: Db, session: AppSession, accountId: string) {
  assertCan(session, 'opportunity:read');
  const row = await getKamRow(db, accountId);
  if (!row) throw notFound();
  return serializeKam(row);
}
