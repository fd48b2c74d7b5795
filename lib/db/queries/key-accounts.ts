import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { updateAccountAtVersion } from './accounts';

// Key accounts and their KAM plan (issue 12 item 6).

export const kamSelect = {
  id: true,
  name: true,
  isKeyAccount: true,
  keyAccountReason: true,
  keyAccountSince: true,
  kamGoals: true,
  kamWhitespace: true,
  kamRelationshipPlan: true,
  version: true,
} satisfies Prisma.AccountSelect;
export type KamRow = Prisma.AccountGetPayload<{ select: typeof kamSelect }>;

export function getKamRow(db: Db, accountId: string) {
  return db.account.findUnique({ where: { id: accountId }, select: kamSelect });
}

/** Locks the account row for the rest of the transaction; false when it does not exist. */
export async function lockAccount(db: Db, accountId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Account" WHERE id = ${accountId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

/** Compare-and-set write: false when the version moved on. */
export const writeKam = updateAccountAtVersion;
