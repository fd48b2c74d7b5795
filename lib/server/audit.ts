import 'server-only';
import type { Db } from '@/lib/db/client';
import { insertAuditRow, type AuditEntry } from '@/lib/db/queries/audit';

// The one way a command writes its audit row: inside its transaction, through the handle it holds.
// The write itself lives in lib/db (ADR 010).
export { insertAuditRow as audit, type AuditEntry } from '@/lib/db/queries/audit';

/**
 * The audit row of what the signed-in user (`session`) did to one record: the record as it was
 * (`before`) and as the command left it (`after`). A row with another actor (the user a setup link
 * names, a system job) is written with `audit` and its own actorId.
 */
export const auditChange = (
  tx: Db,
  session: { userId: string },
  action: string,
  entityType: string,
  entityId: string,
  change: Pick<AuditEntry, 'before' | 'after'> = {},
) => insertAuditRow(tx, { actorId: session.userId, action, entityType, entityId, ...change });
