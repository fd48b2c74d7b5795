import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { findReferenceItem, lockReferenceList, REFERENCE_ENTITY, referenceUsage, removeReferenceItem } from '@/lib/db/queries/reference';
import { decideDelete, type ReferenceKind } from '@/lib/domain/reference';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { requirePermission } from '../people/shared';

/**
 * Delete an unused reference item. One that any record uses is never deleted — the refusal (409)
 * says which records use it (counts per entity and a few names); deactivate it instead.
 */
export async function deleteReferenceItem(db: DbClient, session: AppSession, kind: ReferenceKind, id: string) {
  requirePermission(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    await lockReferenceList(tx, kind);
    const before = await findReferenceItem(tx, kind, id);
    if (!before) throw notFound();
    const d = decideDelete(await referenceUsage(tx, kind, id));
    if (d.action === 'REFUSE') {
      const summary = d.usage
        .map((u) => `${u.entity} ${u.count} (${u.examples.join(', ')}${u.count > u.examples.length ? ', …' : ''})`)
        .join('; ');
      throw new DomainError('CONFLICT', 'reference.errors.inUse', {
        params: { total: d.total, usage: summary },
        details: { usage: d.usage },
      });
    }
    await removeReferenceItem(tx, kind, id);
    await auditChange(tx, session, 'reference.delete', REFERENCE_ENTITY[kind], id, { before });
    return { deleted: true };
  });
}
