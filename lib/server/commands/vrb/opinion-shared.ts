import 'server-only';
import type { Db } from '@/lib/db/client';
import type { AppSession } from '@/lib/auth/session';
import { getOpinion, getReviewOpinions } from '@/lib/db/queries/vrb-review-writes';
import { type OpinionError } from '@/lib/domain/vrb';
import type { OpinionInput } from '@/lib/validation/vrb';
import { notFound } from '../../errors';
import { vrbError } from './shared';

export async function loadReview(db: Db, id: string) {
  const r = await getReviewOpinions(db, id);
  if (!r) throw notFound();
  return r;
}

export async function alreadyGiven(session: AppSession, db: Db, reviewId: string, domain: OpinionInput['domain']) {
  return vrbError(session, 'CONFLICT', 'opinionAlreadyGiven', { details: await getOpinion(db, reviewId, domain), field: 'domain' });
}

export function opinionError(session: AppSession, e: OpinionError) {
  switch (e.code) {
    case 'REVIEW_CLOSED':
      return vrbError(session, 'UNPROCESSABLE', 'reviewClosed');
    case 'NOT_YOUR_DOMAIN':
      return vrbError(session, 'FORBIDDEN', 'notYourDomain', { field: 'domain' });
    case 'DOMAIN_NOT_REQUIRED':
      return vrbError(session, 'UNPROCESSABLE', 'domainNotRequired', { field: 'domain' });
    case 'ALREADY_GIVEN':
      return null; // answered with the current opinion by the caller
  }
}
