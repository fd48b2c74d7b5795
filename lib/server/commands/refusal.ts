import 'server-only';
import type { AppSession } from '@/lib/auth/session';
import type { Db, DbClient } from '@/lib/db/client';
import { getEditableOpportunity } from '@/lib/db/queries/opportunities';
import type { Actor } from '@/lib/domain/access';
import { leadReadable, recordExists, type RecordKind } from '@/lib/db/queries/records';
import { forbidden, notFound, type DomainError } from '../errors';

/**
 * The refusal when a command's scoped load (lib/db/access.ts) found nothing it may change: a
 * record the caller can read (lib/domain/access mayRead — everything that hangs off the pipeline)
 * is FORBIDDEN ("권한이 없습니다", 403); only a missing one is NOT_FOUND (404). Issue 14.
 * Usage: `if (!row) throw await refusal(tx, 'milestone', id);`
 */
export async function refusal(db: Db, kind: RecordKind, id: string): Promise<DomainError> {
  return (await recordExists(db, kind, id)) ? forbidden() : notFound();
}

/** The same for a lead: a lead the caller cannot read (a rep's unassigned or another rep's lead) stays NOT_FOUND. */
export async function leadRefusal(db: Db, actor: Actor, id: string): Promise<DomainError> {
  return (await leadReadable(db, actor, id)) ? forbidden() : notFound();
}

/** `change` in one transaction on a deal the caller may edit (else its refusal: 403 for a deal they read, 404 for none). */
export async function withEditableOpportunity<T>(
  db: DbClient,
  session: AppSession,
  opportunityId: string,
  change: (tx: Db) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    if (!(await getEditableOpportunity(tx, session, opportunityId))) throw await refusal(tx, 'opportunity', opportunityId);
    return change(tx);
  });
}
