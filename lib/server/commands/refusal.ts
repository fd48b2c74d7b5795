import 'server-only';
import type { Db } from '@/lib/db/client';
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
