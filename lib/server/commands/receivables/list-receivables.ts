import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { receivableCursor, listReceivablesPage } from '@/lib/db/queries/receivables';
import { koreaToday } from '@/lib/domain/time/korea';
import type { ListReceivablesQuery, ReceivableItem } from '@/lib/validation/receivables';
import { DomainError } from '../../errors';
import { assertCan } from '@/lib/server/authorize';
import { milestoneView, filterOf } from './shared';

/** GET /api/v1/receivables and the page's list: one keyset page (everyone with opportunity:read). */
export async function listReceivables(db: Db, session: AppSession, q: ListReceivablesQuery, now = new Date()) {
  assertCan(session, 'opportunity:read');
  const today = koreaToday(now);
  const after = q.cursor ? receivableCursor.decode(q.cursor) : null;
  if (q.cursor && !after) throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'cursor', message: 'invalid cursor' }] });
  const page = await listReceivablesPage(db, filterOf(session, q, today), { after, limit: q.limit });
  const items: ReceivableItem[] = page.items.map((r) => ({
    ...milestoneView(r, today),
    opportunityName: r.opportunityName,
    accountId: r.accountId,
    accountName: r.accountName,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
  }));
  return { items, nextCursor: page.nextCursor };
}
