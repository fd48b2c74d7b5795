import 'server-only';
import type { Db } from '@/lib/db/client';

// Which account a company typed by hand (a new deal) or carried by a lead (its conversion) is:
// the import's order — 사업자등록번호, then domain (the oldest account with it), then the
// normalized name (only for a company without a 사업자등록번호) — else a new account.

export type AccountIdentity = { businessRegistrationNo: string | null; domain: string | null; nameNormalized?: string };

/** The existing account this identity names, or null. Without `nameNormalized` the name is not matched. */
export async function findMatchingAccount(db: Db, k: AccountIdentity): Promise<{ id: string; name: string } | null> {
  const select = { id: true, name: true } as const;
  return (
    (k.businessRegistrationNo
      ? await db.account.findUnique({ where: { businessRegistrationNo: k.businessRegistrationNo }, select })
      : null) ??
    (k.domain ? await db.account.findFirst({ where: { domain: k.domain }, orderBy: { createdAt: 'asc' }, select }) : null) ??
    (!k.businessRegistrationNo && k.nameNormalized
      ? await db.account.findFirst({ where: { nameNormalized: k.nameNormalized }, orderBy: { createdAt: 'asc' }, select })
      : null)
  );
}

export function insertAccount(
  db: Db,
  a: { name: string; nameNormalized: string; businessRegistrationNo: string | null; domain: string | null },
) {
  return db.account.create({ data: a, select: { id: true, name: true } });
}
