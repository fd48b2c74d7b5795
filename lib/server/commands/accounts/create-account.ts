import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { DbClient } from '@/lib/db/client';
import type { CreateAccountInput } from '@/lib/validation/accounts';
import { auditChange } from '@/lib/server/audit';
import { insertAccount } from '@/lib/db/queries/accounts';
import { assertBrnFree, assertRegion, normalizeAccountKeys, rethrowBrnRace } from './shared';
import { assertCan } from '@/lib/server/authorize';

/** "+ 고객사" / POST /api/v1/accounts. 사업자등록번호 checked (checksum) and unique (409 naming the holder). */
export async function createAccount(db: DbClient, session: AppSession, input: CreateAccountInput) {
  assertCan(session, 'account:edit');
  const keys = normalizeAccountKeys(session, input);
  return db
    .$transaction(async (tx) => {
      await assertBrnFree(tx, keys.businessRegistrationNo);
      await assertRegion(tx, input.salesRegionId);
      const account = await insertAccount(tx, {
        name: input.name,
        nameNormalized: keys.nameNormalized!,
        businessRegistrationNo: keys.businessRegistrationNo ?? null,
        domain: keys.domain ?? null,
        industry: input.industry ?? null,
        country: input.country ?? 'KR',
        salesRegionId: input.salesRegionId ?? null,
        reputationNotes: input.reputationNotes ?? null,
      });
      await auditChange(tx, session, 'account.create', 'Account', account.id, { after: account });
      return account;
    })
    .catch((e) => rethrowBrnRace(db, e, keys.businessRegistrationNo));
}
