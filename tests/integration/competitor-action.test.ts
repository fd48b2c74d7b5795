import { randomUUID } from 'node:crypto';
import { describe, expect, test, vi } from 'vitest';
import type { AppSession } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { createOpportunity, createUser, sessionFor } from '../factories';

// The proof's server-action corpus found linkCompetitorByNameAction refusing (a deal that is not
// there, or not the caller's to change) after it had created the competitor and its audit row.
let current: AppSession;
vi.mock('@/lib/auth/session', async (orig) => ({ ...(await orig()), requireSession: async () => current }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));

const { linkCompetitorByNameAction } = await import('@/app/(app)/opportunities/[id]/competitor-actions');

describe('linkCompetitorByNameAction', () => {
  test('a refused link writes nothing: no competitor, no audit row', async () => {
    const rep = await createUser({ roles: ['SALES_REP'] });
    const other = await createUser({ roles: ['SALES_REP'] });
    const theirs = await createOpportunity({ ownerId: other.id });
    current = sessionFor(rep);
    const counts = async () => [await db.competitor.count(), await db.auditLog.count()];
    const before = await counts();
    for (const opportunityId of [randomUUID(), theirs.id]) {
      const r = await linkCompetitorByNameAction({ opportunityId, name: `경쟁사 ${opportunityId.slice(0, 8)}` });
      expect(r).toMatchObject({ ok: false });
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain((r as { code: string }).code);
    }
    expect(await counts()).toEqual(before);
    // the caller's own deal: created and linked
    const mine = await createOpportunity({ ownerId: rep.id });
    const ok = await linkCompetitorByNameAction({ opportunityId: mine.id, name: '새 경쟁사' });
    expect(ok).toMatchObject({ ok: true, data: { created: true } });
  });
});
