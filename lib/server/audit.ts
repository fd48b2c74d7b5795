import 'server-only';

// The one way a command writes its audit row: inside its transaction, through the handle it holds.
// The write itself lives in lib/db (ADR 010).
export { insertAuditRow as audit, type AuditEntry } from '@/lib/db/queries/audit';
