import 'server-only';
import type { DbClient } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import {
  findReferenceItem,
  lockReferenceList,
  REFERENCE_ENTITY,
  referenceOrder,
  writeReferenceItem,
  writeReferenceOrder,
} from '@/lib/db/queries/reference';
import { checkRegion, reorder, type ReferenceKind } from '@/lib/domain/reference';
import { REFERENCE_UPDATE } from '@/lib/validation/reference';
import { auditChange } from '../../audit';
import { DomainError, notFound } from '../../errors';
import { zodFields } from '../../zod-errors';
import { requirePermission } from '../people/shared';
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
    await lockReferenceList(tx, kind);
    const before = await findReferenceItem(tx, kind, id);
    if (!before) throw notFound();
    const data: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (kind === 'regions' && ('scope' in data || 'countryCode' in data)) {
      const b = before as unknown as { scope: 'DOMESTIC' | 'OVERSEAS'; countryCode: string | null };
      const scope = (data.scope as 'DOMESTIC' | 'OVERSEAS' | undefined) ?? b.scope;
      const c = checkRegion(scope, 'countryCode' in data ? (data.countryCode as string | null) : b.countryCode);
      if (!c.ok) throw regionError(c.error);
      data.countryCode = c.value;
    }
    if (Object.keys(data).length) await writeReferenceItem(tx, kind, id, data);
    if (position !== undefined) {
      const ids = await referenceOrder(tx, kind, before as { kind?: string });
      await writeReferenceOrder(tx, kind, reorder(ids, id, position));
    }
    const after = await findReferenceItem(tx, kind, id);
    await auditChange(tx, session, 'reference.update', REFERENCE_ENTITY[kind], id, {
      before,
      after,
    });
    return after!;
  });
}
