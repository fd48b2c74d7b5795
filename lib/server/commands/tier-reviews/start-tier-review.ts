import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { assertCan } from '@/lib/server/authorize';
import type { AppSession } from '@/lib/auth/session';
import { reviewScopeFor } from '@/lib/domain/tiers';
import { findOpenReview, findPreviousInChain, insertSnapshot, insertTierReview, teamExists } from '@/lib/db/queries/tier-reviews';
import type { StartTierReviewInput } from '@/lib/validation/tier-reviews';
import { auditChange } from '../../audit';
import { DomainError, forbidden } from '../../errors';

const PERIOD_LABEL = { WEEKLY: '주간', MONTHLY: '월간' } as const;

async function alreadyOpen(db: DbClient, period: 'WEEKLY' | 'MONTHLY', teamId: string | null) {
  const open = await findOpenReview(db, period, teamId);
  return new DomainError('CONFLICT', 'tiers.errors.reviewOpen', { details: open ? { openReviewId: open.id, asOf: open.asOf } : undefined });
}

/**
 * Start a tier review of a scope (a manager: their team; an executive/admin: the whole firm or a
 * named team) for a period. Its previous review is the newest of the same period and scope (weekly
 * and monthly are separate chains). The snapshot is frozen in one INSERT … SELECT. A second open
 * review of the same period and scope is refused (409) — the partial unique index
 * TierReview_one_open_idx guarantees it even for two starts at once.
 */
export async function startTierReview(db: DbClient, session: AppSession, input: StartTierReviewInput) {
  assertCan(session, 'tierReview:run');
  const scope = reviewScopeFor(session, input.teamId);
  if (!scope.ok) throw forbidden();
  const teamId = scope.value;
  const now = new Date();
  try {
    return await db.$transaction(
      async (tx) => {
        if (await findOpenReview(tx, input.period, teamId)) throw await alreadyOpen(tx as DbClient, input.period, teamId);
        if (teamId && !(await teamExists(tx, teamId)))
          throw new DomainError('VALIDATION', 'validation', { fields: [{ path: 'teamId', message: 'unknown team (its manager)' }] });
        const prev = await findPreviousInChain(tx, input.period, teamId, now);
        const title = input.title ?? `${PERIOD_LABEL[input.period]} 티어 리뷰 ${now.toISOString().slice(0, 10)}`;
        const review = await insertTierReview(tx, {
          period: input.period,
          title,
          asOf: now,
          previousId: prev?.id ?? null,
          startedById: session.userId,
          teamId,
        });
        const items = await insertSnapshot(tx, review.id, teamId, prev);
        await auditChange(tx, session, 'tierReview.start', 'TierReview', review.id, {
          after: { period: input.period, teamId, title, previousId: prev?.id ?? null, items },
        });
        return { id: review.id, period: input.period, teamId, title, asOf: now, previousId: prev?.id ?? null, items };
        // the snapshot of a firm at 1M deals is hundreds of thousands of rows in one INSERT … SELECT:
        // more than the default 5 s interactive-transaction budget on a busy server
      },
      { timeout: 120_000 },
    );
  } catch (e) {
    // two starts at once: the one-open index refuses the second
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw await alreadyOpen(db, input.period, teamId);
    throw e;
  }
}
