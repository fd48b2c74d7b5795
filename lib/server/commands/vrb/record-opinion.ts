import 'server-only';
import type { DbClient } from '@/lib/db/client';
import { holdReview, insertOpinion } from '@/lib/db/queries/vrb-review-writes';
import type { AppSession } from '@/lib/auth/session';
import { Prisma } from '@/lib/db/generated/client';
import { checkOpinion } from '@/lib/domain/vrb';
import type { OpinionInput } from '@/lib/validation/vrb';
import { auditChange } from '../../audit';
import { vrbError } from './shared';
import { assertCan } from '@/lib/server/authorize';
import { loadReview, alreadyGiven, opinionError } from './opinion-shared';

/**
 * A VRB member records the opinion of one required domain they hold (session.vrbDomains), once
 * per review and domain (VrbOpinion(reviewId, domain) unique: a concurrent second one is a 409
 * with the opinion that won). The committee reviews every deal: no owner scoping.
 */
export async function recordOpinion(db: DbClient, session: AppSession, reviewId: string, input: OpinionInput) {
  assertCan(session, 'vrb:opinion');
  const review = await loadReview(db, reviewId);
  const check = checkOpinion(
    { status: review.status, requiredDomains: review.stage.requiredDomains, opinionDomains: review.opinions.map((o) => o.domain) },
    session.vrbDomains,
    input.domain,
  );
  if (!check.ok) throw opinionError(session, check.error) ?? (await alreadyGiven(session, db, reviewId, input.domain));
  try {
    return await db.$transaction(async (tx) => {
      // the review must still be open when the row is written (a decision locks it FOR UPDATE)
      const locked = await holdReview(tx, reviewId);
      if (locked?.status !== 'SCHEDULED') throw vrbError(session, 'UNPROCESSABLE', 'reviewClosed');
      const opinion = await insertOpinion(tx, {
        reviewId,
        domain: input.domain,
        reviewerId: session.userId,
        stance: input.recommendation ?? 'SUPPORT',
        opinion: input.opinion,
      });
      await auditChange(tx, session, 'vrb.opinion.record', 'VrbOpinion', opinion.id, {
        after: opinion,
      });
      return opinion;
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')
      throw await alreadyGiven(session, db, reviewId, input.domain);
    throw e;
  }
}
