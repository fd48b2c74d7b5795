import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import type { Db } from '@/lib/db/client';

export type AuditEntry = {
  actorId: string | null;
  action: string; // e.g. "opportunity.tier.move"
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const json = (v: unknown) =>
  v === undefined
    ? undefined
    : (JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))) as Prisma.InputJsonValue);

/** Append one audit row; call inside the command's transaction. */
export async function audit(db: Db, e: AuditEntry) {
  await db.auditLog.create({
    data: {
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: json(e.before),
      after: json(e.after),
    },
  });
}
