import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';

export type AccountListRow = {
  id: string;
  name: string;
  businessRegistrationNo: string | null;
  industry: string | null;
  domain: string | null;
  isKeyAccount: boolean;
  openCount: number;
  openAmount: string;
  wonCount: number;
  wonAmount: string;
};

/**
 * Accounts with their pipeline in one query (a LATERAL aggregate per account over the
 * Opportunity(accountId) index — no query per row). Key accounts first, then by name.
 */
export async function listAccounts(db: Db, opts: { q?: string; keyOnly?: boolean; limit?: number }): Promise<AccountListRow[]> {
  const q = opts.q?.trim();
  const rows = await db.$queryRaw<AccountListRow[]>`
    SELECT a.id, a.name, a."businessRegistrationNo", a.industry, a.domain, a."isKeyAccount",
           s.open_count::int AS "openCount", s.open_amount::text AS "openAmount",
           s.won_count::int AS "wonCount", s.won_amount::text AS "wonAmount"
    FROM "Account" a
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE o.outcome = 'OPEN') AS open_count,
             coalesce(sum(o.amount) FILTER (WHERE o.outcome = 'OPEN'), 0) AS open_amount,
             count(*) FILTER (WHERE o.outcome = 'WON') AS won_count,
             coalesce(sum(coalesce(o."contractAmount", o.amount)) FILTER (WHERE o.outcome = 'WON'), 0) AS won_amount
      FROM "Opportunity" o WHERE o."accountId" = a.id
    ) s
    WHERE (${q ?? null}::text IS NULL OR a.name ILIKE '%' || ${q ?? ''} || '%' OR a."businessRegistrationNo" = ${q?.replace(/\D/g, '') ?? ''})
      AND (${opts.keyOnly ?? false} = false OR a."isKeyAccount")
    ORDER BY a."isKeyAccount" DESC, a.name ASC
    LIMIT ${opts.limit ?? 200}`;
  return rows;
}

export async function getAccountDetail(db: Db, id: string) {
  return db.account.findUnique({
    where: { id },
    include: {
      contacts: {
        where: { deletedAt: null },
        orderBy: [{ powerRole: 'asc' }, { name: 'asc' }],
        include: { opportunities: { select: { opportunityId: true } } },
      },
      opportunities: {
        select: {
          id: true,
          name: true,
          tier: true,
          outcome: true,
          amount: true,
          contractAmount: true,
          expectedCloseDate: true,
          closedAt: true,
          owner: { select: { name: true } },
        },
        orderBy: [{ tier: 'desc' }, { amount: { sort: 'desc', nulls: 'last' } }],
      },
      activities: { orderBy: { occurredAt: 'desc' }, take: 20, select: { id: true, type: true, subject: true, occurredAt: true } },
    },
  });
}

/** Whether the account exists (the detail page's layout answers 404 before its loading state streams). */
export async function accountExists(db: Db, id: string): Promise<boolean> {
  return isUuid(id) && (await db.account.count({ where: { id } })) > 0;
}

export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

// An account's own fields as the edit form, PATCH /api/v1/accounts/{id} and a 409 show them.
export const ACCOUNT_SELECT = {
  id: true,
  name: true,
  businessRegistrationNo: true,
  domain: true,
  industry: true,
  country: true,
  salesRegionId: true,
  isKeyAccount: true,
  reputationNotes: true,
  version: true,
} as const;

export function getAccount(db: Db, id: string) {
  return db.account.findUnique({ where: { id }, select: ACCOUNT_SELECT });
}

/** The account holding a 사업자등록번호 (the account's dedupe key), if any. */
export function accountWithBrn(db: Db, brn: string) {
  return db.account.findUnique({ where: { businessRegistrationNo: brn }, select: { id: true, name: true } });
}

export function insertAccount(db: Db, data: Prisma.AccountUncheckedCreateInput) {
  return db.account.create({ data, select: ACCOUNT_SELECT });
}

/** Compare-and-set write of an account's fields (its version goes up by one): false when the version moved on. */
export async function updateAccountAtVersion(db: Db, id: string, version: number, data: Prisma.AccountUpdateManyMutationInput) {
  const { count } = await db.account.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  return count === 1;
}
