import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { decideDelete, type ReferenceKind } from '@/lib/domain/reference';
import { audit } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { requirePermission } from '../people/shared';
import { ENTITY_OF, findItem, usageOf } from './kinds';

/**
 * Delete an unused reference item. One that any record uses is never deleted — the refusal (409)
 * says which records use it (counts per entity and a few names); deactivate it instead.
 */
export async function deleteReferenceItem(db: DbClient, session: AppSession, kind: ReferenceKind, id: string) {
  requirePermission(session, 'settings:manage');
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`LOCK TABLE "${ENTITY_OF[kind]}" IN SHARE ROW EXCLUSIVE MODE`);
    const before = await findItem(tx, kind, id);
    if (!before) throw notFound();
    const d = decideDelete(await usageOf(tx, kind, id));
    if (d.action === 'REFUSE') {
      const summary = d.usage
        .map((u) => `${u.entity} ${u.count} (${u.examples.join(', ')}${u.count > u.examples.length ? ', …' : ''})`)
        .join('; ');
      throw new DomainError('CONFLICT', 'reference.errors.inUse', {
        params: { total: d.total, usage: summary },
        details: { usage: d.usage },
      });
    }
    switch (kind) {
      case 'reasons':
        await tx.reason.delete({ where: { id } });
        break;
      case 'categories':
        await tx.businessCategory.delete({ where: { id } });
        break;
      case 'regions':
        await tx.salesRegion.delete({ where: { id } });
        break;
      case 'vrb-stages':
        await tx.vrbStage.delete({ where: { id } });
        break;
    }
    await audit(tx, { actorId: session.userId, action: 'reference.delete', entityType: ENTITY_OF[kind], entityId: id, before });
    return { deleted: true };
  });
}
