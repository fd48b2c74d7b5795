import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { checkRegion, reorder, type ReferenceKind } from '@/lib/domain/reference';
import { REFERENCE_UPDATE } from '@/lib/validation/reference';
import { audit } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { zodFields } from '../../zod-errors';
import { requirePermission } from '../people/shared';
import { ENTITY_OF, findItem, orderedIds, writeOrder } from './kinds';
import { regionError } from './shared';

/**
 * Rename, (de)activate, move (position) or change a reference item's own fields. Items are
 * referenced by id, so past records — a decided VRB review, a lost deal's reasons — keep pointing
 * at the same item whatever its order or activity becomes; nothing else is rewritten.
 */
export async function updateReferenceItem(db: DbClient, session: AppSession, kind: ReferenceKind, id: string, raw: unknown) {
  requirePermission(session, 'settings:manage');
  const parsed = REFERENCE_UPDATE[kind].safeParse(raw);
  if (!parsed.success) throw new DomainError('VALIDATION', 'validation', { fields: zodFields(parsed.error) });
  const { position, ...fields } = parsed.data as Record<string, unknown> & { position?: number };
  return db.$transaction(async (tx) => {
    // one admin edit of a list at a time (reorders rewrite the list's order)
    await tx.$executeRawUnsafe(`LOCK TABLE "${ENTITY_OF[kind]}" IN SHARE ROW EXCLUSIVE MODE`);
    const before = await findItem(tx, kind, id);
    if (!before) throw notFound();
    const data: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (kind === 'regions' && ('scope' in data || 'countryCode' in data)) {
      const b = before as unknown as { scope: 'DOMESTIC' | 'OVERSEAS'; countryCode: string | null };
      const scope = (data.scope as 'DOMESTIC' | 'OVERSEAS' | undefined) ?? b.scope;
      const c = checkRegion(scope, 'countryCode' in data ? (data.countryCode as string | null) : b.countryCode);
      if (!c.ok) throw regionError(c.error);
      data.countryCode = c.value;
    }
    if (Object.keys(data).length) {
      switch (kind) {
        case 'reasons':
          await tx.reason.update({ where: { id }, data });
          break;
        case 'categories':
          await tx.businessCategory.update({ where: { id }, data });
          break;
        case 'regions':
          await tx.salesRegion.update({ where: { id }, data });
          break;
        case 'vrb-stages':
          await tx.vrbStage.update({ where: { id }, data });
          break;
      }
    }
    if (position !== undefined) {
      const ids = await orderedIds(tx, kind, before as { kind?: string });
      await writeOrder(tx, kind, reorder(ids, id, position));
    }
    const after = await findItem(tx, kind, id);
    await audit(tx, { actorId: session.userId, action: 'reference.update', entityType: ENTITY_OF[kind], entityId: id, before, after });
    return after!;
  });
}
